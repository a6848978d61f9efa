// SPDX-License-Identifier: MIT
// The questionnaire view driven through its widgets (found by object name), with assertions
// on the document: answers as undo steps, bad input refused, progress, "Ask about this",
// and the capacity suggestions applied as one undoable step.
#include "capacity.h"
#include "catalog.h"
#include "commands.h"
#include "designio.h"
#include "document.h"
#include "exportdialog.h"
#include "htmlpdf.h"
#include "printingexporter.h"
#include "process.h"
#include "questionnaireview.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTest>
#include <QTimer>

using namespace sd;

namespace {

Design shop()
{
    const LoadResult r = loadDesign(QStringLiteral(SOURCE_DIR "/resources/examples/e-commerce.stackdraft.yaml"), Catalog::builtin());
    return r.ok() ? *r.design : Design();
}

/// The example with a load to size: 4 requests a minute per user and the catalog's CPU time answered.
Design shopUnderLoad()
{
    Design d = shop();
    d.setAnswer({QStringLiteral("general.session.requestsPerMinute"), 4.0, {}});
    d.setAnswer({QStringLiteral("component.catalog.service.serviceTimeMs"), 40.0, {}});
    return d;
}

void type(QLineEdit *edit, const QString &text)
{
    edit->setText(text);
    Q_EMIT edit->editingFinished();
}

QFrame *rowOf(QWidget *view, const QString &questionId)
{
    for (QFrame *f : view->findChildren<QFrame *>(QStringLiteral("questionRow")))
        if (f->property("questionId").toString() == questionId)
            return f;
    return nullptr;
}

/// Answers the next modal dialog (the suggestions) from the event loop, recording its table.
void answerDialog(bool accept, int *rows)
{
    QTimer::singleShot(0, [accept, rows] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != QLatin1String("suggestionsDialog"))
            return;
        if (auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("suggestions")))
            *rows = table->rowCount();
        accept ? dialog->accept() : dialog->reject();
    });
}

} // namespace

class TestQuestionnaireView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersAreUndoSteps();
    void badInputIsRefused();
    void askAboutThis();
    void deletedComponentKeepsItsAnswers();
    void applySuggestionsIsOneStep();
    void capacityShowsTodayAndTheHorizon();
    void exportsPdfOnA4AndLetter();
    void pdfKeepsTableRowsOnOnePage();
    void editionFiltersTheFormAndThePdf();
    void importAnswersIsOneStep();
    void changedAnswersFileOffersImportAgain();
    void exportDialogOffersEditionsAndPdf();
    void hiddenViewRebuildsWhenShown();
};

