// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace sd {

/// The translation context of every importer message ("Import"): ImportText::tr("...").
struct ImportText {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

/// Where something came from in the imported files: file as given on the command line, 1-based line.
struct SourceRef {
    QString file;
    int line = 0;

    /// "file:line" (just the file when the line is unknown).
    QString toString() const;
};

/// One line of an import report.
struct ImportNote {
    enum class Kind {
        Mapped,     ///< became part of the design as the source says
        Guessed,    ///< became part of the design by a rule (docs/import.md): check it
        Dropped,    ///< left out, with the reason
        Unresolved, ///< a host that nothing imported defines: listed, not connected
    };
    Kind kind = Kind::Mapped;
    SourceRef source;
    QString subject; ///< what it is about ("service orders-db", "Deployment frontend")
    QString message; ///< what happened to it, translated
};

/**
 * What an import did, loud about loss: everything mapped, guessed (and from which line) and
 * dropped (and why), and every host reference nothing defines. The CLI prints a summary and
 * writes it in full with --report; the studio shows it in a dialog.
 */
class ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    void add(ImportNote::Kind kind, const SourceRef &source, const QString &subject, const QString &message);
    void mapped(const SourceRef &source, const QString &subject, const QString &message) { add(ImportNote::Kind::Mapped, source, subject, message); }
    void guessed(const SourceRef &source, const QString &subject, const QString &message) { add(ImportNote::Kind::Guessed, source, subject, message); }
    void dropped(const SourceRef &source, const QString &subject, const QString &message) { add(ImportNote::Kind::Dropped, source, subject, message); }
    void unresolved(const SourceRef &source, const QString &subject, const QString &message) { add(ImportNote::Kind::Unresolved, source, subject, message); }

    const std::vector<ImportNote> &notes() const { return m_notes; }
    int count(ImportNote::Kind kind) const;
    /// Notes about a subject (tests and the dialog's filter).
    std::vector<ImportNote> about(const QString &subject) const;

    /// One line: "mapped 12, guessed 30, dropped 4, unresolved hosts 1".
    QString summary() const;
    /// The whole report as Markdown, a section per kind, each note as "file:line: subject: message".
    QByteArray toMarkdown() const;
    /// The whole report as JSON: {"summary": {...}, "mapped": [...], ...} with file, line, subject, message.
    QByteArray toJson() const;

    static QString kindName(ImportNote::Kind kind); ///< "mapped", "guessed"... (JSON keys, not translated)

private:
    std::vector<ImportNote> m_notes;
};

} // namespace sd
