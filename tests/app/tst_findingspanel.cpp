// SPDX-License-Identifier: MIT
// The findings panel driven through its real widgets (found by object name), with assertions on
// what a user sees and on the document: counts, filters, search, debounced re-validation,
// accepting through the context menu and the undo stack, activation.
#include "catalog.h"
#include "commands.h"
#include "document.h"
#include "findingspanel.h"

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

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
                                   ConnectionMode::Sync, {}});
    };
    connect("users", "lb");
    connect("lb", "api");
    connect("api", "db");
    return d;
}

const QString kSingleApi = QStringLiteral("redundancy.single-replica/api");

QTreeWidgetItem *itemFor(QTreeWidget *list, const QString &findingId)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->toolTip(1).contains(findingId))
            return list->topLevelItem(i);
    return nullptr;
}

int visibleRows(QTreeWidget *list)
{
    int n = 0;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        n += list->topLevelItem(i)->isHidden() ? 0 : 1;
    return n;
}

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

private:
    Document *m_document = nullptr;
    FindingsPanel *m_panel = nullptr;
    QTreeWidget *m_list = nullptr;
};

void TestFindingsPanel::init()
{
    m_document = new Document(Catalog::builtin());
    m_document->reset(sampleDesign());
    m_panel = new FindingsPanel(m_document, Catalog::builtin());
    m_panel->resize(800, 400);
    m_panel->show();
    m_list = m_panel->findChild<QTreeWidget *>(QStringLiteral("findingsList"));
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
    QCOMPARE(m_list->topLevelItemCount(), int(m_panel->findings().size()));
    QTreeWidgetItem *item = itemFor(m_list, kSingleApi);
    QVERIFY(item);
    QVERIFY(item->text(1).contains(QStringLiteral("API")));
    QVERIFY(!item->icon(0).isNull());
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
    const int all = m_list->topLevelItemCount();
    QCOMPARE(visibleRows(m_list), all);
    auto *errors = m_panel->findChild<QToolButton *>(QStringLiteral("findingsFilterError"));
    errors->click();
    QCOMPARE(visibleRows(m_list), all - counts.errors);
    QVERIFY(itemFor(m_list, kSingleApi)->isHidden());
    errors->click();
    QCOMPARE(visibleRows(m_list), all);

    auto *search = m_panel->findChild<QLineEdit *>(QStringLiteral("findingsSearch"));
    QTest::keyClicks(search, QStringLiteral("single-replica"));
    QVERIFY(!itemFor(m_list, kSingleApi)->isHidden());
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
    QVERIFY(itemFor(m_list, kSingleApi));
    QTRY_COMPARE(updated.count(), 1);
    QVERIFY(!itemFor(m_list, kSingleApi));
    QTest::qWait(FindingsPanel::kDebounceMs * 2);
    QCOMPARE(updated.count(), 1);
}

void TestFindingsPanel::acceptThroughTheContextMenuAndUndo()
{
    QTreeWidgetItem *item = itemFor(m_list, kSingleApi);
    QVERIFY(item);
    const QPoint pos = m_list->visualItemRect(item).center();
    bool menuSeen = false, dialogSeen = false;
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
                if (auto *dialog = qobject_cast<QInputDialog *>(w); dialog && dialog->isVisible()) {
                    dialogSeen = true;
                    dialog->setTextValue(QStringLiteral("One API is fine for the MVP"));
                    dialog->accept();
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

    const AcceptedFinding *stored = m_document->design().acceptedFinding(kSingleApi);
    QVERIFY(stored);
    QCOMPARE(stored->justification, QStringLiteral("One API is fine for the MVP"));
    item = itemFor(m_list, kSingleApi);
    QVERIFY(item);
    QVERIFY(item->text(0).contains(QStringLiteral("accepted")));
    QVERIFY(item->text(1).contains(QStringLiteral("One API is fine for the MVP")));
    QCOMPARE(item->foreground(1), m_panel->palette().brush(QPalette::Disabled, QPalette::Text));
    QCOMPARE(countFindings(m_panel->findings()).accepted, 1);

    // An edit elsewhere keeps it accepted.
    m_document->undoStack()->push(new SetProperty(m_document, QStringLiteral("db"), QStringLiteral("backupRetentionDays"), qint64(30)));
    m_panel->revalidate();
    QVERIFY(itemFor(m_list, kSingleApi)->text(0).contains(QStringLiteral("accepted")));

    // Undo both: back to an open error.
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QVERIFY(!m_document->design().acceptedFinding(kSingleApi));
    m_panel->revalidate();
    QVERIFY(!itemFor(m_list, kSingleApi)->text(0).contains(QStringLiteral("accepted")));

    // Accept and un-accept through the panel's own entry points.
    m_panel->acceptFinding(kSingleApi, QStringLiteral("   "));
    QVERIFY(!m_document->design().acceptedFinding(kSingleApi)); // no empty justifications
    m_panel->acceptFinding(kSingleApi, QStringLiteral("MVP"));
    QVERIFY(m_document->design().acceptedFinding(kSingleApi));
    m_panel->unacceptFinding(kSingleApi);
    QVERIFY(!m_document->design().acceptedFinding(kSingleApi));
    QVERIFY(!itemFor(m_list, kSingleApi)->text(0).contains(QStringLiteral("accepted")));
}

void TestFindingsPanel::activationNamesTheComponents()
{
    QSignalSpy activated(m_panel, &FindingsPanel::findingActivated);
    QTreeWidgetItem *item = itemFor(m_list, kSingleApi);
    QVERIFY(item);
    m_list->scrollToItem(item);
    QTest::mouseClick(m_list->viewport(), Qt::LeftButton, {}, m_list->visualItemRect(item).center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toStringList(), QStringList{QStringLiteral("api")});
}

QTEST_MAIN(TestFindingsPanel)
#include "tst_findingspanel.moc"