void TestQuestionnaireView::answersAreUndoSteps()
{
    Document doc(Catalog::builtin());
    doc.reset(shop());
    QuestionnaireView view(&doc, Catalog::builtin());
    view.show();
    QCOMPARE(view.progressText(), QStringLiteral("4 of 90 answered"));
    QFrame *row = rowOf(&view, QStringLiteral("general.session.requestsPerMinute"));
    QVERIFY(row);
    QVERIFY(row->property("open").toBool()); // highlighted
    QVERIFY(!rowOf(&view, QStringLiteral("general.dau.now"))->property("open").toBool());

    auto *rpm = view.findChild<QLineEdit *>(QStringLiteral("general.session.requestsPerMinute"));
    QVERIFY(rpm);
    type(rpm, QStringLiteral("4"));
    const Answer *a = doc.design().answer(QStringLiteral("general.session.requestsPerMinute"));
    QVERIFY(a);
    QCOMPARE(a->value, QVariant(4.0));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(view.progressText(), QStringLiteral("5 of 90 answered"));
    QVERIFY(!row->property("open").toBool());

    // A note on the same question keeps the value.
    type(view.findChild<QLineEdit *>(QStringLiteral("general.session.requestsPerMinute.note")), QStringLiteral("browse and cart"));
    QCOMPARE(doc.design().answer(QStringLiteral("general.session.requestsPerMinute"))->note, QStringLiteral("browse and cart"));
    QCOMPARE(doc.design().answer(QStringLiteral("general.session.requestsPerMinute"))->value, QVariant(4.0));

    // Choice and range editors.
    auto *policy = view.findChild<QComboBox *>(QStringLiteral("general.cloud.policy"));
    QVERIFY(policy);
    policy->setCurrentIndex(policy->findData(QStringLiteral("multi-cloud")));
    Q_EMIT policy->activated(policy->currentIndex());
    QCOMPARE(doc.design().answer(QStringLiteral("general.cloud.policy"))->value, QVariant(QStringLiteral("multi-cloud")));
    type(view.findChild<QLineEdit *>(QStringLiteral("general.budget.monthly.min")), QStringLiteral("2000"));
    QVERIFY(!doc.design().answer(QStringLiteral("general.budget.monthly"))); // waits for the other end
    type(view.findChild<QLineEdit *>(QStringLiteral("general.budget.monthly.max")), QStringLiteral("5000"));
    QCOMPARE(doc.design().answer(QStringLiteral("general.budget.monthly"))->value, QVariant(QVariantList{2000.0, 5000.0}));
    QCOMPARE(view.progressText(), QStringLiteral("7 of 90 answered"));

    // Undo takes the range back and the editor shows it.
    doc.undoStack()->undo();
    QVERIFY(!doc.design().answer(QStringLiteral("general.budget.monthly")));
    QCOMPARE(view.findChild<QLineEdit *>(QStringLiteral("general.budget.monthly.max"))->text(), QString());

    // Clearing the value and the note removes the answer.
    type(view.findChild<QLineEdit *>(QStringLiteral("general.session.requestsPerMinute.note")), QString());
    type(rpm, QString());
    QVERIFY(!doc.design().answer(QStringLiteral("general.session.requestsPerMinute")));
    QVERIFY(row->property("open").toBool());
}

void TestQuestionnaireView::badInputIsRefused()
{
    Document doc(Catalog::builtin());
    doc.reset(shop());
    QuestionnaireView view(&doc, Catalog::builtin());
    view.show();
    type(view.findChild<QLineEdit *>(QStringLiteral("general.peak.concurrent")), QStringLiteral("lots"));
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(doc.design().answer(QStringLiteral("general.peak.concurrent"))->value.toDouble(), 3000.0);
    QLabel *problem = nullptr;
    for (QLabel *l : rowOf(&view, QStringLiteral("general.peak.concurrent"))->findChildren<QLabel *>())
        if (l->property("role") == QLatin1String("problem"))
            problem = l;
    QVERIFY(problem);
    QVERIFY(!problem->isHidden());
    QVERIFY2(problem->text().contains(QLatin1String("expects number (users), not text 'lots'")), qPrintable(problem->text()));

    type(view.findChild<QLineEdit *>(QStringLiteral("general.peak.window")), QStringLiteral("evenings"));
    QVERIFY(!doc.design().answer(QStringLiteral("general.peak.window")));
    type(view.findChild<QLineEdit *>(QStringLiteral("general.peak.window")), QStringLiteral("18:00-22:00 America/New_York"));
    QCOMPARE(doc.design().answer(QStringLiteral("general.peak.window"))->value, QVariant(QStringLiteral("18:00-22:00 America/New_York")));
}

void TestQuestionnaireView::askAboutThis()
{
    Document doc(Catalog::builtin());
    doc.reset(shop());
    QuestionnaireView view(&doc, Catalog::builtin());
    view.resize(1000, 500);
    view.show();
    QApplication::setActiveWindow(&view);
    QVERIFY(QTest::qWaitForWindowActive(&view));
    QVERIFY(view.showQuestionsFor(QStringLiteral("shop-db")));
    QTRY_COMPARE(QApplication::focusWidget(), view.findChild<QLineEdit *>(QStringLiteral("component.shop-db.data.sizeNow")));
    QVERIFY(view.showQuestionsFor(QStringLiteral("us-east-1"))); // zones are asked about too
    QTRY_COMPARE(QApplication::focusWidget(), view.findChild<QLineEdit *>(QStringLiteral("zone.us-east-1.why")));
    QVERIFY(!view.showQuestionsFor(QStringLiteral("dashboards"))); // raises no question
}

