// SPDX-License-Identifier: MIT
// The findings panel driven through its real widgets (found by object name), with assertions on
// what a user sees and on the document: counts, filters, search, debounced re-validation,
// accepting through the context menu and the undo stack, activation.
#include "catalog.h"
#include "commands.h"
#include "document.h"
#include "findingspanel.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include "generator.h"

using namespace sd;

namespace {

/// users -> lb -> api (one replica) -> db: a single-replica error among other findings.
Design sampleDesign()
{
    Design d;
    d.name = QStringLiteral("Panel test");
    d.addZone(Zone{QStringLiteral("aws"), QStringLiteral("cloud"), QStringLiteral("AWS"), {}, {}, {},
                   {{QStringLiteral("provider"), QStringLiteral("aws")}}});
    d.addZone(Zone{QStringLiteral("r1"), QStringLiteral("region"), QStringLiteral("eu-west-1"), QStringLiteral("aws"), {},
                   {}, {{QStringLiteral("region"), QStringLiteral("eu-west-1")}}});
    auto add = [&](const char *id, const char *kind, const char *zone, PropertyMap props = {}) {
        Component c;
        c.id = QString::fromLatin1(id);
        c.kind = QString::fromLatin1(kind);
        c.name = QString::fromLatin1(id).toUpper();
        c.zone = QString::fromLatin1(zone);
        c.properties = props;
        d.addComponent(c);
    };
    add("users", "users", "");
    add("lb", "load-balancer", "r1", {{QStringLiteral("multiAz"), true}});
    add("api", "microservice", "r1");
    add("db", "relational-database", "r1", {{QStringLiteral("multiAz"), true}});
    auto connect = [&](const char *from, const char *to) {
        d.addConnection(Connection{QStringLiteral("%1-%2").arg(QLatin1String(from), QLatin1String(to)),
                                   QString::fromLatin1(from), QString::fromLatin1(to), QStringLiteral("https"), 443,
                                   ConnectionMode::Sync, {}, {}});
    };
    connect("users", "lb");
    connect("lb", "api");
    connect("api", "db");
    return d;
}

const QString kSingleApi = QStringLiteral("redundancy.single-replica/api");

/// The row the list shows for a finding (its tooltip names the finding id); invalid when the
/// finding is gone or filtered out.
QModelIndex rowFor(QTreeView *list, const QString &findingId)
{
    const QAbstractItemModel *model = list->model();
    for (int i = 0; i < model->rowCount(); ++i)
        if (model->index(i, 1).data(Qt::ToolTipRole).toString().contains(findingId))
            return model->index(i, 0);
    return {};
}

QString textOf(const QModelIndex &row, int column) { return row.siblingAtColumn(column).data().toString(); }

int visibleRows(QTreeView *list) { return list->model()->rowCount(); }

} // namespace

class TestFindingsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsFindingsWithCounts();
    void filtersBySeverityAndSearch();
    void revalidatesOnceAfterABurstOfEdits();
    void acceptThroughTheContextMenuAndUndo();
    void activationNamesTheComponents();
    void aResultOvertakenByAnEditIsNeverShown();

private:
    Document *m_document = nullptr;
    FindingsPanel *m_panel = nullptr;
    QTreeView *m_list = nullptr;
};

void TestFindingsPanel::init()
{
    m_document = new Document(Catalog::builtin());
    m_document->reset(sampleDesign());
    m_panel = new FindingsPanel(m_document, Catalog::builtin());
    m_panel->resize(800, 400);
    m_panel->show();
    m_list = m_panel->findChild<QTreeView *>(QStringLiteral("findingsList"));
    QVERIFY(m_list);
}

void TestFindingsPanel::cleanup()
{
    delete m_panel;
    delete m_document;
}

void TestFindingsPanel::showsFindingsWithCounts()
{
    QVERIFY(!m_panel->findings().empty());
    QCOMPARE(visibleRows(m_list), int(m_panel->findings().size()));
    const QModelIndex row = rowFor(m_list, kSingleApi);
    QVERIFY(row.isValid());
    QVERIFY(textOf(row, 1).contains(QStringLiteral("API")));
    QVERIFY(!row.data(Qt::DecorationRole).value<QIcon>().isNull());
    const FindingCounts counts = countFindings(m_panel->findings());
    auto *errors = m_panel->findChild<QToolButton *>(QStringLiteral("findingsFilterError"));
    auto *warnings = m_panel->findChild<QToolButton *>(QStringLiteral("findingsFilterWarning"));
    QVERIFY(errors && warnings);
    QVERIFY(counts.errors >= 1);
    QVERIFY(errors->text().startsWith(QString::number(counts.errors) + QLatin1Char(' ')));
    QVERIFY(warnings->text().startsWith(QString::number(counts.warnings) + QLatin1Char(' ')));
}

