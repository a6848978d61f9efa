// SPDX-License-Identifier: MIT
#include "questionnaireview.h"

#include "answersfile.h"
#include "atomicfile.h"
#include "capacity.h"
#include "catalog.h"
#include "commands.h"
#include "diskwatcher.h"
#include "document.h"
#include "printingexporter.h"
#include "questions.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace sd {

namespace {

/// A number as typed: the user's locale first ("1.234,5"), then plain C ("1234.5").
QVariant parseNumber(const QString &text)
{
    const QString t = text.trimmed();
    bool ok = false;
    double d = QLocale().toDouble(t, &ok);
    if (!ok)
        d = QLocale::c().toDouble(t, &ok);
    return ok ? QVariant(d) : QVariant(t);
}

QString editText(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        return QLocale().toString(value.toDouble(), 'g', 15);
    return value.toString();
}

void setOpen(QFrame *frame, bool open)
{
    if (frame->property("open").toBool() == open && frame->property("open").isValid())
        return;
    frame->setProperty("open", open);
    frame->style()->unpolish(frame);
    frame->style()->polish(frame);
}

} // namespace

QuestionnaireView::QuestionnaireView(Document *document, const Catalog &catalog, QWidget *parent)
    : QWidget(parent), m_document(document), m_catalog(catalog)
{
    setObjectName(QStringLiteral("questionnaireView"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    QFont big = m_progress->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_progress->setFont(big);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("progressBar"));
    m_bar->setTextVisible(false);
    m_apply = new QPushButton(tr("Apply suggestions…"), this);
    m_apply->setObjectName(QStringLiteral("applySuggestions"));
    m_apply->setToolTip(tr("Change replicas, autoscaling and storage so that the design meets the answers (one undoable step)."));
    top->addWidget(m_progress);
    top->addWidget(m_bar, 1);
    m_pdf = new QPushButton(tr("Export PDF…"), this);
    m_pdf->setObjectName(QStringLiteral("exportPdf"));
    m_editionBox = new QComboBox(this);
    m_editionBox->setObjectName(QStringLiteral("edition"));
    m_editionBox->setAccessibleName(tr("Edition"));
    m_editionBox->setToolTip(tr("Show and print all questions, the product owner's (business questions in plain language) "
                                "or the engineers' worksheet; all are answered into the same design."));
    for (const Edition e : {Edition::Full, Edition::ProductOwner, Edition::Engineering})
        m_editionBox->addItem(editionTitle(e), int(e));
    top->addWidget(m_editionBox);
    top->addWidget(m_apply);
    top->addWidget(m_pdf);
    layout->addLayout(top);

    // Someone edited the answers file imported last (in a text editor, from a mail): offer it again.
    m_answersBar = new QFrame(this);
    m_answersBar->setObjectName(QStringLiteral("answersChangedBar"));
    m_answersBar->setFrameShape(QFrame::StyledPanel);
    auto *bar = new QHBoxLayout(m_answersBar);
    m_answersBarText = new QLabel(m_answersBar);
    m_answersBarText->setObjectName(QStringLiteral("answersChangedText"));
    m_answersBarText->setWordWrap(true);
    auto *importAgain = new QPushButton(tr("Import Again"), m_answersBar);
    importAgain->setObjectName(QStringLiteral("importAgain"));
    importAgain->setToolTip(tr("Import the changed answers file as one undoable step."));
    auto *dismiss = new QPushButton(tr("Dismiss"), m_answersBar);
    dismiss->setObjectName(QStringLiteral("dismissAnswersChange"));
    bar->addWidget(m_answersBarText, 1);
    bar->addWidget(importAgain);
    bar->addWidget(dismiss);
    m_answersBar->hide();
    layout->addWidget(m_answersBar);
    m_answersWatcher = new DiskWatcher([this] { return m_answersPath; }, [this] { return m_answersStamp; }, this);
    connect(m_answersWatcher, &DiskWatcher::changedOnDisk, this, &QuestionnaireView::answersFileChanged);
    connect(importAgain, &QPushButton::clicked, this, [this] {
        m_answersBar->hide();
        importAnswersAndReport(m_answersPath);
    });
    connect(dismiss, &QPushButton::clicked, m_answersBar, &QWidget::hide);
    // Another design opened (or a new one): the answers file was for the one before.
    connect(document, &Document::fileNameChanged, this, [this] {
        m_answersPath.clear();
        m_answersStamp = {};
        m_answersBar->hide();
        m_answersWatcher->rewatch();
    });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_scroll = new QScrollArea(splitter);
    m_scroll->setWidgetResizable(true);
    m_scroll->setObjectName(QStringLiteral("questions"));
    m_capacity = new QTextBrowser(splitter);
    m_capacity->setObjectName(QStringLiteral("capacity"));
    m_capacity->setOpenLinks(false);
    // Between words only: a narrow panel scrolls instead of showing "Servic e" or "1, 250.0".
    m_capacity->setWordWrapMode(QTextOption::WordWrap);
    splitter->addWidget(m_scroll);
    splitter->addWidget(m_capacity);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    setStyleSheet(QStringLiteral(
        "QFrame#questionRow { border-left: 5px solid #3d7a3d; padding: 4px; }"
        "QFrame#questionRow[open=\"true\"] { border-left: 5px solid #d08700; background: #fff3d6; }"
        "QLabel[role=\"help\"] { color: #555555; }"
        "QLabel[role=\"affects\"] { color: #2d5a8a; }"
        "QLabel[role=\"problem\"] { color: #b00000; }"));

    m_rebuildTimer = new QTimer(this);
    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(0);
    connect(m_rebuildTimer, &QTimer::timeout, this, &QuestionnaireView::rebuild);
    connect(m_apply, &QPushButton::clicked, this, &QuestionnaireView::applySuggestions);
    connect(m_pdf, &QPushButton::clicked, this, &QuestionnaireView::exportPdfWithDialog);
    connect(m_editionBox, &QComboBox::activated, this, [this] { setEdition(Edition(m_editionBox->currentData().toInt())); });

    connect(document, &Document::questionnaireChanged, this, &QuestionnaireView::refresh);
    connect(document, &Document::designReset, this, &QuestionnaireView::scheduleRebuild);
    connect(document, &Document::componentAdded, this, &QuestionnaireView::scheduleRebuild);
    connect(document, &Document::componentAboutToBeRemoved, this, &QuestionnaireView::scheduleRebuild);
    connect(document, &Document::zoneAdded, this, &QuestionnaireView::scheduleRebuild);
    connect(document, &Document::zoneAboutToBeRemoved, this, &QuestionnaireView::scheduleRebuild);
    // A connection changes what the users' load reaches ("Affects in the drawing") and the estimate.
    connect(document, &Document::connectionAdded, this, &QuestionnaireView::scheduleRebuild);
    connect(document, &Document::connectionAboutToBeRemoved, this, &QuestionnaireView::scheduleRebuild);
    connect(document, &Document::connectionChanged, this, &QuestionnaireView::scheduleRebuild);
    connect(document, &Document::componentChanged, this, [this](const QString &, Changes changes) {
        if (changes & Change::Name)
            scheduleRebuild();
        else if (changes & (Change::Properties | Change::Parent))
            refreshCapacity();
    });
    connect(document, &Document::zoneChanged, this, [this](const QString &, Changes changes) {
        if (changes & Change::Name)
            scheduleRebuild();
        else
            refreshCapacity();
    });
    rebuild();
}

QString QuestionnaireView::progressText() const
{
    return m_stale ? Questionnaire(m_document->design(), m_catalog).progressText(m_edition) : m_progress->text();
}

void QuestionnaireView::scheduleRebuild() { m_rebuildTimer->start(); }

void QuestionnaireView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        rebuild();
}

