// SPDX-License-Identifier: MIT
#pragma once

#include "filestamp.h"
#include "questions.h"

#include <QPageSize>
#include <QPointer>
#include <QWidget>

#include <map>
#include <vector>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QTextBrowser;
class QTimer;
class QVBoxLayout;

namespace sd {

class Catalog;
class DiskWatcher;
class Document;

/**
 * The questionnaire for a workshop: a large form by section with an editor per answer
 * type, the progress ("23 of 41 answered"), open questions highlighted, and beside it
 * the capacity estimate from the answers with its warnings. Every edit is a SetAnswer
 * undo command; "Apply suggestions…" shows the changes and applies them as one step.
 *
 * Editors are found by object name: the question id (a range has "<id>.min" and
 * "<id>.max"), the note "<id>.note", the row frame "row:<id>".
 */
class QuestionnaireView : public QWidget
{
    Q_OBJECT

public:
    QuestionnaireView(Document *document, const Catalog &catalog, QWidget *parent = nullptr);

    /// "Ask about this": scrolls to the first question about a component (or zone) and focuses
    /// its editor. Returns false when the design raises no question about it.
    bool showQuestionsFor(const QString &componentId);

    /// Shows the suggested changes and, when confirmed, applies them as one undoable step.
    /// Returns whether anything was applied.
    bool applySuggestions();

    QString progressText() const;

    /**
     * Reads an answers file (YAML, or JSON when it ends in .json) and stores what changes as one
     * undoable step. Answers about items the design no longer has are left out and reported;
     * any error imports nothing. `report` gets what happened, one problem a line (file:line:column).
     */
    bool importAnswers(const QString &path, QString *report);
    /// File > Import Answers…: asks for the file, imports it and shows the report.
    void importAnswersWithDialog();
    /// The answers file imported last; the view watches it and offers to import it again when it changes.
    QString answersFile() const { return m_answersPath; }

    /**
     * Writes the filled-in questionnaire of the edition shown (answers, capacity estimate, open
     * questions and the diagram) as a PDF on A4 or Letter, printed as `stackdraft-cli export
     * questionnaire --format pdf` prints it. Returns false and sets `error` when it cannot be written.
     */
    bool exportPdf(const QString &path, QPageSize::PageSizeId pageSize, QString *error);

    /// Which questions the form shows and the PDF prints: all, the product owner's or the engineers'.
    void setEdition(Edition edition);
    Edition edition() const { return m_edition; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Row {
        QFrame *frame = nullptr;
        QLineEdit *line = nullptr;   ///< number, text, time window
        QLineEdit *low = nullptr;    ///< range
        QLineEdit *high = nullptr;
        QComboBox *combo = nullptr;  ///< choice
        QLineEdit *note = nullptr;
        QLabel *problem = nullptr;
        Question question;
    };

    void scheduleRebuild();
    void rebuild();
    void refresh();
    void refreshCapacity();
    void commit(const QString &questionId);
    void exportPdfWithDialog();
    /// Imports `path` and shows the report (File > Import Answers… and Import Again).
    void importAnswersAndReport(const QString &path);
    void answersFileChanged(DiskState state);
    void showEdition();
    /// `sameWhyAs`: the text of an earlier question of the section with the same reason, if any.
    Row makeRow(const Question &question, const QString &sameWhyAs, const AffectedItems &affected, QWidget *parent);

    Document *m_document;
    const Catalog &m_catalog;
    QLabel *m_progress;
    QProgressBar *m_bar;
    QPushButton *m_apply;
    QPushButton *m_pdf;
    QComboBox *m_editionBox;
    Edition m_edition = Edition::Full;
    std::vector<std::pair<Section, QWidget *>> m_sectionTitles;
    QScrollArea *m_scroll;
    QPointer<QWidget> m_form;
    QTextBrowser *m_capacity;
    /// The last imported answers file, what it held then, and the bar saying it changed since.
    QString m_answersPath;
    FileStamp m_answersStamp;
    DiskWatcher *m_answersWatcher;
    QFrame *m_answersBar;
    QLabel *m_answersBarText;
    QTimer *m_rebuildTimer;
    /// The rows are out of date and will be rebuilt when the view is shown: a large design has
    /// thousands of questions (3.5 per component), too many to rebuild unseen on every edit.
    bool m_stale = false;
    std::map<QString, Row> m_rows;
    std::vector<QString> m_order; ///< question ids in form order
    bool m_updating = false;
};

} // namespace sd