void TestFindingsPanel::filtersBySeverityAndSearch()
{
    const FindingCounts counts = countFindings(m_panel->findings());
    const int all = visibleRows(m_list);
    QCOMPARE(visibleRows(m_list), all);
    auto *errors = m_panel->findChild<QToolButton *>(QStringLiteral("findingsFilterError"));
    errors->click();
    QCOMPARE(visibleRows(m_list), all - counts.errors);
    QVERIFY(!rowFor(m_list, kSingleApi).isValid());
    errors->click();
    QCOMPARE(visibleRows(m_list), all);

    auto *search = m_panel->findChild<QLineEdit *>(QStringLiteral("findingsSearch"));
    QTest::keyClicks(search, QStringLiteral("single-replica"));
    QVERIFY(rowFor(m_list, kSingleApi).isValid());
    QVERIFY(visibleRows(m_list) < all);
    search->clear();
    QCOMPARE(visibleRows(m_list), all);
}

void TestFindingsPanel::revalidatesOnceAfterABurstOfEdits()
{
    QSignalSpy updated(m_panel, &FindingsPanel::findingsUpdated);
    // Five quick edits (as while typing a number): the last one fixes the single replica.
    for (qint64 replicas : {2, 3, 1, 2, 3})
        m_document->undoStack()->push(new SetProperty(m_document, QStringLiteral("api"), QStringLiteral("replicas"), replicas));
    // Nothing recomputed synchronously: the edits did not wait for validation.
    QCOMPARE(updated.count(), 0);
    QVERIFY(rowFor(m_list, kSingleApi).isValid());
    QTRY_COMPARE(updated.count(), 1);
    QVERIFY(!rowFor(m_list, kSingleApi).isValid());
    QTest::qWait(FindingsPanel::kDebounceMs * 2);
    QCOMPARE(updated.count(), 1);
}

void TestFindingsPanel::acceptThroughTheContextMenuAndUndo()
{
    QModelIndex row = rowFor(m_list, kSingleApi);
    QVERIFY(row.isValid());
    const QPoint pos = m_list->visualRect(row).center();
    bool menuSeen = false, dialogSeen = false, dialogNamesFinding = false, okDisabledWhenEmpty = false;
    // The context menu runs its own loop; answer it, then the justification dialog, from timers.
    QTimer::singleShot(100, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        menuSeen = true;
        QAction *accept = nullptr;
        for (QAction *a : menu->actions())
            if (a->text().startsWith(QStringLiteral("Accept")))
                accept = a;
        QTimer::singleShot(100, this, [&] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *dialog = qobject_cast<QDialog *>(w);
                    dialog && dialog->isVisible() && dialog->objectName() == QLatin1String("acceptFindingDialog")) {
                    // The dialog names the finding it accepts.
                    auto *message = dialog->findChild<QLabel *>(QStringLiteral("acceptFindingMessage"));
                    dialogNamesFinding = message && message->text().contains(kSingleApi)
                        && message->text().contains(QStringLiteral("API runs as a single instance"));
                    auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("acceptFindingJustification"));
                    auto *buttons = dialog->findChild<QDialogButtonBox *>();
                    okDisabledWhenEmpty = buttons && !buttons->button(QDialogButtonBox::Ok)->isEnabled();
                    dialogSeen = field != nullptr;
                    if (field)
                        QTest::keyClicks(field, QStringLiteral("One API is fine for the MVP"));
                    if (buttons)
                        buttons->button(QDialogButtonBox::Ok)->click();
                }
        });
        if (accept) {
            menu->close();
            accept->trigger();
        }
    });
    Q_EMIT m_list->customContextMenuRequested(pos);
    QVERIFY(menuSeen);
    QVERIFY(dialogSeen);
    QVERIFY(dialogNamesFinding);
    QVERIFY(okDisabledWhenEmpty);

    const AcceptedFinding *stored = m_document->design().acceptedFinding(kSingleApi);
    QVERIFY(stored);
    QCOMPARE(stored->justification, QStringLiteral("One API is fine for the MVP"));
    row = rowFor(m_list, kSingleApi);
    QVERIFY(row.isValid());
    QVERIFY(textOf(row, 0).contains(QStringLiteral("accepted")));
    QVERIFY(textOf(row, 1).contains(QStringLiteral("One API is fine for the MVP")));
    QCOMPARE(row.siblingAtColumn(1).data(Qt::ForegroundRole).value<QBrush>(),
             m_panel->palette().brush(QPalette::Disabled, QPalette::Text));
    QCOMPARE(countFindings(m_panel->findings()).accepted, 1);

    // An edit elsewhere keeps it accepted.
    m_document->undoStack()->push(new SetProperty(m_document, QStringLiteral("db"), QStringLiteral("backupRetentionDays"), qint64(30)));
    m_panel->revalidate();
    QVERIFY(textOf(rowFor(m_list, kSingleApi), 0).contains(QStringLiteral("accepted")));

    // Undo both: back to an open error.
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QVERIFY(!m_document->design().acceptedFinding(kSingleApi));
    m_panel->revalidate();
    QVERIFY(!textOf(rowFor(m_list, kSingleApi), 0).contains(QStringLiteral("accepted")));

    // Accept and un-accept through the panel's own entry points.
    m_panel->acceptFinding(kSingleApi, QStringLiteral("   "));
    QVERIFY(!m_document->design().acceptedFinding(kSingleApi)); // no empty justifications
    m_panel->acceptFinding(kSingleApi, QStringLiteral("MVP"));
    QVERIFY(m_document->design().acceptedFinding(kSingleApi));
    m_panel->unacceptFinding(kSingleApi);
    QVERIFY(!m_document->design().acceptedFinding(kSingleApi));
    QVERIFY(!textOf(rowFor(m_list, kSingleApi), 0).contains(QStringLiteral("accepted")));
}