void TestQuestionnaireView::deletedComponentKeepsItsAnswers()
{
    Document doc(Catalog::builtin());
    doc.reset(shop());
    QuestionnaireView view(&doc, Catalog::builtin());
    view.show();
    type(view.findChild<QLineEdit *>(QStringLiteral("component.session-cache.data.sizeNow")), QStringLiteral("2"));
    QCOMPARE(view.progressText(), QStringLiteral("5 of 90 answered"));
    doc.undoStack()->push(new RemoveItems(&doc, {QStringLiteral("session-cache")}));
    QTRY_VERIFY(!view.findChild<QLineEdit *>(QStringLiteral("component.session-cache.data.sizeNow")));
    QCOMPARE(view.progressText(), QStringLiteral("4 of 85 answered"));
    QVERIFY(doc.design().answer(QStringLiteral("component.session-cache.data.sizeNow"))); // kept as an orphan
    doc.undoStack()->undo();
    QTRY_VERIFY(view.findChild<QLineEdit *>(QStringLiteral("component.session-cache.data.sizeNow")));
    QCOMPARE(view.findChild<QLineEdit *>(QStringLiteral("component.session-cache.data.sizeNow"))->text(), QStringLiteral("2"));
}

void TestQuestionnaireView::hiddenViewRebuildsWhenShown()
{
    // Behind the Diagram tab the rows are not built at start-up nor rebuilt on every edit (a
    // 5,000-component design has 17,000 questions); the progress line stays true, and showing
    // the view catches up.
    Document doc(Catalog::builtin());
    doc.reset(shop());
    QuestionnaireView view(&doc, Catalog::builtin());
    QCOMPARE(view.progressText(), QStringLiteral("4 of 90 answered"));
    QVERIFY(!view.findChild<QLineEdit *>(QStringLiteral("component.session-cache.data.sizeNow"))); // not built unseen
    view.show();
    QVERIFY(view.findChild<QLineEdit *>(QStringLiteral("component.session-cache.data.sizeNow")));
    view.hide();
    doc.undoStack()->push(new RemoveItems(&doc, {QStringLiteral("session-cache")}));
    QTest::qWait(50);
    QCOMPARE(view.progressText(), QStringLiteral("4 of 85 answered"));
    QVERIFY(view.findChild<QLineEdit *>(QStringLiteral("component.session-cache.data.sizeNow"))); // not rebuilt unseen
    view.show();
    QVERIFY(!view.findChild<QLineEdit *>(QStringLiteral("component.session-cache.data.sizeNow")));
    QCOMPARE(view.progressText(), QStringLiteral("4 of 85 answered"));
}

void TestQuestionnaireView::applySuggestionsIsOneStep()
{
    Document doc(Catalog::builtin());
    const Design d = shopUnderLoad();
    doc.reset(d);
    QuestionnaireView view(&doc, Catalog::builtin());
    const CapacityEstimate estimate = estimateCapacity(doc.design(), Catalog::builtin());
    QVERIFY(estimate.suggestions.size() > 3);
    auto *button = view.findChild<QPushButton *>(QStringLiteral("applySuggestions"));
    QVERIFY(button && button->isEnabled());

    // Cancelled: nothing changes.
    int rows = -1;
    answerDialog(false, &rows);
    QVERIFY(!view.applySuggestions());
    QCOMPARE(rows, int(estimate.suggestions.size()));
    QCOMPARE(doc.undoStack()->count(), 0);

    // Applied: one step, and the design then meets the answers.
    answerDialog(true, &rows);
    QVERIFY(view.applySuggestions());
    QCOMPARE(doc.undoStack()->count(), 1);
    Design expected = d;
    applySuggestions(expected, estimate.suggestions);
    QVERIFY(doc.design() == expected);
    QVERIFY(estimateCapacity(doc.design(), Catalog::builtin()).suggestions.empty());
    QVERIFY(!button->isEnabled());
    doc.undoStack()->undo();
    QVERIFY(doc.design() == d);
}

