// SPDX-License-Identifier: MIT
#include "answersfile.h"
#include "checkednumber.h"

#include "questions.h"
#include "sourcetree.h"
#include "yamlemitter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace sd {

namespace {

nlohmann::ordered_json valueJson(const QVariant &value)
{
    if (value.typeId() == QMetaType::QVariantList) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const QVariant &v : value.toList())
            list.push_back(valueJson(v));
        return list;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return value.toLongLong();
    case QMetaType::Double: {
        const double d = value.toDouble();
        if (const auto whole = exactInt64(d); whole && std::abs(d) < 1e15)
            return *whole; // 25000, not 25000.0
        return d;
    }
    default:
        return value.toString().toStdString();
    }
}

class Reader
{
public:
    Reader(const QString &fileName, AnswersImport &result) : m_fileName(fileName), m_result(result) {}

    void error(const SourceNode &node, const QString &message)
    {
        m_result.diagnostics.push_back({Diagnostic::Severity::Error, m_fileName, node.mark.line, node.mark.column, message});
    }
    void warning(const SourceNode &node, const QString &message)
    {
        m_result.diagnostics.push_back({Diagnostic::Severity::Warning, m_fileName, node.mark.line, node.mark.column, message});
    }

    void read(const SourceNode &root, const Design &design, const Catalog &catalog)
    {
        if (!root.isMap()) {
            error(root, QCoreApplication::translate("AnswersFile", "an answers file must be a mapping with 'answers', not %1").arg(root.typeName()));
            return;
        }
        for (const SourceEntry &e : root.entries)
            if (e.first != "stackdraftAnswers" && e.first != "design" && e.first != "progress" && e.first != "answers")
                error(e.second, QCoreApplication::translate("AnswersFile", "unknown key '%1' (expected stackdraftAnswers, design, progress, answers)")
                                    .arg(QString::fromStdString(e.first)));
        if (const SourceNode *version = root.find("stackdraftAnswers")) {
            const auto v = scalarToInt(*version);
            if (!v || *v < 1)
                error(*version, QCoreApplication::translate("AnswersFile", "'stackdraftAnswers' must be a format version number"));
            else if (*v > kAnswersFileVersion)
                error(*version, QCoreApplication::translate("AnswersFile", "answers file version %1 is newer than this Stackdraft understands (%2)")
                                    .arg(*v).arg(kAnswersFileVersion));
        }
        if (const SourceNode *name = root.find("design"); name && name->isScalar()
            && QString::fromStdString(name->text) != design.name)
            warning(*name, QCoreApplication::translate("AnswersFile", "the answers are for the design '%1', not '%2'")
                               .arg(QString::fromStdString(name->text), design.name));
        const SourceNode *list = root.find("answers");
        if (!list) {
            error(root, QCoreApplication::translate("AnswersFile", "'answers' is missing"));
            return;
        }
        if (list->isNull())
            return;
        if (!list->isSequence()) {
            error(*list, QCoreApplication::translate("AnswersFile", "'answers' must be a list, not %1").arg(list->typeName()));
            return;
        }
        const Questionnaire questionnaire(design, catalog);
        std::unordered_set<QString> seen;
        for (size_t i = 0; i < list->items.size(); ++i)
            entry(list->items[i], int(i + 1), design, questionnaire, seen);
    }

private:
    void entry(const SourceNode &node, int number, const Design &design, const Questionnaire &questionnaire,
               std::unordered_set<QString> &seen)
    {
        const QString where = QCoreApplication::translate("AnswersFile", "answer %1").arg(number);
        if (!node.isMap()) {
            error(node, QCoreApplication::translate("AnswersFile", "%1 must be a mapping with 'question' and 'value', not %2").arg(where, node.typeName()));
            return;
        }
        static const char *const known[] = {"question", "section", "text", "why", "type", "value", "note"};
        for (const SourceEntry &e : node.entries)
            if (std::find_if(std::begin(known), std::end(known), [&](const char *k) { return e.first == k; }) == std::end(known))
                error(e.second, QCoreApplication::translate("AnswersFile", "%1: unknown key '%2' (expected question, value, note)").arg(where, QString::fromStdString(e.first)));
        const SourceNode *idNode = node.find("question");
        if (!idNode || !idNode->isScalar() || idNode->text.empty()) {
            error(idNode ? *idNode : node, QCoreApplication::translate("AnswersFile", "%1 has no 'question' id").arg(where));
            return;
        }
        const QString id = QString::fromStdString(idNode->text);
        const Question *question = questionnaire.question(id);
        if (!question && !itemIdOfQuestion(id).isEmpty()) {
            // A file from an older version of the design: the rest still applies.
            warning(*idNode, QCoreApplication::translate("AnswersFile", "'%1' no longer applies and is not imported: %2")
                                 .arg(id, unaskedReason(id, design)));
            m_result.noLongerApply.append(id);
            return;
        }
        if (!question) {
            error(*idNode, QCoreApplication::translate("AnswersFile", "unknown question id '%1'").arg(id));
            return;
        }
        if (!seen.insert(id).second) {
            error(*idNode, QCoreApplication::translate("AnswersFile", "question '%1' is answered twice").arg(id));
            return;
        }
        Answer answer;
        answer.question = id;
        bool ok = true;
        if (const SourceNode *valueNode = node.find("value"); valueNode && !valueNode->isNull()) {
            QVariant raw;
            if (valueNode->isScalar()) {
                raw = scalarToVariant(*valueNode);
            } else if (valueNode->isSequence()) {
                QVariantList items;
                for (const SourceNode &item : valueNode->items)
                    items.append(item.isScalar() ? scalarToVariant(item) : QVariant(QVariantList()));
                raw = items;
            } else {
                raw = QVariantMap();
            }
            QString problem;
            answer.value = normalizeAnswerValue(*question, raw, &problem);
            if (!answer.value.isValid()) {
                error(*valueNode, problem);
                ok = false;
            }
        }
        if (const SourceNode *noteNode = node.find("note"); noteNode && !noteNode->isNull()) {
            if (noteNode->isScalar())
                answer.note = QString::fromStdString(noteNode->text).trimmed();
            else {
                error(*noteNode, QCoreApplication::translate("AnswersFile", "the note of '%1' must be text, not %2").arg(id, noteNode->typeName()));
                ok = false;
            }
        }
        if (ok && (answer.value.isValid() || !answer.note.isEmpty()))
            m_result.answers.push_back(std::move(answer));
    }

