// SPDX-License-Identifier: MIT
#include "importreport.h"

#include <nlohmann/json.hpp>

#include <array>

namespace sd {

namespace {
constexpr std::array kAllKinds = {ImportNote::Kind::Mapped, ImportNote::Kind::Guessed, ImportNote::Kind::Dropped,
                                  ImportNote::Kind::Unresolved};

QString sectionTitle(ImportNote::Kind kind)
{
    switch (kind) {
    case ImportNote::Kind::Mapped:
        return ImportReport::tr("Mapped");
    case ImportNote::Kind::Guessed:
        return ImportReport::tr("Guessed (check these)");
    case ImportNote::Kind::Dropped:
        return ImportReport::tr("Dropped");
    case ImportNote::Kind::Unresolved:
        return ImportReport::tr("Hosts nothing defines (not connected)");
    }
    return {};
}
} // namespace

QString SourceRef::toString() const
{
    return line > 0 ? QStringLiteral("%1:%2").arg(file).arg(line) : file;
}

void ImportReport::add(ImportNote::Kind kind, const SourceRef &source, const QString &subject, const QString &message)
{
    m_notes.push_back({kind, source, subject, message});
}

int ImportReport::count(ImportNote::Kind kind) const
{
    return int(std::count_if(m_notes.begin(), m_notes.end(), [kind](const ImportNote &n) { return n.kind == kind; }));
}

std::vector<ImportNote> ImportReport::about(const QString &subject) const
{
    std::vector<ImportNote> found;
    for (const ImportNote &n : m_notes)
        if (n.subject == subject)
            found.push_back(n);
    return found;
}

QString ImportReport::kindName(ImportNote::Kind kind)
{
    switch (kind) {
    case ImportNote::Kind::Mapped:
        return QStringLiteral("mapped");
    case ImportNote::Kind::Guessed:
        return QStringLiteral("guessed");
    case ImportNote::Kind::Dropped:
        return QStringLiteral("dropped");
    case ImportNote::Kind::Unresolved:
        return QStringLiteral("unresolved");
    }
    return {};
}

QString ImportReport::summary() const
{
    return tr("mapped %1, guessed %2, dropped %3, unresolved hosts %4")
        .arg(count(ImportNote::Kind::Mapped))
        .arg(count(ImportNote::Kind::Guessed))
        .arg(count(ImportNote::Kind::Dropped))
        .arg(count(ImportNote::Kind::Unresolved));
}

QByteArray ImportReport::toMarkdown() const
{
    QString text = tr("# Import report") + QStringLiteral("\n\n") + summary() + QStringLiteral("\n");
    for (ImportNote::Kind kind : kAllKinds) {
        text += QStringLiteral("\n## %1 (%2)\n\n").arg(sectionTitle(kind)).arg(count(kind));
        for (const ImportNote &n : m_notes)
            if (n.kind == kind)
                text += QStringLiteral("- %1: %2: %3\n").arg(n.source.toString(), n.subject, n.message);
    }
    return text.toUtf8();
}

QByteArray ImportReport::toJson() const
{
    nlohmann::ordered_json root;
    nlohmann::ordered_json counts;
    for (ImportNote::Kind kind : kAllKinds)
        counts[kindName(kind).toStdString()] = count(kind);
    root["summary"] = counts;
    for (ImportNote::Kind kind : kAllKinds) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const ImportNote &n : m_notes) {
            if (n.kind != kind)
                continue;
            nlohmann::ordered_json entry;
            entry["file"] = n.source.file.toStdString();
            entry["line"] = n.source.line;
            entry["subject"] = n.subject.toStdString();
            entry["message"] = n.message.toStdString();
            list.push_back(std::move(entry));
        }
        root[kindName(kind).toStdString()] = std::move(list);
    }
    return QByteArray::fromStdString(root.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)) + '\n';
}

} // namespace sd
