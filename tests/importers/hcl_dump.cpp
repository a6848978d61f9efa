// SPDX-License-Identifier: MIT
// Prints what our HCL parser (importers/hclsyntax.h) reads from .tf files, as JSON, for the
// differential test against HashiCorp's parser (hcl_differential.py): per file, each top-level
// block's path (type and labels), the names in its body (attributes and nested block types), and
// the references of each attribute. A file that does not parse prints its error instead.
#include "hclsyntax.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace sd::hcl;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QJsonObject out;
    for (const QString &path : app.arguments().mid(1)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return 2;
        const ParseResult parsed = parse(f.readAll());
        if (!parsed.ok()) {
            out.insert(path, QJsonObject{{QStringLiteral("error"), QStringLiteral("%1:%2: %3").arg(parsed.error->pos.line).arg(parsed.error->pos.column).arg(parsed.error->message)}});
            continue;
        }
        QJsonArray blocks;
        for (const Block &b : parsed.body.blocks) {
            QJsonArray keys;
            QJsonObject refs;
            for (const Attribute &a : b.attributes) {
                keys.append(a.name);
                QJsonArray list;
                for (const Reference &r : referencesOf(a.value))
                    list.append(r.toString());
                refs.insert(a.name, list);
            }
            for (const Block &inner : b.blocks)
                keys.append(inner.type == QLatin1String("dynamic") ? QStringLiteral("dynamic") : inner.type);
            blocks.append(QJsonObject{{QStringLiteral("path"), QJsonArray::fromStringList(QStringList{b.type} + b.labels)},
                                      {QStringLiteral("keys"), keys},
                                      {QStringLiteral("refs"), refs}});
        }
        out.insert(path, QJsonObject{{QStringLiteral("blocks"), blocks}});
    }
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
    return 0;
}