void TestFindingsPanel::activationNamesTheComponents()
{
    QSignalSpy activated(m_panel, &FindingsPanel::findingActivated);
    const QModelIndex row = rowFor(m_list, kSingleApi);
    QVERIFY(row.isValid());
    m_list->scrollTo(row);
    QTest::mouseClick(m_list->viewport(), Qt::LeftButton, {}, m_list->visualRect(row).center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toStringList(), QStringList{QStringLiteral("api")});
}

void TestFindingsPanel::aResultOvertakenByAnEditIsNeverShown()
{
    // Large enough that a background validation takes a while (~0.1 s) on any machine.
    m_document->reset(generateDesign({20000, 5}, Catalog::builtin()));
    m_panel->revalidate();
    QString component;
    for (const Finding &f : m_panel->findings())
        if (f.ruleId == QLatin1String("redundancy.single-replica")
            && m_document->design().component(f.componentIds.first())->properties.contains(QStringLiteral("replicas"))) {
            component = f.componentIds.first();
            break;
        }
    QVERIFY(!component.isEmpty());
    const QString findingId = QStringLiteral("redundancy.single-replica/") + component;
    // Every result the panel shows must match the design as it was when shown.
    QStringList wrong;
    connect(m_panel, &FindingsPanel::findingsUpdated, this, [&] {
        const bool listed = std::any_of(m_panel->findings().begin(), m_panel->findings().end(),
                                        [&](const Finding &f) { return f.id == findingId; });
        const bool single = m_document->design().component(component)->properties.value(QStringLiteral("replicas")).toInt() < 2;
        if (listed != single)
            wrong << QStringLiteral("listed=%1 single=%2").arg(listed).arg(single);
    });
    QSignalSpy updated(m_panel, &FindingsPanel::findingsUpdated);
    // A long pause before validating, so the first validation surely ends before the second starts.
    m_panel->setDebounceInterval(1500);
    m_document->undoStack()->push(new SetProperty(m_document, component, QStringLiteral("replicas"), qint64(3)));
    QTRY_VERIFY(m_panel->isValidating()); // the debounce ran out: the worker validates replicas = 3
    m_document->undoStack()->push(new SetProperty(m_document, component, QStringLiteral("replicas"), qint64(1)));
    QTRY_VERIFY_WITH_TIMEOUT(updated.count() == 1 && !m_panel->isValidating(), 20000);
    QTest::qWait(1600);
    QCOMPARE(updated.count(), 1); // the replicas = 3 result was dropped, not shown and replaced
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral("; "))));
    QVERIFY(std::any_of(m_panel->findings().begin(), m_panel->findings().end(),
                        [&](const Finding &f) { return f.id == findingId; }));
}

QTEST_MAIN(TestFindingsPanel)
#include "tst_findingspanel.moc"