void TestQuestionnaireView::capacityShowsTodayAndTheHorizon()
{
    // The example expects 60,000 daily users in 24 months from 25,000 (x 2.4): 3,000 at the same
    // time x 4 requests a minute / 60 = 200 req/s today at the catalog, 480 at the horizon;
    // x 40 ms = 8 CPUs busy today, 19.2 at the horizon.
    Document doc(Catalog::builtin());
    const Design d = shopUnderLoad();
    doc.reset(d);
    QuestionnaireView view(&doc, Catalog::builtin());
    view.show(); // the view builds its rows and panel when first shown
    const NumberFormat number{QLocale()};
    auto panel = [&] { return view.findChild<QTextBrowser *>(QStringLiteral("capacity"))->toPlainText(); };
    const QString months = QStringLiteral(" at 24 months");
    QVERIFY2(panel().contains(number(200) + QStringLiteral(" today, ") + number(480) + months), qPrintable(panel()));
    QVERIFY2(panel().contains(number(8) + QStringLiteral(" today, ") + number(19.2, 2) + months), qPrintable(panel()));
    // Without a growth answer there is one figure: today's is the horizon's.
    doc.undoStack()->push(new SetAnswer(&doc, QStringLiteral("general.dau.future"), std::nullopt));
    QTRY_VERIFY2(!panel().contains(months), qPrintable(panel()));
}

void TestQuestionnaireView::exportsPdfOnA4AndLetter()
{
    Document doc(Catalog::builtin());
    doc.reset(shop());
    QuestionnaireView view(&doc, Catalog::builtin());
    QTemporaryDir dir;
    for (const auto &[size, mediaBox] : {std::pair{QPageSize::A4, QByteArray("/MediaBox [0 0 595")},
                                         std::pair{QPageSize::Letter, QByteArray("/MediaBox [0 0 612")}}) {
        const QString path = dir.filePath(QStringLiteral("q.pdf"));
        QString error;
        QVERIFY2(view.exportPdf(path, size, &error), qPrintable(error));
        if (qEnvironmentVariableIsSet("STACKDRAFT_KEEP_PDF")) // to look at: pdftoppm -r 50 -png FILE page
            QFile::copy(path, qEnvironmentVariable("STACKDRAFT_KEEP_PDF") + (size == QPageSize::A4 ? "-a4.pdf" : "-letter.pdf"));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY2(bytes.contains(mediaBox), mediaBox.constData());
        QVERIFY(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") + bytes.count("/Type /Page ") > 3);
    }
    QString error;
    QVERIFY(!view.exportPdf(QStringLiteral("/nonexistent/dir/q.pdf"), QPageSize::A4, &error));
    QVERIFY(!error.isEmpty());
}

void TestQuestionnaireView::pdfKeepsTableRowsOnOnePage()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed; scripts/install-deps.sh installs it");
    // A table of many rows of five lines: pages end inside rows unless they are moved whole.
    QString html = QStringLiteral("<html><body><h1>Rows</h1><table class=\"services\">\n<thead><tr><th>Service</th><th>Figures</th></tr></thead>\n<tbody>\n");
    constexpr int kRows = 60;
    for (int i = 0; i < kRows; ++i)
        html += QStringLiteral("<tr><td>begin%1</td><td>a<br/>b<br/>c<br/>d<br/>end%1</td></tr>\n").arg(i);
    html += QStringLiteral("</tbody>\n</table>\n<p>after the table</p></body></html>\n");
    QString error;
    const QByteArray pdf = printHtmlToPdf(html, {}, &error);
    QVERIFY2(pdf.startsWith("%PDF-"), qPrintable(error));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rows.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    const QStringList pages = test::runProcess(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).out.split(QLatin1Char('\f'));
    QVERIFY2(pages.size() > 3, qPrintable(QString::number(pages.size()))); // the table runs over several pages
    for (int i = 0; i < kRows; ++i) {
        const QRegularExpression begin(QStringLiteral("\\bbegin%1\\b").arg(i)), end(QStringLiteral("\\bend%1\\b").arg(i));
        const auto page = std::find_if(pages.begin(), pages.end(), [&](const QString &text) { return begin.match(text).hasMatch(); });
        QVERIFY2(page != pages.end(), qPrintable(QString::number(i)));
        QVERIFY2(end.match(*page).hasMatch(), qPrintable(QStringLiteral("row %1 is split: %2").arg(i).arg(*page)));
    }
    // Every page the table runs on shows its header.
    for (const QString &page : pages)
        if (page.contains(QLatin1String("begin")))
            QVERIFY2(page.contains(QLatin1String("Service")), qPrintable(page));
}

