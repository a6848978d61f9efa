// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QSet>
#include <QPointF>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include "design.h"

#include <functional>
#include <optional>
#include <vector>

namespace sd {

class Catalog;

/// A route's corners from the caller's card to the callee's (QPolygonF is QtGui; the model is QtCore).
using RoutePoints = QList<QPointF>;
/// The smallest rectangle holding every point.
QRectF routeBounds(const RoutePoints &route);

/**
 * Rectangles by key in a bucket grid, for "what lies in this area" queries that stay cheap
 * on designs of thousands of cards. Keys are model ids (unique among components and zones).
 */
class RectIndex
{
public:
    explicit RectIndex(qreal cellSize = 400) : m_cell(cellSize) {}

    /// Inserts or moves the rectangle of `key`.
    void set(const QString &key, const QRectF &rect);
    void remove(const QString &key);
    void clear();
    std::optional<QRectF> rect(const QString &key) const;
    /// Rectangles intersecting `area` (each once).
    std::vector<QRectF> query(const QRectF &area) const;

private:
    struct Entry {
        QString key;
        QRectF rect;
    };
    void forCells(const QRectF &rect, const std::function<void(quint64)> &f) const;

    qreal m_cell;
    std::vector<Entry> m_entries;
    std::vector<int> m_free;
    QHash<QString, int> m_slot;
    QHash<quint64, std::vector<int>> m_buckets;
};

/// What one route connects: two cards (by their obstacle keys) and the user's waypoints.
struct RouteEnds {
    QRectF from;
    QRectF to;
    std::vector<QPointF> waypoints; ///< scene coordinates, passed in order
};

struct RouteSettings {
    qreal clearance = 14;       ///< how far a route keeps from cards
    qreal headerClearance = 10; ///< ... and from zone title bars
    qreal bendPenalty = 60;     ///< a bend costs as much as this much length
    /// Crossing a zone's title bar costs this much length: routes go around title bars
    /// unless the way around is far longer (a wide zone with the callee deep inside).
    qreal headerCrossingPenalty = 1200;
};

/**
 * An orthogonal route from one card to another that goes around `cards` and `headers`
 * (zone title bars), through every waypoint in order. It leaves and enters a card at the
 * middle of the side that suits the route best, perpendicular to it. A* over a sparse grid
 * of the obstacles' edges (plus clearance) near the ends, with a penalty per bend. When no
 * route exists (ends buried in other cards), the result is a plain right-angled line.
 * The end cards may be in `cards`: a route never runs through its own cards either.
 */
RoutePoints routeOrthogonal(const RectIndex &cards, const RectIndex &headers, const RouteEnds &ends,
                          const RouteSettings &settings = {});

/// The straight line from card edge to card edge through the waypoints.
RoutePoints routeStraight(const RouteEnds &ends);

/**
 * Moves apart orthogonal routes that run on top of one another (the same channel, the same
 * stretch, or the same port): each shared stretch gets its lines side by side, at most
 * `maxShift` from where they were so they never move onto a card. Curved and straight routes
 * are left alone (pass only orthogonal ones).
 */
void separateParallel(std::vector<RoutePoints *> &routes, qreal spacing = 8, qreal maxShift = 10);

/// Drops repeated points and points in the middle of straight runs.
RoutePoints simplifiedRoute(const RoutePoints &route);

/// Whether the polyline runs through the inside of `rect` (touching its border is not crossing).
bool routeCrosses(const RoutePoints &route, const QRectF &rect);

/// A routed connection: its path and where its label sits.
struct RoutedConnection {
    RoutePoints points;
    ConnectionStyle style = ConnectionStyle::Orthogonal;
    QRectF labelRect; ///< null without a label
};

/**
 * Routes of a whole design, kept up to date as cards move: the canvas and the diagram
 * exports both draw what this computes. Cards, zone title bars and connections are fed in
 * by id; update() re-routes only what changed (connections of moved cards, and those whose
 * path a moved card now blocks), separates parallel lines and places the labels of the
 * connections that moved along their route, clear of cards and of other labels.
 */
class ConnectionRouter
{
public:
    explicit ConnectionRouter(RouteSettings settings = {}) : m_settings(settings) {}

    void setCard(const QString &id, const QRectF &rect);
    void removeCard(const QString &id);
    void setHeader(const QString &zoneId, const QRectF &rect);
    void removeHeader(const QString &zoneId);
    /// Adds or changes a connection; `labelSize` empty = no label.
    void setConnection(const QString &id, const QString &from, const QString &to, const std::vector<QPointF> &waypoints,
                       ConnectionStyle style, QSizeF labelSize);
    void removeConnection(const QString &id);
    /// Draws every connection in `style` (the CLI's --style), or each in its own (nullopt).
    void setStyleOverride(std::optional<ConnectionStyle> style);

    /// Brings the routes up to date; returns the connections whose path or label changed.
    QStringList update();
    /// Null for an unknown connection or one whose cards are not known.
    const RoutedConnection *route(const QString &id) const;

    const RouteSettings &settings() const { return m_settings; }

private:
    struct Entry {
        QString from, to;
        std::vector<QPointF> waypoints;
        ConnectionStyle style = ConnectionStyle::Orthogonal;
        QSizeF labelSize;
        RoutePoints raw; ///< before parallel lines are moved apart
        std::vector<qreal> coordinates; ///< where each run of `raw` is drawn after separation
        std::vector<quint64> channels;  ///< the channels its runs occupy
        RoutedConnection routed;
        bool valid = false;
        bool labelStale = true; ///< the label's size changed: place it again
    };
    ConnectionStyle styleOf(const Entry &e) const { return m_styleOverride.value_or(e.style); }
    void reroute(Entry &entry);
    bool separable(const Entry &entry) const;
    void leaveChannels(const QString &id, Entry &entry);
    void placeLabel(const QString &id, Entry &entry);

    RouteSettings m_settings;
    RectIndex m_cards;
    RectIndex m_headers;
    RectIndex m_labels;
    QHash<QString, Entry> m_connections;
    QHash<QString, QStringList> m_byCard;
    QHash<quint64, QSet<QString>> m_channelMembers; ///< which connections run in each channel
    QSet<quint64> m_affected;                       ///< channels to separate again
    QStringList m_dirty;          ///< connections to re-route
    std::vector<QRectF> m_changed; ///< old and new places of moved obstacles
    std::optional<ConnectionStyle> m_styleOverride;
};

/// Height of a zone's title bar, which routes go around.
constexpr qreal kRouteZoneTitleHeight = 28;

/// Feeds every card, zone title bar and connection of a design (sizes from the catalog) to a
/// router, with no label sizes; what the tests and the benchmark route.
void loadDesignIntoRouter(ConnectionRouter &router, const Design &design, const Catalog &catalog);

} // namespace sd
