// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QPointF>
#include <QSizeF>
#include <QString>
#include <QVariant>
#include <QVariantMap>

#include <map>
#include <optional>
#include <vector>

namespace sd {

/// Property values by key. Only values set explicitly are stored; the catalog gives the defaults.
using PropertyMap = QVariantMap;

/// A box on the canvas that stands for one running thing (a service, a database...).
struct Component {
    QString id;          ///< stable, unique among components and zones
    QString kind;        ///< catalog kind id
    QString name;
    QString zone;        ///< id of the enclosing zone, empty at top level
    QPointF position;    ///< top-left, relative to the enclosing zone's top-left
    QSizeF size;         ///< empty = the kind's default size
    bool pinned = false; ///< auto-layout leaves pinned components where they are
    PropertyMap properties;
    int zOrder = 0; ///< stacking among sibling components: higher is drawn above (Bring to Front)

    bool operator==(const Component &) const = default;
};

enum class ConnectionMode { Sync, Async };

/// How a connection is drawn: routed around cards with right angles (the default), a
/// straight line, or the routed path smoothed into curves (model/routing.h).
enum class ConnectionStyle { Orthogonal, Straight, Curved };

/// "orthogonal", "straight", "curved": the names the file and the CLI use.
QString connectionStyleName(ConnectionStyle style);
std::optional<ConnectionStyle> connectionStyleFromName(const QString &name);

/// A dependency: `from` calls `to`.
struct Connection {
    QString id;
    QString from;
    QString to;
    QString protocol;
    int port = 0; ///< 0 = not given
    ConnectionMode mode = ConnectionMode::Sync;
    QString label;
    /// Calls one request of the caller makes over this connection (sizing); unset = the
    /// catalog's default (traits.yaml, trait "connection").
    std::optional<double> callsPerRequest;
    /// Points the user dragged the route through, in scene coordinates, in order. Default
    /// member initialisers on these two keep aggregate initialisation of the fields above
    /// (tests, benchmarks) free of missing-initialiser warnings.
    std::vector<QPointF> waypoints = {};
    ConnectionStyle style = ConnectionStyle::Orthogonal;

    bool operator==(const Connection &) const = default;
};

/// A container: cloud provider, region, availability zone, network, subnet, datacenter, cluster.
struct Zone {
    QString id;
    QString kind;
    QString name;
    QString parent; ///< enclosing zone, empty at top level
    QPointF position;
    QSizeF size;
    PropertyMap properties;
    int zOrder = 0; ///< stacking among sibling zones: higher is drawn above (Bring to Front)

    bool operator==(const Zone &) const = default;
};

/// The colours a note can have: a small fixed set, so that every note reads on light and dark
/// canvases alike (the diagram renderer owns the shades, diagram/notepainter.cpp).
enum class NoteColour { Yellow, Blue, Green, Pink, Grey };

/// "yellow", "blue", "green", "pink", "grey": the names the file uses, in menu order.
QString noteColourName(NoteColour colour);
std::optional<NoteColour> noteColourFromName(const QString &name);
/// Every colour, in menu order (the first is the default).
const std::vector<NoteColour> &noteColours();

/**
 * A text note on the canvas: a comment for people, not part of the architecture (validation,
 * sizing and every infrastructure export ignore notes). Its id shares the id space of zones,
 * components and connections, so the canvas and the undo commands can address it like them.
 */
struct Note {
    QString id;
    QString text;        ///< plain text; line breaks are kept
    QString zone;        ///< id of the enclosing zone, empty at top level
    QPointF position;    ///< top-left, relative to the enclosing zone's top-left
    QSizeF size;         ///< empty = kDefaultNoteSize; the note grows taller when its text needs it
    NoteColour colour = NoteColour::Yellow;

    bool operator==(const Note &) const = default;
};

/// The size of a note whose file gives none (and of a new one).
inline constexpr QSizeF kDefaultNoteSize(200, 120);
/// A note holds at most this many characters (a page of text; more is a document, not a note).
inline constexpr int kMaxNoteTextLength = 10000;

/// A questionnaire answer; value is a number, string, bool or a two-element range (QVariantList).
struct Answer {
    QString question;
    QVariant value;
    QString note;

    bool operator==(const Answer &) const = default;
};

/// A validation finding the team decided to live with, and why.
struct AcceptedFinding {
    QString finding;
    QString justification;
    QString acceptedBy;
    QString acceptedOn;

    bool operator==(const AcceptedFinding &) const = default;
};

/**
 * A difference `stackdraft-cli merge` could not decide: both sides changed the same field to
 * different values, or one side deleted what the other changed. The merged file holds one of the
 * values (`kept`) and lists the conflict under `conflicts:` until someone resolves it; it never
 * holds textual conflict markers.
 */
struct MergeConflict {
    QString type;  ///< "design", "zone", "component", "connection", "answer", "acceptedFinding", "note"
    QString item;  ///< id (question, finding id) of the item; empty for the design itself
    QString field; ///< "properties.replicas", "position"...; empty when the item as a whole is in conflict
    /// The values as text; unset when the field (or the item) does not exist on that side.
    std::optional<QString> base;
    std::optional<QString> ours;
    std::optional<QString> theirs;
    QString kept;  ///< "ours" or "theirs": which value the merged design holds
    QString note;  ///< why it is a conflict, for people