QuestionnaireView::Row QuestionnaireView::makeRow(const Question &q, const QString &sameWhyAs, const AffectedItems &affected, QWidget *parent)
{
    Row row;
    row.question = q;
    row.frame = new QFrame(parent);
    row.frame->setObjectName(QStringLiteral("questionRow"));
    row.frame->setProperty("questionId", q.id);
    row.frame->setAccessibleName(QStringLiteral("row:") + q.id);
    auto *v = new QVBoxLayout(row.frame);
    auto *text = new QLabel(q.text, row.frame);
    text->setWordWrap(true);
    QFont f = text->font();
    f.setBold(true);
    text->setFont(f);
    // Every service asks for its CPU time for the same reason: the reason is read once per section.
    auto *help = new QLabel(sameWhyAs.isEmpty() ? tr("Why we ask: %1").arg(q.help) : tr("Why we ask: as for “%1”").arg(sameWhyAs), row.frame);
    if (!sameWhyAs.isEmpty())
        help->setToolTip(q.help);
    help->setWordWrap(true);
    help->setProperty("role", QStringLiteral("help"));
    v->addWidget(text);
    v->addWidget(help);
    // In a workshop the product owner sees what an answer changes (a component's own questions name it).
    if (q.itemId.isEmpty()) {
        auto *affects = new QLabel(tr("Affects in the drawing: %1").arg(affected.text(q)), row.frame);
        affects->setWordWrap(true);
        affects->setProperty("role", QStringLiteral("affects"));
        v->addWidget(affects);
    }

    auto *editors = new QHBoxLayout;
    auto lineEdit = [&](const QString &name, const QString &placeholder) {
        auto *e = new QLineEdit(row.frame);
        e->setObjectName(name);
        e->setPlaceholderText(placeholder);
        e->setAccessibleName(q.text);
        connect(e, &QLineEdit::editingFinished, this, [this, id = q.id] { commit(id); });
        return e;
    };
    switch (q.type) {
    case AnswerType::Number:
        row.line = lineEdit(q.id, q.unit);
        editors->addWidget(row.line, 1);
        editors->addWidget(new QLabel(q.unit, row.frame));
        break;
    case AnswerType::Range:
        row.low = lineEdit(q.id + QStringLiteral(".min"), tr("from"));
        row.high = lineEdit(q.id + QStringLiteral(".max"), tr("to"));
        editors->addWidget(row.low, 1);
        editors->addWidget(new QLabel(QStringLiteral("–"), row.frame));
        editors->addWidget(row.high, 1);
        editors->addWidget(new QLabel(q.unit, row.frame));
        break;
    case AnswerType::Choice:
        row.combo = new QComboBox(row.frame);
        row.combo->setObjectName(q.id);
        row.combo->setAccessibleName(q.text);
        row.combo->addItem(tr("(open)"), QString());
        for (const QString &c : q.choices)
            row.combo->addItem(c, c);
        connect(row.combo, &QComboBox::activated, this, [this, id = q.id] { commit(id); });
        editors->addWidget(row.combo, 1);
        break;
    case AnswerType::Text:
        row.line = lineEdit(q.id, tr("answer"));
        editors->addWidget(row.line, 1);
        break;
    case AnswerType::TimeWindow:
        row.line = lineEdit(q.id, tr("09:00-17:00 America/New_York"));
        editors->addWidget(row.line, 1);
        break;
    }
    row.note = lineEdit(q.id + QStringLiteral(".note"), tr("note: where the number comes from, exceptions…"));
    editors->addWidget(row.note, 1);
    v->addLayout(editors);
    row.problem = new QLabel(row.frame);
    row.problem->setProperty("role", QStringLiteral("problem"));
    row.problem->setWordWrap(true);
    row.problem->hide();
    v->addWidget(row.problem);
    return row;
}