void TestQuestionnaireView::editionFiltersTheFormAndThePdf()
{
    Document doc(Catalog::builtin());
    doc.reset(shop());
    QuestionnaireView view(&doc, Catalog::builtin());
    view.show();
    auto *edition = view.findChild<QComboBox *>(QStringLiteral("edition"));
    QVERIFY(edition);
    QCOMPARE(edition->count(), 3);
    edition->setCurrentIndex(edition->findData(int(Edition::ProductOwner)));
    Q_EMIT edition->activated(edition->currentIndex());
    QCOMPARE(view.edition(), Edition::ProductOwner);
    QCOMPARE(view.progressText(), QStringLiteral("4 of 41 answered"));
    QVERIFY(rowOf(&view, QStringLiteral("general.dau.now"))->isVisible());
    QVERIFY(!rowOf(&view, QStringLiteral("general.session.requestsPerMinute"))->isVisible());
    QVERIFY(!rowOf(&view, QStringLiteral("component.catalog.service.serviceTimeMs"))->isVisible());
    QVERIFY(rowOf(&view, QStringLiteral("component.shop-db.data.retentionMonths"))->isVisible());
    // A general question says which parts of the drawing its answer changes.
    QStringList affects;
    for (QLabel *l : rowOf(&view, QStringLiteral("general.uploads.sizeMb"))->findChildren<QLabel *>())
        if (l->property("role") == QLatin1String("affects"))
            affects.append(l->text());
    QCOMPARE(affects, QStringList{QStringLiteral("Affects in the drawing: Product images")});
    // The reason shared by every service's CPU-time question is read once; the others point to it.
    auto helpOf = [&](const QString &id) {
        for (QLabel *l : rowOf(&view, id)->findChildren<QLabel *>())
            if (l->property("role") == QLatin1String("help"))
                return l->text();
        return QString();
    };
    QVERIFY(helpOf(QStringLiteral("component.auth.service.serviceTimeMs")).startsWith(QLatin1String("Why we ask: Requests per second times")));
    QCOMPARE(helpOf(QStringLiteral("component.catalog.service.serviceTimeMs")),
             QStringLiteral("Why we ask: as for “User Authentication: how much CPU time does one request take on average?”"));
    // A section with nothing of the edition in it loses its title too.
    QStringList titles;
    for (QLabel *l : view.findChildren<QLabel *>())
        if (l->isVisible() && !l->parentWidget()->inherits("QFrame") && l->objectName().isEmpty())
            titles.append(l->text());
    QVERIFY2(!titles.contains(QStringLiteral("Services")), qPrintable(titles.join(QLatin1String(", "))));
    QVERIFY2(titles.contains(QStringLiteral("Users and load")), qPrintable(titles.join(QLatin1String(", "))));

    // The PDF prints the edition shown.
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed; scripts/install-deps.sh installs it");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("po.pdf"));
    QString error;
    QVERIFY2(view.exportPdf(path, QPageSize::A4, &error), qPrintable(error));
    test::Run text = test::runProcess(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QCOMPARE(text.code, 0);
    text.out = text.out.normalized(QString::NormalizationForm_KC); // the font's ligatures: "A\uFB00ects"
    QVERIFY2(text.out.simplified().startsWith(QLatin1String("Questions for the product owner: E-commerce shop")), qPrintable(text.out.left(400)));
    QVERIFY(text.out.contains(QLatin1String("Affects in the drawing:")));
    QVERIFY(!text.out.contains(QLatin1String("Known gaps")));      // internal notes stay internal
    QVERIFY(!text.out.contains(QLatin1String("Capacity estimate")));

    view.setEdition(Edition::Full);
    QVERIFY(rowOf(&view, QStringLiteral("general.session.requestsPerMinute"))->isVisible());
    QCOMPARE(view.progressText(), QStringLiteral("4 of 90 answered"));
    // The capacity panel wraps between words only; a narrow panel scrolls instead of breaking "Service".
    QCOMPARE(view.findChild<QTextBrowser *>(QStringLiteral("capacity"))->wordWrapMode(), QTextOption::WordWrap);
}

void TestQuestionnaireView::importAnswersIsOneStep()
{
    Document doc(Catalog::builtin());
    doc.reset(shop());
    const Design before = doc.design();
    QuestionnaireView view(&doc, Catalog::builtin());
    view.show(); // File > Import Answers… is used with the questionnaire in front
    QTemporaryDir dir;
    auto write = [&](const QString &name, const QByteArray &text) {
        QFile f(dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(text);
        return f.fileName();
    };
    // From an older version of the design: one answer is about a component that is gone.
    const QString old = write(QStringLiteral("old.yaml"), "answers:\n"
                                                          "  - question: general.session.requestsPerMinute\n    value: 4\n"
                                                          "  - question: component.reporting.data.sizeNow\n    value: 9\n"
                                                          "  - question: general.peak.window\n    value: 9:00 AM-5:00 PM US/Eastern\n");
    QString report;
    QVERIFY(view.importAnswers(old, &report));
    QVERIFY2(report.startsWith(QLatin1String("2 answer(s) changed; 6 of 90 answered.\n"
                                             "1 answer(s) no longer apply to the design and were left out:\n")), qPrintable(report));
    QVERIFY2(report.contains(old + QLatin1String(":4:5: warning: 'component.reporting.data.sizeNow' no longer applies")), qPrintable(report));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->text(0), QStringLiteral("Import answers from old.yaml"));
    QCOMPARE(doc.design().answer(QStringLiteral("general.peak.window"))->value, QVariant(QStringLiteral("09:00-17:00 US/Eastern")));
    QCOMPARE(view.progressText(), QStringLiteral("6 of 90 answered"));
    doc.undoStack()->undo();
    QVERIFY(doc.design() == before);

    // A wrong file imports nothing and says where it is wrong.
    const QString bad = write(QStringLiteral("bad.yaml"), "answers:\n  - question: general.dau.now\n    value: many\n");
    QVERIFY(!view.importAnswers(bad, &report));
    QVERIFY2(report.contains(bad + QLatin1String(":3:5: error: general.dau.now expects number (users), not text 'many'")), qPrintable(report));
    QCOMPARE(doc.undoStack()->count(), 1); // the undone import, nothing new
    QVERIFY(doc.design() == before);
}

void TestQuestionnaireView::changedAnswersFileOffersImportAgain()
{
    Document doc(Catalog::builtin());
    doc.reset(shop());
    QuestionnaireView view(&doc, Catalog::builtin());
    view.show();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("answers.yaml"));
    auto write = [&](const QByteArray &text) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    };
    write("answers:\n  - question: general.session.requestsPerMinute\n    value: 4\n");
    QString report;
    QVERIFY(view.importAnswers(path, &report));
    QCOMPARE(view.answersFile(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(doc.design().answer(QStringLiteral("general.session.requestsPerMinute"))->value.toDouble(), 4.0);
    const Design imported = doc.design();
    const int steps = doc.undoStack()->count();
    auto *bar = view.findChild<QFrame *>(QStringLiteral("answersChangedBar"));
    QVERIFY(bar);
    QVERIFY(!bar->isVisible());

    // The product owner corrects the file in an editor: the view notices and offers it again.
    write("answers:\n  - question: general.session.requestsPerMinute\n    value: 9\n"
          "  - question: general.dau.now\n    value: 12000\n");
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
    QVERIFY2(view.findChild<QLabel *>(QStringLiteral("answersChangedText"))->text().contains(QLatin1String("answers.yaml")),
             qPrintable(view.findChild<QLabel *>(QStringLiteral("answersChangedText"))->text()));
    QString shown;
    QTimer::singleShot(0, [&shown] { // the import's report, as File > Import Answers… shows it
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
        }
    });
    view.findChild<QPushButton *>(QStringLiteral("importAgain"))->click();
    QVERIFY2(shown.startsWith(QLatin1String("2 answer(s) changed")), qPrintable(shown));
    QVERIFY(!bar->isVisible());
    QCOMPARE(doc.design().answer(QStringLiteral("general.session.requestsPerMinute"))->value.toDouble(), 9.0);
    QCOMPARE(doc.design().answer(QStringLiteral("general.dau.now"))->value.toDouble(), 12000.0);
    // One step, and one undo restores the answers of the first import.
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    doc.undoStack()->undo();
    QVERIFY(doc.design() == imported);

    // Dismiss hides the bar until the file changes again.
    write("answers:\n  - question: general.session.requestsPerMinute\n    value: 5\n");
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
    view.findChild<QPushButton *>(QStringLiteral("dismissAnswersChange"))->click();
    QVERIFY(!bar->isVisible());
    QVERIFY(doc.design() == imported);

    // Another design opened: the file was about the one before and is no longer offered.
    doc.reset(shop(), dir.filePath(QStringLiteral("other.stackdraft.yaml")));
    QVERIFY(view.answersFile().isEmpty());
}

