// SPDX-License-Identifier: MIT
#include "design.h"

#include <QRegularExpression>

#include <algorithm>

namespace sd {
namespace {

const QString &keyOf(const Zone &z) { return z.id; }
const QString &keyOf(const Component &c) { return c.id; }
const QString &keyOf(const Connection &c) { return c.id; }
const QString &keyOf(const Answer &a) { return a.question; }
const QString &keyOf(const AcceptedFinding &a) { return a.finding; }
const QString &keyOf(const Note &n) { return n.id; }

template<typename T>
auto lowerBound(const std::vector<T> &list, const QString &id)
{
    return std::lower_bound(list.begin(), list.end(), id,
                            [](const T &item, const QString &key) { return keyOf(item) < key; });
}

template<typename T>
const T *findIn(const std::vector<T> &list, const QString &id)
{
    auto it = lowerBound(list, id);
    return (it != list.end() && keyOf(*it) == id) ? &*it : nullptr;
}

template<typename T>
bool insertSorted(std::vector<T> &list, const T &item)
{
    auto it = lowerBound(list, keyOf(item));
    if (it != list.end() && keyOf(*it) == keyOf(item))
        return false;
    list.insert(list.begin() + (it - list.cbegin()), item);
    return true;
}

template<typename T>
bool eraseSorted(std::vector<T> &list, const QString &id)
{
    auto it = lowerBound(list, id);
    if (it == list.end() || keyOf(*it) != id)
        return false;
    list.erase(list.begin() + (it - list.cbegin()));
    return true;
}

template<typename T>
void sortById(std::vector<T> &list)
{
    std::sort(list.begin(), list.end(),
              [](const T &a, const T &b) { return keyOf(a) < keyOf(b); });
}

} // namespace

QString connectionStyleName(ConnectionStyle style)
{
    switch (style) {
    case ConnectionStyle::Orthogonal: return QStringLiteral("orthogonal");
    case ConnectionStyle::Straight: return QStringLiteral("straight");
    case ConnectionStyle::Curved: return QStringLiteral("curved");
    }
    return {};
}

std::optional<ConnectionStyle> connectionStyleFromName(const QString &name)
{
    for (ConnectionStyle s : {ConnectionStyle::Orthogonal, ConnectionStyle::Straight, ConnectionStyle::Curved})
        if (name == connectionStyleName(s))
            return s;
    return std::nullopt;
}

QString noteColourName(NoteColour colour)
{
    switch (colour) {
    case NoteColour::Yellow: return QStringLiteral("yellow");
    case NoteColour::Blue: return QStringLiteral("blue");
    case NoteColour::Green: return QStringLiteral("green");
    case NoteColour::Pink: return QStringLiteral("pink");
    case NoteColour::Grey: return QStringLiteral("grey");
    }
    return {};
}

const std::vector<NoteColour> &noteColours()
{
    static const std::vector<NoteColour> all{NoteColour::Yellow, NoteColour::Blue, NoteColour::Green,
                                             NoteColour::Pink, NoteColour::Grey};
    return all;
}

std::optional<NoteColour> noteColourFromName(const QString &name)
{
    for (NoteColour c : noteColours())
        if (name == noteColourName(c))
            return c;
    return std::nullopt;
}

bool isValidId(const QString &id)
{
    // Anchored with \\A and \\z: "$" would also match before a trailing newline and let "api\\n" in.
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}")));
    return pattern.match(id).hasMatch();
}

const Zone *Design::zone(const QString &id) const { return findIn(m_zones, id); }
const Component *Design::component(const QString &id) const { return findIn(m_components, id); }
const Connection *Design::connection(const QString &id) const { return findIn(m_connections, id); }
const Answer *Design::answer(const QString &questionId) const { return findIn(m_answers, questionId); }
const AcceptedFinding *Design::acceptedFinding(const QString &findingId) const
{
    return findIn(m_accepted, findingId);
}
const Note *Design::note(const QString &id) const { return findIn(m_notes, id); }
Note *Design::mutableNote(const QString &id) { return const_cast<Note *>(note(id)); }