void QuestionnaireView::rebuild()
{
    m_rebuildTimer->stop();
    if (!isVisible()) {
        // Out of sight (the Diagram tab is in front, or not shown yet at start-up): build the rows
        // when shown, and the progress line when it is asked for (at 100,000 components the
        // questions take a second to list).
        m_stale = true;
        return;
    }
    m_stale = false;
    m_rows.clear();
    m_order.clear();
    m_sectionTitles.clear();
    auto *form = new QWidget;
    QFont large = form->font();
    large.setPointSizeF(large.pointSizeF() * 1.25);
    form->setFont(large);
    auto *v = new QVBoxLayout(form);
    const std::vector<Question> questions = designQuestions(m_document->design(), m_catalog);
    const AffectedItems affected(m_document->design(), m_catalog); // once for all rows, not per question
    std::optional<Section> section;
    std::map<QString, QString> firstWithHelp; // in the section: reason -> the question that gave it
    for (const Question &q : questions) {
        if (!section || *section != q.section) {
            section = q.section;
            firstWithHelp.clear();
            auto *title = new QLabel(sectionTitle(q.section), form);
            QFont f = title->font();
            f.setPointSizeF(f.pointSizeF() * 1.3);
            f.setBold(true);
            title->setFont(f);
            v->addSpacing(8);
            v->addWidget(title);
            m_sectionTitles.emplace_back(q.section, title);
        }
        const auto [first, isFirst] = firstWithHelp.emplace(q.help, q.text);
        Row row = makeRow(q, isFirst ? QString() : first->second, affected, form);
        v->addWidget(row.frame);
        m_rows.emplace(q.id, row);
        m_order.push_back(q.id);
    }
    v->addStretch(1);
    delete m_scroll->takeWidget();
    m_scroll->setWidget(form);
    m_form = form;
    showEdition();
    refresh();
}