    QString m_fileName;
    AnswersImport &m_result;
};

} // namespace

QByteArray writeAnswersFile(const Design &design, const Catalog &catalog, DesignFormat format, bool blank, Edition edition)
{
    using J = nlohmann::ordered_json;
    const Questionnaire questionnaire(design, catalog);
    J root = J::object();
    root["stackdraftAnswers"] = kAnswersFileVersion;
    root["design"] = design.name.toStdString();
    root["progress"] = (blank ? QCoreApplication::translate("AnswersFile", "%1 questions to answer").arg(questionnaire.count(edition))
                              : questionnaire.progressText(edition)).toStdString();
    J answers = J::array();
    for (const QuestionStatus &s : questionnaire.statuses()) {
        const Question &q = *s.question;
        if (!inEdition(q, edition))
            continue;
        J entry = J::object();
        entry["question"] = q.id.toStdString();
        entry["section"] = sectionTitle(q.section).toStdString();
        entry["text"] = q.text.toStdString();
        entry["why"] = q.help.toStdString();
        entry["type"] = q.typeDescription().toStdString();
        // A stored value that no longer fits is written as it is, so the person filling in sees it.
        entry["value"] = !blank && s.answer && s.answer->value.isValid() ? valueJson(s.answer->value) : J();
        entry["note"] = !blank && s.answer ? s.answer->note.toStdString() : std::string();
        answers.push_back(std::move(entry));
    }
    root["answers"] = std::move(answers);
    if (format == DesignFormat::Json)
        return QByteArray::fromStdString(root.dump(2) + "\n");
    return QByteArray::fromStdString(emitYaml(root));
}

AnswersImport readAnswersFile(const std::string &text, DesignFormat format, const QString &fileName,
                              const Design &design, const Catalog &catalog)
{
    AnswersImport result;
    SourceNode root;
    ParseError parseError;
    const bool parsed = format == DesignFormat::Json ? parseJson(text, root, parseError) : parseYaml(text, root, parseError);
    if (!parsed) {
        result.diagnostics.push_back({Diagnostic::Severity::Error, fileName, parseError.mark.line, parseError.mark.column,
                                      parseError.message});
        return result;
    }
    Reader(fileName, result).read(root, design, catalog);
    if (!result.ok()) { // all or nothing
        result.answers.clear();
        result.noLongerApply.clear();
    }
    return result;
}

AnswersImport loadAnswersFile(const QString &path, const Design &design, const Catalog &catalog)
{
    auto fail = [&](const QString &message) {
        AnswersImport result;
        result.diagnostics.push_back({Diagnostic::Severity::Error, path, 0, 0, message});
        return result;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(QCoreApplication::translate("AnswersFile", "no such file"));
    if (info.isDir())
        return fail(QCoreApplication::translate("AnswersFile", "is a folder, not an answers file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("AnswersFile", "cannot be read: %1").arg(file.errorString()));
    const QByteArray bytes = readAtMost(file, info.size(), kMaxDesignFileBytes);
    if (bytes.size() > kMaxDesignFileBytes)
        return fail(QCoreApplication::translate("AnswersFile", "the file is larger than %1 MiB").arg(kMaxDesignFileBytes / (1024 * 1024)));
    return readAnswersFile(bytes.toStdString(), formatForPath(path), path, design, catalog);
}

std::vector<Answer> changedAnswers(const Design &design, const std::vector<Answer> &answers)
{
    std::vector<Answer> result;
    for (Answer a : answers) {
        const Answer *old = design.answer(a.question);
        if (!a.value.isValid() && old)
            a.value = old->value;
        // A file that omits a note, or leaves it empty, says nothing about it: keep the one stored
        // (issue 17, item 9). Notes are removed in the studio, not by a re-import.
        if (a.note.isEmpty() && old)
            a.note = old->note;
        if (old && *old == a)
            continue;
        result.push_back(std::move(a));
    }
    return result;
}

int applyAnswers(Design &design, const std::vector<Answer> &answers)
{
    const std::vector<Answer> changed = changedAnswers(design, answers);
    for (const Answer &a : changed)
        design.setAnswer(a);
    return int(changed.size());
}

} // namespace sd
