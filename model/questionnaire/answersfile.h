// SPDX-License-Identifier: MIT
#pragma once

#include "design.h"
#include "designio.h"
#include "diagnostic.h"
#include "questions.h"

#include <QByteArray>
#include <QString>

#include <string>
#include <vector>

namespace sd {

class Catalog;

/// The version of the answers file format this build writes and reads.
constexpr int kAnswersFileVersion = 1;

/**
 * An answers file: the questions of a design with their text, help and type for people
 * who fill it in outside the app, and `value` / `note` for them to fill in. `blank`
 * leaves every value empty (to send before a workshop); `edition` keeps the questions of one
 * edition only (every edition's file is read back against all questions). Byte-stable.
 *
 *   stackdraftAnswers: 1
 *   design: E-commerce shop
 *   answers:
 *     - question: general.dau.now
 *       section: Users and load
 *       text: How many people use the system on a normal day today?
 *       why: Daily active users set the baseline ...
 *       type: number (users)
 *       value: 25000
 *       note: mostly 9-17 US Eastern
 */
QByteArray writeAnswersFile(const Design &design, const Catalog &catalog, DesignFormat format, bool blank = false,
                            Edition edition = Edition::Full);

struct AnswersImport {
    /// Answers to set, values in canonical form; an entry with neither value nor note is left out.
    std::vector<Answer> answers;
    Diagnostics diagnostics; ///< every problem with file, line and column
    /// Answers about components or zones that are gone from the design or no longer raise the
    /// question (a file from an older version of the design): reported as warnings, not imported.
    QStringList noLongerApply;

    bool ok() const { return !hasErrors(diagnostics); }
};

/**
 * Reads an answers file against the questions of `design`. Unknown general question ids,
 * values of the wrong type, duplicates and unknown keys are errors, and then nothing is
 * imported; answers about items the design no longer asks about are warnings and left out,
 * so a file from an older version of the design imports what still applies. `section`,
 * `text`, `why` and `type` are informational and ignored.
 */
AnswersImport readAnswersFile(const std::string &text, DesignFormat format, const QString &fileName,
                              const Design &design, const Catalog &catalog);
/// Reads a file (YAML, or JSON when it ends in .json), refusing unreadable and huge files.
AnswersImport loadAnswersFile(const QString &path, const Design &design, const Catalog &catalog);

/**
 * Puts imported answers into the design: a value replaces the stored one, an empty value
 * keeps it (so a note alone can be added). Returns how many answers changed.
 */
int applyAnswers(Design &design, const std::vector<Answer> &answers);

/// The answers applyAnswers would store, as they would be stored (kept values and notes filled in): only those that change.
std::vector<Answer> changedAnswers(const Design &design, const std::vector<Answer> &answers);

} // namespace sd