Zone *Design::mutableZone(const QString &id) { return const_cast<Zone *>(zone(id)); }
Component *Design::mutableComponent(const QString &id) { return const_cast<Component *>(component(id)); }
Connection *Design::mutableConnection(const QString &id)
{
    return const_cast<Connection *>(connection(id));
}

bool Design::hasItem(const QString &id) const { return zone(id) || component(id); }

bool Design::addZone(const Zone &z)
{
    if (!isValidId(z.id) || hasItem(z.id) || connection(z.id) || note(z.id))
        return false;
    if (!z.parent.isEmpty() && !zone(z.parent))
        return false;
    return insertSorted(m_zones, z);
}

bool Design::addComponent(const Component &c)
{
    if (!isValidId(c.id) || hasItem(c.id) || connection(c.id) || note(c.id))
        return false;
    if (!c.zone.isEmpty() && !zone(c.zone))
        return false;
    return insertSorted(m_components, c);
}

bool Design::addConnection(const Connection &c)
{
    if (!isValidId(c.id) || hasItem(c.id) || connection(c.id) || note(c.id))
        return false;
    if (!connectionProblem(c.from, c.to).isEmpty())
        return false;
    return insertSorted(m_connections, c);
}

bool Design::removeZone(const QString &id)
{
    if (!childZones(id).empty() || !memberComponents(id).empty() || !zoneNotes(id).empty())
        return false;
    return eraseSorted(m_zones, id);
}

bool Design::addNote(const Note &n)
{
    if (!isValidId(n.id) || hasItem(n.id) || connection(n.id) || note(n.id))
        return false;
    if (!n.zone.isEmpty() && !zone(n.zone))
        return false;
    return insertSorted(m_notes, n);
}

bool Design::removeNote(const QString &id) { return eraseSorted(m_notes, id); }

std::vector<QString> Design::zoneNotes(const QString &zoneId) const
{
    std::vector<QString> result;
    for (const Note &n : m_notes)
        if (n.zone == zoneId)
            result.push_back(n.id);
    return result;
}

bool Design::removeComponent(const QString &id)
{
    if (!connectionsOf(id).empty())
        return false;
    return eraseSorted(m_components, id);
}

bool Design::removeConnection(const QString &id) { return eraseSorted(m_connections, id); }

bool Design::isInsideZone(const QString &zoneId, const QString &ancestorId) const
{
    QString current = zoneId;
    // The depth bound guards against a cycle that should never exist.
    for (size_t steps = 0; !current.isEmpty() && steps <= m_zones.size(); ++steps) {
        if (current == ancestorId)
            return true;
        const Zone *z = zone(current);
        if (!z)
            return false;
        current = z->parent;
    }
    return false;
}

int Design::zoneDepth(const QString &zoneId) const
{
    int depth = 0;
    QString current = zoneId;
    while (!current.isEmpty() && depth <= int(m_zones.size())) {
        const Zone *z = zone(current);
        if (!z)
            break;
        ++depth;
        current = z->parent;
    }
    return depth;
}

bool Design::setParentZone(const QString &itemId, const QString &zoneId)
{
    if (!zoneId.isEmpty() && !zone(zoneId))
        return false;
    if (Component *c = mutableComponent(itemId)) {
        c->zone = zoneId;
        return true;
    }
    if (Zone *z = mutableZone(itemId)) {
        if (!zoneId.isEmpty() && isInsideZone(zoneId, itemId))
            return false; // would make a cycle
        z->parent = zoneId;
        return true;
    }
    if (Note *n = mutableNote(itemId)) {
        n->zone = zoneId;
        return true;
    }
    return false;
}

std::vector<QString> Design::childZones(const QString &zoneId) const
{
    std::vector<QString> result;
    for (const Zone &z : m_zones)
        if (z.parent == zoneId)
            result.push_back(z.id);
    return result;
}

std::vector<QString> Design::memberComponents(const QString &zoneId) const
{
    std::vector<QString> result;
    for (const Component &c : m_components)
        if (c.zone == zoneId)
            result.push_back(c.id);
    return result;
}

std::vector<QString> Design::connectionsOf(const QString &componentId) const
{
    std::vector<QString> result;
    for (const Connection &c : m_connections)
        if (c.from == componentId || c.to == componentId)
            result.push_back(c.id);
    return result;
}

