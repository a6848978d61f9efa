// SPDX-License-Identifier: MIT
#include "exportdata.h"

#include "sourcetree.h"

#include <QDir>
#include <QFile>

namespace sd {

namespace {

QVariant toVariant(const SourceNode &node)
{
    switch (node.type) {
    case SourceNode::Type::Null:
        return {};
    case SourceNode::Type::Scalar:
        return QString::fromStdString(node.text);
    case SourceNode::Type::Sequence: {
        QVariantList items;
        for (const SourceNode &item : node.items)
            items.append(toVariant(item));
        return items;
    }
    case SourceNode::Type::Map: {
        QVariantMap entries;
        for (const SourceEntry &entry : node.entries)
            entries.insert(QString::fromStdString(entry.first), toVariant(entry.second));
        return entries;
    }
    }
    return {};
}

} // namespace

QVariantMap readExportData(const QString &directory, QStringList &problems)
{
    QVariantMap data;
    const QDir dir(directory);
    for (const QString &fileName : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name)) {
        const QString path = dir.filePath(fileName);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            problems.append(QStringLiteral("%1: cannot be read").arg(path));
            continue;
        }
        SourceNode root;
        ParseError error;
        if (!parseYaml(file.readAll().toStdString(), root, error)) {
            problems.append(QStringLiteral("%1:%2: %3").arg(path).arg(error.mark.line).arg(error.message));
            continue;
        }
        if (!root.isMap()) {
            problems.append(QStringLiteral("%1:%2: must be a mapping").arg(path).arg(root.mark.line));
            continue;
        }
        data.insert(fileName.chopped(int(qstrlen(".yaml"))), toVariant(root));
    }
    return data;
}

} // namespace sd