void TestQuestionnaireView::exportDialogOffersEditionsAndPdf()
{
    // File > Export > Requirements questionnaire: the edition, the description option and PDF.
    const Design d = shop();
    const Exporter *exporter = printingExporters().find(QStringLiteral("questionnaire"));
    QVERIFY(exporter);
    ExportDialog dialog(*exporter, d, Catalog::builtin());
    dialog.setDesignFile(QStringLiteral("/tmp/shop.stackdraft.yaml"), QDir::homePath());
    auto *edition = dialog.findChild<QComboBox *>(QStringLiteral("option:edition"));
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("option:format"));
    QVERIFY(edition && format);
    QCOMPARE(edition->count(), 3);
    QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("option:include-description")));
    QVERIFY(format->findText(QStringLiteral("pdf")) >= 0);
    edition->setCurrentText(QStringLiteral("product-owner"));
    format->setCurrentText(QStringLiteral("pdf"));
    QVERIFY(dialog.result().ok());
    QCOMPARE(dialog.result().files.size(), size_t(1));
    QCOMPARE(dialog.result().files.front().path, QStringLiteral("questionnaire.pdf"));
    QVERIFY(dialog.result().files.front().contents.startsWith("%PDF-"));
    QCOMPARE(dialog.target(), QStringLiteral("/tmp/shop-questionnaire.pdf"));
    // The preview says what the file is instead of showing its bytes.
    const QString preview = dialog.findChild<QPlainTextEdit *>(QStringLiteral("exportPreview"))->toPlainText();
    QVERIFY2(preview.startsWith(QLatin1String("A PDF document of ")), qPrintable(preview.left(80)));
}

QTEST_MAIN(TestQuestionnaireView)
#include "tst_questionnaireview.moc"