QString Design::connectionProblem(const QString &from, const QString &to,
                                  const QString &ignoreConnectionId) const
{
    if (!component(from))
        return tr("the start '%1' is not a component").arg(from);
    if (!component(to))
        return tr("the end '%1' is not a component").arg(to);
    if (from == to)
        return tr("a component cannot depend on itself");
    for (const Connection &c : m_connections)
        if (c.id != ignoreConnectionId && c.from == from && c.to == to)
            return tr("'%1' already connects %2 to %3").arg(c.id, from, to);
    return {};
}

void Design::setAnswer(const Answer &a)
{
    auto it = lowerBound(m_answers, a.question);
    if (it != m_answers.end() && it->question == a.question)
        m_answers[it - m_answers.cbegin()] = a;
    else
        insertSorted(m_answers, a);
}

bool Design::removeAnswer(const QString &questionId) { return eraseSorted(m_answers, questionId); }

void Design::setAcceptedFinding(const AcceptedFinding &a)
{
    auto it = lowerBound(m_accepted, a.finding);
    if (it != m_accepted.end() && it->finding == a.finding)
        m_accepted[it - m_accepted.cbegin()] = a;
    else
        insertSorted(m_accepted, a);
}

bool Design::removeAcceptedFinding(const QString &findingId)
{
    return eraseSorted(m_accepted, findingId);
}

QString Design::slugify(const QString &name)
{
    QString slug;
    slug.reserve(name.size());
    bool dash = false;
    for (QChar ch : name.normalized(QString::NormalizationForm_KD)) {
        if (ch.unicode() < 128 && ch.isLetterOrNumber()) {
            if (dash && !slug.isEmpty())
                slug += QLatin1Char('-');
            slug += ch.toLower();
            dash = false;
        } else if (ch.category() != QChar::Mark_NonSpacing) {
            dash = true;
        }
    }
    slug.truncate(100);
    return slug.isEmpty() ? QStringLiteral("item") : slug;
}

QString Design::uniqueId(const QString &base) const
{
    const QString stem = isValidId(base) ? base.left(100) : slugify(base);
    auto taken = [this](const QString &id) { return hasItem(id) || connection(id) || note(id); };
    if (!taken(stem))
        return stem;
    for (int n = 2;; ++n) {
        const QString candidate = stem + QLatin1Char('-') + QString::number(n);
        if (!taken(candidate))
            return candidate;
    }
}

QPointF Design::scenePosition(const QString &itemId) const
{
    QPointF pos;
    QString parent;
    if (const Component *c = component(itemId)) {
        pos = c->position;
        parent = c->zone;
    } else if (const Zone *z = zone(itemId)) {
        pos = z->position;
        parent = z->parent;
    } else if (const Note *n = note(itemId)) {
        pos = n->position;
        parent = n->zone;
    }
    for (size_t steps = 0; !parent.isEmpty() && steps <= m_zones.size(); ++steps) {
        const Zone *z = zone(parent);
        if (!z)
            break;
        pos += z->position;
        parent = z->parent;
    }
    return pos;
}

void Design::assign(std::vector<Zone> zones, std::vector<Component> components,
                    std::vector<Connection> connections, std::vector<Answer> answers,
                    std::vector<AcceptedFinding> accepted)
{
    sortById(zones);
    sortById(components);
    sortById(connections);
    sortById(answers);
    sortById(accepted);
    m_zones = std::move(zones);
    m_components = std::move(components);
    m_connections = std::move(connections);
    m_answers = std::move(answers);
    m_accepted = std::move(accepted);
}

void Design::assignNotes(std::vector<Note> notes)
{
    sortById(notes);
    m_notes = std::move(notes);
}

bool Design::operator==(const Design &o) const
{
    return name == o.name && description == o.description && metadata == o.metadata
           && m_zones == o.m_zones && m_components == o.m_components
           && m_connections == o.m_connections && m_answers == o.m_answers
           && m_accepted == o.m_accepted && m_notes == o.m_notes && conflicts == o.conflicts;
}

} // namespace sd