    bool operator==(const MergeConflict &) const = default;
};

/**
 * The whole design: a plain value with no signals. Lists are kept sorted by id
 * (the order they are saved in), with an index for lookups by id.
 *
 * The mutators keep the design consistent (unique ids, no dangling references) and
 * are what the undo commands call; they never check the catalog.
 */
class Design
{
    Q_DECLARE_TR_FUNCTIONS(Design)

public:
    QString name;
    QString description;
    std::map<QString, QString> metadata;
    /// Unresolved merge conflicts (empty in a design nobody merged).
    std::vector<MergeConflict> conflicts;

    const std::vector<Zone> &zones() const { return m_zones; }
    const std::vector<Component> &components() const { return m_components; }
    const std::vector<Connection> &connections() const { return m_connections; }
    const std::vector<Answer> &answers() const { return m_answers; }
    const std::vector<AcceptedFinding> &acceptedFindings() const { return m_accepted; }
    const std::vector<Note> &notes() const { return m_notes; }

    const Zone *zone(const QString &id) const;
    const Component *component(const QString &id) const;
    const Connection *connection(const QString &id) const;
    const Answer *answer(const QString &questionId) const;
    const AcceptedFinding *acceptedFinding(const QString &findingId) const;
    const Note *note(const QString &id) const;
    /// True when a zone or component has this id.
    bool hasItem(const QString &id) const;

    // --- edits: each returns false (and changes nothing) when it would break consistency
    bool addZone(const Zone &zone);
    bool addComponent(const Component &component);
    bool addConnection(const Connection &connection);
    /// Adds a note with an unused id, in an existing zone or at the top level.
    bool addNote(const Note &note);
    bool removeNote(const QString &id);
    Note *mutableNote(const QString &id);
    /// Notes directly inside a zone.
    std::vector<QString> zoneNotes(const QString &zoneId) const;
    /// Removes a zone that has no members (components, child zones or notes).
    bool removeZone(const QString &id);
    /// Removes a component that no connection refers to.
    bool removeComponent(const QString &id);
    bool removeConnection(const QString &id);

    Zone *mutableZone(const QString &id);
    Component *mutableComponent(const QString &id);
    Connection *mutableConnection(const QString &id);

    /// Moves a component, zone or note into another zone (empty = top level). Refuses cycles.
    bool setParentZone(const QString &itemId, const QString &zoneId);
    /// Whether `zoneId` is `ancestorId` or lies inside it.
    bool isInsideZone(const QString &zoneId, const QString &ancestorId) const;
    /// Depth of a zone: 1 for a top-level zone.
    int zoneDepth(const QString &zoneId) const;
    /// Zones and components directly inside a zone.
    std::vector<QString> childZones(const QString &zoneId) const;
    std::vector<QString> memberComponents(const QString &zoneId) const;
    /// Connections that start or end at a component.
    std::vector<QString> connectionsOf(const QString &componentId) const;

    /// Why a connection cannot be added ("" when it can): self-loop, missing end, duplicate.
    QString connectionProblem(const QString &from, const QString &to,
                              const QString &ignoreConnectionId = {}) const;

    void setAnswer(const Answer &answer);
    bool removeAnswer(const QString &questionId);
    void setAcceptedFinding(const AcceptedFinding &accepted);
    bool removeAcceptedFinding(const QString &findingId);

    /// An id not used by any component, zone, connection or note, derived from `base`.
    QString uniqueId(const QString &base) const;
    /// Turns a name into an id-shaped string ("Orders DB" -> "orders-db").
    static QString slugify(const QString &name);

    /// Absolute scene position of a zone, component or note (positions are stored relative to the parent).
    QPointF scenePosition(const QString &itemId) const;

    /// Installs whole lists at once (the file reader, after it has checked them):
    /// sorts them by id; ids must be unique and references valid.
    void assign(std::vector<Zone> zones, std::vector<Component> components,
                std::vector<Connection> connections, std::vector<Answer> answers,
                std::vector<AcceptedFinding> accepted);
    /// Installs the notes at once (the file reader, after it has checked them): sorts them by id.
    void assignNotes(std::vector<Note> notes);

    bool operator==(const Design &other) const;

private:
    template<typename T>
    static typename std::vector<T>::iterator findSorted(std::vector<T> &list, const QString &id);

    std::vector<Zone> m_zones;
    std::vector<Component> m_components;
    std::vector<Connection> m_connections;
    std::vector<Answer> m_answers;
    std::vector<AcceptedFinding> m_accepted;
    std::vector<Note> m_notes;
};

bool isValidId(const QString &id);

} // namespace sd