void QuestionnaireView::setEdition(Edition edition)
{
    m_edition = edition;
    m_editionBox->setCurrentIndex(m_editionBox->findData(int(edition)));
    showEdition();
    refresh();
}

void QuestionnaireView::showEdition()
{
    std::map<Section, bool> sectionShown;
    for (const auto &[id, row] : m_rows) {
        const bool shown = inEdition(row.question, m_edition);
        row.frame->setVisible(shown);
        sectionShown[row.question.section] = sectionShown[row.question.section] || shown;
    }
    for (const auto &[section, title] : m_sectionTitles)
        title->setVisible(sectionShown[section]);
}

void QuestionnaireView::refresh()
{
    if (m_stale) {
        scheduleRebuild(); // the rows are rebuilt, and so refreshed, when the view is shown
        return;
    }
    const Questionnaire questionnaire(m_document->design(), m_catalog);
    m_updating = true;
    for (const QuestionStatus &s : questionnaire.statuses()) {
        const auto it = m_rows.find(s.question->id);
        if (it == m_rows.end()) {
            scheduleRebuild();
            continue;
        }
        Row &row = it->second;
        const QVariant value = s.answer ? s.answer->value : QVariant();
        auto set = [](QLineEdit *e, const QString &text) {
            if (e && !e->hasFocus() && e->text() != text)
                e->setText(text);
        };
        if (row.line)
            set(row.line, editText(value));
        if (row.low) {
            const QVariantList range = value.toList();
            set(row.low, range.size() == 2 ? editText(range[0]) : QString());
            set(row.high, range.size() == 2 ? editText(range[1]) : QString());
        }
        if (row.combo && !row.combo->hasFocus())
            row.combo->setCurrentIndex(std::max(0, row.combo->findData(value.toString())));
        set(row.note, s.answer ? s.answer->note : QString());
        setOpen(row.frame, !s.answered);
        row.problem->setText(s.problem);
        row.problem->setVisible(!s.problem.isEmpty());
    }
    m_updating = false;
    m_progress->setText(questionnaire.progressText(m_edition));
    m_bar->setMaximum(std::max(1, questionnaire.count(m_edition)));
    m_bar->setValue(questionnaire.answeredCount(m_edition));
    refreshCapacity();
}

