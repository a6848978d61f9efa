// SPDX-License-Identifier: MIT
#include "conflictresolution.h"

#include "catalog.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sd {

namespace {

const std::optional<QString> &otherValue(const MergeConflict &c)
{
    return c.kept == QLatin1String("theirs") ? c.ours : c.theirs;
}

/// "[x, y]" as the merge writes points and sizes.
std::optional<QPointF> pair(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\[\\s*(-?[0-9.eE+-]+)\\s*,\\s*(-?[0-9.eE+-]+)\\s*\\]$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return QPointF(m.captured(1).toDouble(), m.captured(2).toDouble());
}

bool isBoxField(const QString &field)
{
    return field == QLatin1String("name") || field == QLatin1String("position") || field == QLatin1String("size")
           || field.startsWith(QLatin1String("properties."));
}

} // namespace

bool canTakeOtherValue(const MergeConflict &c)
{
    if (!otherValue(c))
        return false;
    if (c.type == QLatin1String("component"))
        return isBoxField(c.field) || c.field == QLatin1String("zone");
    if (c.type == QLatin1String("zone"))
        return isBoxField(c.field);
    if (c.type == QLatin1String("connection"))
        return c.field == QLatin1String("protocol") || c.field == QLatin1String("port") || c.field == QLatin1String("label");
    return false;
}

std::optional<Design> resolveConflict(const Design &design, const Catalog &catalog, size_t index, bool takeOther, QString *error)
{
    if (index >= design.conflicts.size()) {
        *error = QCoreApplication::translate("ConflictResolution", "no such conflict");
        return std::nullopt;
    }
    Design d = design;
    const MergeConflict c = d.conflicts[index];
    d.conflicts.erase(d.conflicts.begin() + qsizetype(index));
    if (!takeOther)
        return d;
    if (!canTakeOtherValue(c)) {
        *error = QCoreApplication::translate("ConflictResolution", "%1 %2: the other value cannot be put back here; keep the merged one and edit it")
                     .arg(c.item, c.field);
        return std::nullopt;
    }
    const QString value = *otherValue(c);
    const auto gone = [&] {
        *error = QCoreApplication::translate("ConflictResolution", "%1 is no longer in the design").arg(c.item);
        return std::nullopt;
    };
    if (c.type == QLatin1String("connection")) {
        Connection *conn = d.mutableConnection(c.item);
        if (!conn)
            return gone();
        if (c.field == QLatin1String("port")) {
            bool ok = false;
            const int port = value.toInt(&ok);
            if (!ok || port < 0 || port > 65535) {
                *error = QCoreApplication::translate("ConflictResolution", "%1: '%2' is not a port").arg(c.item, value);
                return std::nullopt;
            }
            conn->port = port;
        } else if (c.field == QLatin1String("protocol")) {
            conn->protocol = value;
        } else {
            conn->label = value;
        }
        return d;
    }
    Component *component = c.type == QLatin1String("component") ? d.mutableComponent(c.item) : nullptr;
    Zone *zone = c.type == QLatin1String("zone") ? d.mutableZone(c.item) : nullptr;
    if (!component && !zone)
        return gone();
    const QString kind = component ? component->kind : zone->kind;
    if (c.field == QLatin1String("name")) {
        (component ? component->name : zone->name) = value;
    } else if (c.field == QLatin1String("position") || c.field == QLatin1String("size")) {
        const auto p = pair(value);
        if (!p) {
            *error = QCoreApplication::translate("ConflictResolution", "%1 %2: '%3' is not a pair of numbers").arg(c.item, c.field, value);
            return std::nullopt;
        }
        if (c.field == QLatin1String("position"))
            (component ? component->position : zone->position) = *p;
        else
            (component ? component->size : zone->size) = QSizeF(p->x(), p->y());
    } else if (c.field == QLatin1String("zone")) {
        if (!d.setParentZone(c.item, value)) {
            *error = QCoreApplication::translate("ConflictResolution", "%1 cannot move into %2").arg(c.item, value);
            return std::nullopt;
        }
    } else {
        const QString key = c.field.mid(QStringLiteral("properties.").size());
        const KindSpec *spec = catalog.kind(kind);
        const PropertySpec *property = spec ? spec->property(key) : nullptr;
        QVariant typed = value;
        if (property) {
            // The merge wrote the value as text (DiffText::value): read it back as the property's type.
            QVariant raw = value;
            if (property->type == PropertyType::Int || property->type == PropertyType::Float) {
                bool ok = false;
                const double number = value.toDouble(&ok);
                raw = ok ? QVariant(number) : QVariant(value);
            } else if (property->type == PropertyType::Bool && (value == QLatin1String("true") || value == QLatin1String("false"))) {
                raw = value == QLatin1String("true");
            }
            QString why;
            typed = property->coerce(raw, &why);
            if (!typed.isValid()) {
                *error = QCoreApplication::translate("ConflictResolution", "%1 %2: %3").arg(c.item, key, why);
                return std::nullopt;
            }
        }
        (component ? component->properties : zone->properties).insert(key, typed);
    }
    return d;
}

} // namespace sd