void QuestionnaireView::refreshCapacity()
{
    const Design &design = m_document->design();
    const NumberFormat number{QLocale()}; // the user's locale here; files and the CLI stay plain
    const CapacityEstimate e = estimateCapacity(design, m_catalog, number);
    auto name = [&](const QString &id) {
        const Component *c = design.component(id);
        return (c && !c->name.isEmpty() ? c->name : id).toHtmlEscaped();
    };
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Capacity estimate").toHtmlEscaped());
    if (e.peakRps)
        html += QStringLiteral("<p>%1</p>").arg(tr("Peak load: <b>%1 requests per second</b>.").arg(number(*e.peakRps, 1)));
    else
        html += QStringLiteral("<p>%1</p>").arg(tr("Answer the peak concurrent users and the requests per user and minute "
                                                   "to see requests per second and replicas.").toHtmlEscaped());
    if (!e.services.empty()) {
        html += QStringLiteral("<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                    .arg(tr("Service").toHtmlEscaped(), tr("req/s").toHtmlEscaped(), tr("CPUs busy").toHtmlEscaped(),
                         tr("Replicas (min–max)").toHtmlEscaped());
        // Today and at the growth horizon side by side: the design is sized for the horizon.
        auto todayAndHorizon = [&](const ServiceEstimate &s, double today, double horizon, int decimals) {
            const bool userLoad = s.source != LoadSource::Schedule && s.source != LoadSource::Unreached;
            if (e.users.growth <= 1 || !userLoad)
                return number(horizon, decimals);
            return tr("%1 today, %2 at %3 months").arg(number(today, decimals), number(horizon, decimals)).arg(e.users.horizonMonths);
        };
        for (const ServiceEstimate &s : e.services)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(name(s.componentId), todayAndHorizon(s, s.today.peakRps, s.horizon.peakRps, 1),
                             todayAndHorizon(s, s.today.busyCpus, s.horizon.busyCpus, 2),
                             s.serverless ? tr("%1 concurrent").arg(number(s.maxReplicas))
                                          : QStringLiteral("%1–%2").arg(number(s.minReplicas), number(s.maxReplicas)));
        html += QStringLiteral("</table><p><small>%1</small></p>")
                    .arg(tr("Room to lose one availability zone is included. Unanswered CPU times count as %1 ms.")
                             .arg(kDefaultServiceTimeMs).toHtmlEscaped());
    }
    if (!e.storage.empty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Storage at the horizon").toHtmlEscaped());
        for (const StorageEstimate &s : e.storage)
            html += QStringLiteral("<li>%1: %2</li>").arg(name(s.componentId), tr("%1 GiB").arg(number(s.after24MonthsGb, 1)));
        html += QStringLiteral("</ul>");
    }
    // How each figure follows, so that a number can be defended in the workshop.
    if (!e.users.derivation.isEmpty() || !e.services.empty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(tr("How each figure follows").toHtmlEscaped());
        auto steps = [&](const QString &title, const QStringList &lines) {
            html += QStringLiteral("<p><b>%1</b></p><ul>").arg(title);
            for (const QString &line : lines)
                html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
            html += QStringLiteral("</ul>");
        };
        if (!e.users.derivation.isEmpty())
            steps(tr("Users").toHtmlEscaped(), e.users.derivation);
        for (const ServiceEstimate &s : e.services)
            steps(name(s.componentId), s.derivation);
        for (const StorageEstimate &s : e.storage)
            steps(name(s.componentId), s.derivation);
    }
    if (!e.warnings.empty()) {
        html += QStringLiteral("<h3 style=\"color:#b00000\">%1</h3><ul>").arg(tr("Where the design does not meet the answers").toHtmlEscaped());
        for (const CapacityWarning &w : e.warnings)
            html += QStringLiteral("<li style=\"color:#b00000\">%1</li>").arg(w.message.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_capacity->setHtml(html);
    m_apply->setEnabled(!e.suggestions.empty());
}

void QuestionnaireView::commit(const QString &questionId)
{
    if (m_updating)
        return;
    const auto it = m_rows.find(questionId);
    if (it == m_rows.end())
        return;
    const Row &row = it->second;
    const Question *q = &row.question;
    QVariant raw;
    bool empty = false;
    if (row.line) {
        const QString t = row.line->text().trimmed();
        empty = t.isEmpty();
        raw = q->type == AnswerType::Number ? parseNumber(t) : QVariant(t);
    } else if (row.low) {
        const QString a = row.low->text().trimmed(), b = row.high->text().trimmed();
        empty = a.isEmpty() && b.isEmpty();
        if (!empty && (a.isEmpty() || b.isEmpty()))
            return; // wait for the other end
        raw = QVariantList{parseNumber(a), parseNumber(b)};
    } else if (row.combo) {
        raw = row.combo->currentData();
        empty = raw.toString().isEmpty();
    }
    const QString note = row.note->text().trimmed();
    Answer answer{questionId, {}, note};
    if (!empty) {
        QString problem;
        answer.value = normalizeAnswerValue(*q, raw, &problem);
        if (!answer.value.isValid()) {
            row.problem->setText(problem);
            row.problem->show();
            return;
        }
    }
    row.problem->hide();
    const Answer *old = m_document->design().answer(questionId);
    const std::optional<Answer> next = (empty && note.isEmpty()) ? std::nullopt : std::optional<Answer>(answer);
    if ((!old && !next) || (old && next && *old == *next))
        return;
    m_document->undoStack()->push(new SetAnswer(m_document, questionId, next));
}

bool QuestionnaireView::showQuestionsFor(const QString &componentId)
{
    if (m_stale || m_rebuildTimer->isActive())
        rebuild();
    for (const QString &id : m_order) {
        const Row &row = m_rows.at(id);
        if (row.question.itemId != componentId)
            continue;
        m_scroll->ensureWidgetVisible(row.frame, 0, 40);
        QWidget *editor = row.line ? static_cast<QWidget *>(row.line)
                                   : row.low ? static_cast<QWidget *>(row.low) : static_cast<QWidget *>(row.combo);
        if (editor)
            editor->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return false;
}

bool QuestionnaireView::exportPdf(const QString &path, QPageSize::PageSizeId pageSize, QString *error)
{
    const Exporter *exporter = printingExporters().find(QStringLiteral("questionnaire"));
    const QVariantMap options = {{QStringLiteral("format"), QStringLiteral("pdf")},
                                 {QStringLiteral("edition"), editionName(m_edition)},
                                 {QStringLiteral("page-size"), pageSize == QPageSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4")}};
    const ExportResult result = exporter ? exporter->generate(m_document->design(), m_catalog, options) : ExportResult{};
    if (!exporter || !result.ok() || result.files.size() != 1) {
        if (error)
            *error = exporter ? result.error : tr("the questionnaire exporter is missing");
        return false;
    }
    // The PDF is made in memory and written by the one atomic writer, which verifies it on disk.
    const WriteOutcome written = writeFileAtomically(path, result.files.front().contents);
    if (!written && error)
        *error = written.error;
    return written.ok;
}

bool QuestionnaireView::importAnswers(const QString &path, QString *report)
{
    const AnswersImport imported = loadAnswersFile(path, m_document->design(), m_catalog);
    QStringList lines;
    for (const Diagnostic &d : imported.diagnostics)
        lines.append(d.toString());
    if (!imported.ok()) {
        lines.prepend(tr("Nothing was imported from %1:").arg(path));
        if (report)
            *report = lines.join(QLatin1Char('\n'));
        return false;
    }
    const std::vector<Answer> changed = changedAnswers(m_document->design(), imported.answers);
    if (!changed.empty()) {
        auto *macro = new QUndoCommand(tr("Import answers from %1").arg(QFileInfo(path).fileName()));
        for (const Answer &a : changed)
            new SetAnswer(m_document, a.question, a, macro);
        m_document->undoStack()->push(macro);
    }
    QStringList summary = {tr("%1 answer(s) changed; %2.").arg(changed.size()).arg(Questionnaire(m_document->design(), m_catalog).progressText())};
    if (!imported.noLongerApply.isEmpty())
        summary.append(tr("%1 answer(s) no longer apply to the design and were left out:").arg(imported.noLongerApply.size()));
    if (report)
        *report = (summary + lines).join(QLatin1Char('\n'));
    // Watch the file from what it holds now: a later edit offers "Import Again".
    m_answersPath = QFileInfo(path).absoluteFilePath();
    m_answersStamp = FileStamp::ofFile(m_answersPath);
    m_answersBar->hide();
    m_answersWatcher->rewatch();
    return true;
}

void QuestionnaireView::answersFileChanged(DiskState state)
{
    if (state != DiskState::Changed) { // removed: nothing to import again
        m_answersBar->hide();
        return;
    }
    m_answersBarText->setText(tr("The answers file %1 changed on disk since it was imported.").arg(QFileInfo(m_answersPath).fileName()));
    m_answersBar->show();
}

void QuestionnaireView::importAnswersWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Answers"), QString(),
                                                      tr("Answers files (*.yaml *.yml *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    importAnswersAndReport(path);
}

void QuestionnaireView::importAnswersAndReport(const QString &path)
{
    QString report;
    const bool ok = importAnswers(path, &report);
    // A long report (a file full of mistakes) is shortened; the first problems show what is wrong.
    QStringList lines = report.split(QLatin1Char('\n'));
    constexpr int kShown = 16;
    if (lines.size() > kShown) {
        const qsizetype more = lines.size() - kShown;
        lines = lines.mid(0, kShown);
        lines.append(tr("… and %1 more").arg(more));
    }
    if (ok)
        QMessageBox::information(this, tr("Import Answers"), lines.join(QLatin1Char('\n')));
    else
        QMessageBox::warning(this, tr("Import Answers"), lines.join(QLatin1Char('\n')));
}

void QuestionnaireView::exportPdfWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export questionnaire as PDF"), QString(), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const bool letter = QLocale().measurementSystem() == QLocale::ImperialUSSystem;
    QString error;
    if (!exportPdf(path, letter ? QPageSize::Letter : QPageSize::A4, &error))
        QMessageBox::warning(this, tr("Export PDF"), tr("%1 could not be written: %2").arg(path, error));
}

bool QuestionnaireView::applySuggestions()
{
    const Design &design = m_document->design();
    const CapacityEstimate e = estimateCapacity(design, m_catalog);
    if (e.suggestions.empty())
        return false;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("suggestionsDialog"));
    dialog.setWindowTitle(tr("Apply capacity suggestions"));
    auto *v = new QVBoxLayout(&dialog);
    v->addWidget(new QLabel(tr("These changes make the design meet the answers. They are applied as one step; Undo takes them all back."),
                            &dialog));
    auto *table = new QTableWidget(int(e.suggestions.size()), 5, &dialog);
    table->setObjectName(QStringLiteral("suggestions"));
    table->setHorizontalHeaderLabels({tr("Item"), tr("Property"), tr("Now"), tr("Suggested"), tr("Why")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < int(e.suggestions.size()); ++i) {
        const Suggestion &s = e.suggestions[size_t(i)];
        const Component *c = design.component(s.itemId);
        const QStringList cells = {c && !c->name.isEmpty() ? c->name : s.itemId, s.key, s.current.toString(), s.value.toString(), s.reason};
        for (int col = 0; col < cells.size(); ++col)
            table->setItem(i, col, new QTableWidgetItem(cells[col]));
        // Each row can be left out: the architect may keep a figure on purpose.
        table->item(i, 0)->setFlags(table->item(i, 0)->flags() | Qt::ItemIsUserCheckable);
        table->item(i, 0)->setCheckState(Qt::Checked);
    }
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
    v->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    v->addWidget(buttons);
    dialog.resize(820, 360);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    auto *macro = new QUndoCommand(tr("Apply capacity suggestions"));
    int picked = 0;
    for (int i = 0; i < int(e.suggestions.size()); ++i) {
        if (table->item(i, 0)->checkState() != Qt::Checked)
            continue;
        const Suggestion &s = e.suggestions[size_t(i)];
        new SetProperty(m_document, s.itemId, s.key, s.value, macro);
        ++picked;
    }
    if (picked == 0) {
        delete macro;
        return false;
    }
    m_document->undoStack()->push(macro);
    return true;
}

} // namespace sd
