// SPDX-License-Identifier: MIT
#include "routing.h"

#include "catalog.h"
#include "design.h"

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

namespace sd {

// --- RectIndex --------------------------------------------------------------------

void RectIndex::forCells(const QRectF &rect, const std::function<void(quint64)> &f) const
{
    const qint64 x0 = qint64(std::floor(rect.left() / m_cell)), x1 = qint64(std::floor(rect.right() / m_cell));
    const qint64 y0 = qint64(std::floor(rect.top() / m_cell)), y1 = qint64(std::floor(rect.bottom() / m_cell));
    for (qint64 x = x0; x <= x1; ++x)
        for (qint64 y = y0; y <= y1; ++y)
            f((quint64(quint32(qint32(x))) << 32) | quint32(qint32(y)));
}

void RectIndex::set(const QString &key, const QRectF &rect)
{
    remove(key);
    int slot;
    if (!m_free.empty()) {
        slot = m_free.back();
        m_free.pop_back();
        m_entries[size_t(slot)] = {key, rect};
    } else {
        slot = int(m_entries.size());
        m_entries.push_back({key, rect});
    }
    m_slot.insert(key, slot);
    forCells(rect, [&](quint64 cell) { m_buckets[cell].push_back(slot); });
}

void RectIndex::remove(const QString &key)
{
    const auto it = m_slot.find(key);
    if (it == m_slot.end())
        return;
    const int slot = it.value();
    m_slot.erase(it);
    forCells(m_entries[size_t(slot)].rect, [&](quint64 cell) {
        auto bucket = m_buckets.find(cell);
        if (bucket == m_buckets.end())
            return;
        std::vector<int> &list = bucket.value();
        list.erase(std::remove(list.begin(), list.end(), slot), list.end());
        if (list.empty())
            m_buckets.erase(bucket);
    });
    m_entries[size_t(slot)] = {};
    m_free.push_back(slot);
}

void RectIndex::clear()
{
    m_entries.clear();
    m_free.clear();
    m_slot.clear();
    m_buckets.clear();
}

std::optional<QRectF> RectIndex::rect(const QString &key) const
{
    const auto it = m_slot.constFind(key);
    if (it == m_slot.constEnd())
        return std::nullopt;
    return m_entries[size_t(it.value())].rect;
}

std::vector<QRectF> RectIndex::query(const QRectF &area) const
{
    std::vector<int> slots;
    forCells(area, [&](quint64 cell) {
        const auto bucket = m_buckets.constFind(cell);
        if (bucket == m_buckets.constEnd())
            return;
        for (int slot : bucket.value())
            if (m_entries[size_t(slot)].rect.intersects(area))
                slots.push_back(slot);
    });
    std::sort(slots.begin(), slots.end());
    slots.erase(std::unique(slots.begin(), slots.end()), slots.end());
    std::vector<QRectF> result;
    result.reserve(slots.size());
    for (int slot : slots)
        result.push_back(m_entries[size_t(slot)].rect);
    return result;
}

// --- geometry helpers ---------------------------------------------------------------

namespace {

constexpr qreal kInf = std::numeric_limits<qreal>::infinity();
/// Directions on the grid: right, down, left, up (y grows downwards, as on the canvas).
constexpr int kDx[4] = {1, 0, -1, 0};
constexpr int kDy[4] = {0, 1, 0, -1};
constexpr int kAnyDirection = -1;

/// One place a leg of a route may start or end: the point on the grid, the direction the
/// route must leave (start) or arrive in (end) there, and the point on the card beyond it.
struct Terminal {
    QPointF grid;
    int direction = kAnyDirection;
    std::optional<QPointF> port; ///< the card side's middle; none for a waypoint
};

/// The four side middles of a card, each with its stub end `clearance` outside the card.
std::vector<Terminal> cardTerminals(const QRectF &card, qreal clearance, bool arriving)
{
    const QPointF c = card.center();
    const QPointF ports[4] = {{card.right(), c.y()}, {c.x(), card.bottom()}, {card.left(), c.y()}, {c.x(), card.top()}};
    std::vector<Terminal> terminals;
    for (int d = 0; d < 4; ++d) {
        Terminal t;
        t.port = ports[d];
        t.grid = ports[d] + QPointF(kDx[d], kDy[d]) * clearance;
        // Leaving, the route goes outwards; arriving, it moves inwards (the opposite way).
        t.direction = arriving ? (d + 2) % 4 : d;
        terminals.push_back(t);
    }
    return terminals;
}

/// The part of the segment a-b strictly inside `rect`.
bool segmentCrossesInterior(QPointF a, QPointF b, const QRectF &rect)
{
    const QRectF inner = rect.adjusted(0.01, 0.01, -0.01, -0.01);
    if (inner.isEmpty())
        return false;
    // Liang-Barsky clip against the slightly shrunk rectangle.
    const qreal dx = b.x() - a.x(), dy = b.y() - a.y();
    const qreal p[4] = {-dx, dx, -dy, dy};
    const qreal q[4] = {a.x() - inner.left(), inner.right() - a.x(), a.y() - inner.top(), inner.bottom() - a.y()};
    qreal t0 = 0, t1 = 1;
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const qreal t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
    }
    return t0 < t1;
}

/// Where the line from the centre of `rect` towards `towards` leaves it.
QPointF edgePoint(const QRectF &rect, QPointF towards)
{
    const QPointF c = rect.center();
    const QPointF d = towards - c;
    if (d.isNull())
        return c;
    const qreal sx = d.x() != 0 ? (rect.width() / 2) / std::abs(d.x()) : kInf;
    const qreal sy = d.y() != 0 ? (rect.height() / 2) / std::abs(d.y()) : kInf;
    return c + d * std::min({sx, sy, 1.0});
}

void sortUnique(std::vector<qreal> &values)
{
    std::sort(values.begin(), values.end());
    std::vector<qreal> out;
    for (qreal v : values)
        if (out.empty() || v - out.back() > 0.5)
            out.push_back(v);
    values.swap(out);
}

/**
 * One leg of a route: A* on the sparse grid of the obstacles' edges around the ends.
 * States are (grid node, direction of travel) so that bends can cost extra.
 */
class LegSearch
{
public:
    LegSearch(const std::vector<QRectF> &blocked, const QRectF &area, const std::vector<Terminal> &starts,
              const std::vector<Terminal> &goals, qreal bendPenalty)
        : m_starts(starts), m_goals(goals), m_bend(bendPenalty)
    {
        m_xs = {area.left(), area.right()};
        m_ys = {area.top(), area.bottom()};
        for (const Terminal &t : starts) {
            m_xs.push_back(t.grid.x());
            m_ys.push_back(t.grid.y());
        }
        for (const Terminal &t : goals) {
            m_xs.push_back(t.grid.x());
            m_ys.push_back(t.grid.y());
        }
        for (const QRectF &r : blocked) {
            for (qreal x : {r.left(), r.right()})
                if (x > area.left() && x < area.right())
                    m_xs.push_back(x);
            for (qreal y : {r.top(), r.bottom()})
                if (y > area.top() && y < area.bottom())
                    m_ys.push_back(y);
        }
        addChannelMiddles(m_xs);
        addChannelMiddles(m_ys);
        m_nx = int(m_xs.size());
        m_ny = int(m_ys.size());
    }

    /// Too many grid nodes for an interactive search.
    bool tooLarge() const { return qint64(m_nx) * m_ny > 400'000; }

    /// The leg's points, from the first start's port (or grid point) to the goal's; empty when none.
    RoutePoints run(const std::vector<QRectF> &blocked)
    {
        markBlocked(blocked);
        const int states = m_nx * m_ny * 4;
        std::vector<qreal> cost(size_t(states), kInf);
        std::vector<int> parent(size_t(states), -1);
        struct Open {
            qreal f;
            qreal g;
            int state;
            int goal; ///< >= 0: a finished route into this goal
            bool operator>(const Open &o) const { return f > o.f; }
        };
        std::priority_queue<Open, std::vector<Open>, std::greater<Open>> open;
        std::vector<int> goalNode(m_goals.size());
        for (size_t i = 0; i < m_goals.size(); ++i)
            goalNode[i] = node(m_goals[i].grid);
        auto heuristic = [&](int n) {
            const QPointF p(m_xs[size_t(n % m_nx)], m_ys[size_t(n / m_nx)]);
            qreal best = kInf;
            for (const Terminal &g : m_goals)
                best = std::min(best, std::abs(g.grid.x() - p.x()) + std::abs(g.grid.y() - p.y()));
            return best;
        };
        std::vector<int> startOf(size_t(states), -1);
        for (size_t i = 0; i < m_starts.size(); ++i) {
            const int n = node(m_starts[i].grid);
            if (n < 0 || (m_starts[i].port && m_nodeBlocked[size_t(n)]))
                continue;
            for (int d = 0; d < 4; ++d) {
                if (m_starts[i].direction != kAnyDirection && d != m_starts[i].direction)
                    continue;
                const int s = n * 4 + d;
                cost[size_t(s)] = 0;
                startOf[size_t(s)] = int(i);
                open.push({heuristic(n), 0, s, -1});
            }
        }
        while (!open.empty()) {
            const Open top = open.top();
            open.pop();
            if (top.goal >= 0)
                return path(top.state, top.goal, parent, startOf);
            if (top.g > cost[size_t(top.state)])
                continue;
            const int n = top.state / 4, d = top.state % 4;
            for (size_t gi = 0; gi < m_goals.size(); ++gi) {
                if (goalNode[gi] != n)
                    continue;
                const int want = m_goals[gi].direction;
                const qreal extra = want == kAnyDirection || want == d ? 0 : (want == (d + 2) % 4 ? 2 * m_bend : m_bend);
                open.push({top.g + extra, top.g + extra, top.state, int(gi)});
            }
            const int i = n % m_nx, j = n / m_nx;
            for (int d2 = 0; d2 < 4; ++d2) {
                if (d2 == (d + 2) % 4)
                    continue; // no turning back on the spot
                const int i2 = i + kDx[d2], j2 = j + kDy[d2];
                if (i2 < 0 || j2 < 0 || i2 >= m_nx || j2 >= m_ny || edgeBlocked(i, j, d2))
                    continue;
                const int n2 = j2 * m_nx + i2;
                const qreal step = std::abs(m_xs[size_t(i2)] - m_xs[size_t(i)]) + std::abs(m_ys[size_t(j2)] - m_ys[size_t(j)]);
                const qreal g = top.g + step + (d2 == d ? 0 : m_bend);
                const int s2 = n2 * 4 + d2;
                if (g < cost[size_t(s2)]) {
                    cost[size_t(s2)] = g;
                    parent[size_t(s2)] = top.state;
                    open.push({g + heuristic(n2), g, s2, -1});
                }
            }
        }
        return {};
    }

private:
    static void addChannelMiddles(std::vector<qreal> &values)
    {
        // Lines down the middle of the gaps between cards: routes there look deliberate,
        // and the lines beside the cards stay free for the next connection.
        sortUnique(values);
        const size_t n = values.size();
        for (size_t i = 0; i + 1 < n; ++i)
            if (values[i + 1] - values[i] > 8)
                values.push_back((values[i] + values[i + 1]) / 2);
        sortUnique(values);
    }

    int index(const std::vector<qreal> &values, qreal v) const
    {
        const auto it = std::lower_bound(values.begin(), values.end(), v - 0.5);
        if (it == values.end() || std::abs(*it - v) > 0.5)
            return -1;
        return int(it - values.begin());
    }
    int node(QPointF p) const
    {
        const int i = index(m_xs, p.x()), j = index(m_ys, p.y());
        return i < 0 || j < 0 ? -1 : j * m_nx + i;
    }

    void markBlocked(const std::vector<QRectF> &blocked)
    {
        m_hBlocked.assign(size_t(m_nx * m_ny), false);
        m_vBlocked.assign(size_t(m_nx * m_ny), false);
        m_nodeBlocked.assign(size_t(m_nx * m_ny), false);
        for (const QRectF &r : blocked) {
            // Grid lines strictly inside the rectangle are blocked over its extent.
            const int i0 = int(std::upper_bound(m_xs.begin(), m_xs.end(), r.left() - 0.01) - m_xs.begin());
            const int i1 = int(std::upper_bound(m_xs.begin(), m_xs.end(), r.right() + 0.01) - m_xs.begin()); // exclusive
            const int j0 = int(std::upper_bound(m_ys.begin(), m_ys.end(), r.top() - 0.01) - m_ys.begin());
            const int j1 = int(std::upper_bound(m_ys.begin(), m_ys.end(), r.bottom() + 0.01) - m_ys.begin());
            for (int j = j0; j < j1; ++j) {
                const bool insideY = m_ys[size_t(j)] > r.top() + 0.01 && m_ys[size_t(j)] < r.bottom() - 0.01;
                for (int i = i0; i < i1; ++i) {
                    const bool insideX = m_xs[size_t(i)] > r.left() + 0.01 && m_xs[size_t(i)] < r.right() - 0.01;
                    const size_t n = size_t(j * m_nx + i);
                    // The edge to the right of (i, j) runs inside when both ends lie in the x range.
                    if (insideY && i + 1 < i1)
                        m_hBlocked[n] = true;
                    if (insideX && j + 1 < j1)
                        m_vBlocked[n] = true;
                    if (insideX && insideY)
                        m_nodeBlocked[n] = true;
                }
            }
        }
    }

    bool edgeBlocked(int i, int j, int d) const
    {
        switch (d) {
        case 0: return m_hBlocked[size_t(j * m_nx + i)];
        case 2: return m_hBlocked[size_t(j * m_nx + i - 1)];
        case 1: return m_vBlocked[size_t(j * m_nx + i)];
        default: return m_vBlocked[size_t((j - 1) * m_nx + i)];
        }
    }

    RoutePoints path(int state, int goal, const std::vector<int> &parent, const std::vector<int> &startOf) const
    {
        RoutePoints points;
        if (m_goals[size_t(goal)].port)
            points.prepend(*m_goals[size_t(goal)].port);
        int s = state;
        int last = s;
        while (s >= 0) {
            const int n = s / 4;
            points.prepend(QPointF(m_xs[size_t(n % m_nx)], m_ys[size_t(n / m_nx)]));
            last = s;
            s = parent[size_t(s)];
        }
        const int start = startOf[size_t(last)];
        if (start >= 0 && m_starts[size_t(start)].port)
            points.prepend(*m_starts[size_t(start)].port);
        return points;
    }

    std::vector<Terminal> m_starts, m_goals;
    qreal m_bend;
    std::vector<qreal> m_xs, m_ys;
    int m_nx = 0, m_ny = 0;
    std::vector<bool> m_hBlocked, m_vBlocked, m_nodeBlocked;
};

/// Obstacles near `area`, grown by their clearances.
std::vector<QRectF> obstaclesIn(const RectIndex &cards, const RectIndex &headers, const QRectF &area,
                                const RouteSettings &settings, bool withHeaders)
{
    std::vector<QRectF> result;
    const qreal c = settings.clearance, h = settings.headerClearance;
    for (const QRectF &r : cards.query(area.adjusted(-c, -c, c, c)))
        result.push_back(r.adjusted(-c, -c, c, c));
    if (withHeaders)
        for (const QRectF &r : headers.query(area.adjusted(-h, -h, h, h)))
            result.push_back(r.adjusted(-h, -h, h, h));
    return result;
}

/// A leg between terminals, searched in growing areas; empty when there is none.
RoutePoints routeLeg(const RectIndex &cards, const RectIndex &headers, const std::vector<Terminal> &starts,
                   const std::vector<Terminal> &goals, const RouteSettings &settings)
{
    QRectF ends;
    for (const auto *list : {&starts, &goals})
        for (const Terminal &t : *list)
            ends = ends.united(QRectF(t.grid, QSizeF(0.01, 0.01)));
    for (bool withHeaders : {true, false}) {
        for (qreal pad : {160.0, 640.0, 2400.0}) {
            const QRectF area = ends.adjusted(-pad, -pad, pad, pad);
            const std::vector<QRectF> blocked = obstaclesIn(cards, headers, area, settings, withHeaders);
            LegSearch search(blocked, area, starts, goals, settings.bendPenalty);
            if (search.tooLarge())
                break;
            RoutePoints leg = search.run(blocked);
            if (!leg.isEmpty())
                return leg;
        }
    }
    return {};
}

/// A right-angled line between facing sides, for ends no route reaches.
RoutePoints fallbackLeg(QPointF from, QPointF to)
{
    const qreal midX = (from.x() + to.x()) / 2;
    return RoutePoints{from, QPointF(midX, from.y()), QPointF(midX, to.y()), to};
}

} // namespace

// --- routes -------------------------------------------------------------------------

QRectF routeBounds(const RoutePoints &route)
{
    if (route.isEmpty())
        return {};
    qreal left = route[0].x(), right = left, top = route[0].y(), bottom = top;
    for (const QPointF &p : route) {
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    }
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

RoutePoints simplifiedRoute(const RoutePoints &route)
{
    RoutePoints out;
    for (const QPointF &p : route) {
        if (!out.isEmpty() && QLineF(out.last(), p).length() < 0.01)
            continue;
        if (out.size() >= 2) {
            const QPointF a = out[out.size() - 2], b = out.last();
            // Collinear axis-aligned runs merge (and so do straight continuations).
            const bool sameX = std::abs(a.x() - b.x()) < 0.01 && std::abs(b.x() - p.x()) < 0.01;
            const bool sameY = std::abs(a.y() - b.y()) < 0.01 && std::abs(b.y() - p.y()) < 0.01;
            if (sameX || sameY) {
                out.last() = p;
                continue;
            }
        }
        out.append(p);
    }
    return out;
}

bool routeCrosses(const RoutePoints &route, const QRectF &rect)
{
    for (int i = 0; i + 1 < route.size(); ++i)
        if (segmentCrossesInterior(route[i], route[i + 1], rect))
            return true;
    return false;
}

RoutePoints routeOrthogonal(const RectIndex &cards, const RectIndex &headers, const RouteEnds &ends,
                          const RouteSettings &settings)
{
    RoutePoints route;
    std::vector<Terminal> starts = cardTerminals(ends.from, settings.clearance, false);
    for (size_t k = 0; k <= ends.waypoints.size(); ++k) {
        const bool last = k == ends.waypoints.size();
        std::vector<Terminal> goals;
        if (last)
            goals = cardTerminals(ends.to, settings.clearance, true);
        else
            goals = {Terminal{ends.waypoints[k], kAnyDirection, std::nullopt}};
        RoutePoints leg = routeLeg(cards, headers, starts, goals, settings);
        if (leg.isEmpty()) {
            const QPointF a = starts.size() == 1 ? starts.front().grid : edgePoint(ends.from, goals.front().grid);
            const QPointF b = last ? edgePoint(ends.to, a) : goals.front().grid;
            leg = fallbackLeg(a, b);
        }
        if (!route.isEmpty())
            leg.removeFirst(); // the waypoint both legs share
        route += leg;
        if (!last)
            starts = {Terminal{ends.waypoints[k], kAnyDirection, std::nullopt}};
    }
    return simplifiedRoute(route);
}

RoutePoints routeStraight(const RouteEnds &ends)
{
    RoutePoints route;
    route << edgePoint(ends.from, ends.waypoints.empty() ? ends.to.center() : ends.waypoints.front());
    for (const QPointF &p : ends.waypoints)
        route << p;
    route << edgePoint(ends.to, ends.waypoints.empty() ? ends.from.center() : ends.waypoints.back());
    return route;
}

namespace {

/// One run of an orthogonal route, as the channel it occupies.
struct ChannelSegment {
    int route;
    int index;
    qreal c;     ///< y of a horizontal run, x of a vertical one
    qreal a, b;  ///< its extent along the other axis, a < b
    qreal order; ///< which way its route turns at both ends: lines turning the same way sit together
    quint64 channel;
};

bool isHorizontal(const RoutePoints &p, int i) { return std::abs(p[i].y() - p[i + 1].y()) < 0.01; }

/// The runs of a route that alternates horizontal and vertical runs; empty for any other route.
std::vector<ChannelSegment> channelSegments(const RoutePoints &p, int route)
{
    std::vector<ChannelSegment> segments;
    if (p.size() < 2)
        return segments;
    for (int i = 0; i + 1 < p.size(); ++i) {
        const bool h = isHorizontal(p, i), v = std::abs(p[i].x() - p[i + 1].x()) < 0.01;
        if (h == v || (i > 0 && h == isHorizontal(p, i - 1)))
            return {};
        const qreal c = h ? p[i].y() : p[i].x();
        const qreal before = i > 0 ? (h ? p[i - 1].y() : p[i - 1].x()) - c : 0;
        const qreal after = i + 2 < p.size() ? (h ? p[i + 2].y() : p[i + 2].x()) - c : 0;
        const qreal a = h ? std::min(p[i].x(), p[i + 1].x()) : std::min(p[i].y(), p[i + 1].y());
        const qreal b = h ? std::max(p[i].x(), p[i + 1].x()) : std::max(p[i].y(), p[i + 1].y());
        // Channels are bands 4 units wide: lines that close are drawn as one and must move apart.
        const quint64 channel = (quint64(h ? 1 : 0) << 32) | quint32(qint32(std::floor(c / 4)));
        const qreal order = (before > 0 ? 1 : before < 0 ? -1 : 0) + (after > 0 ? 1 : after < 0 ? -1 : 0);
        segments.push_back({route, i, c, a, b, order, channel});
    }
    return segments;
}

/// Spreads the runs of one channel that share a stretch; `place(route, index, c)` gets every run's new coordinate.
template<typename Place>
void spreadChannel(std::vector<ChannelSegment> channel, qreal spacing, qreal maxShift, Place place)
{
    std::sort(channel.begin(), channel.end(), [](const ChannelSegment &x, const ChannelSegment &y) {
        return x.a != y.a ? x.a < y.a : x.route < y.route;
    });
    size_t g = 0;
    while (g < channel.size()) {
        size_t h = g + 1;
        qreal reach = channel[g].b;
        while (h < channel.size() && channel[h].a < reach - 1) {
            reach = std::max(reach, channel[h].b);
            ++h;
        }
        const size_t n = h - g;
        if (n == 1) {
            place(channel[g].route, channel[g].index, channel[g].c);
        } else {
            std::vector<ChannelSegment> group(channel.begin() + qsizetype(g), channel.begin() + qsizetype(h));
            std::stable_sort(group.begin(), group.end(), [](const ChannelSegment &x, const ChannelSegment &y) {
                return x.order != y.order ? x.order < y.order : x.route < y.route;
            });
            qreal mean = 0;
            for (const ChannelSegment &s : group)
                mean += s.c;
            mean /= qreal(n);
            const qreal step = std::min(spacing, 2 * maxShift / qreal(n - 1));
            for (size_t k = 0; k < n; ++k) {
                const qreal target = mean + (qreal(k) - qreal(n - 1) / 2) * step;
                place(group[k].route, group[k].index, std::clamp(target, group[k].c - maxShift, group[k].c + maxShift));
            }
        }
        g = h;
    }
}

/// The route with its runs moved to `coordinates` (one per run); corners follow.
RoutePoints shiftedRoute(const RoutePoints &p, const std::vector<qreal> &c)
{
    const int m = int(c.size());
    if (m == 0 || m + 1 != p.size())
        return p;
    RoutePoints out(p.size());
    out[0] = isHorizontal(p, 0) ? QPointF(p[0].x(), c[0]) : QPointF(c[0], p[0].y());
    for (int i = 1; i < m; ++i)
        out[i] = isHorizontal(p, i - 1) ? QPointF(c[size_t(i)], c[size_t(i - 1)]) : QPointF(c[size_t(i - 1)], c[size_t(i)]);
    out[m] = isHorizontal(p, m - 1) ? QPointF(p[m].x(), c[size_t(m - 1)]) : QPointF(c[size_t(m - 1)], p[m].y());
    return out;
}

} // namespace

void separateParallel(std::vector<RoutePoints *> &routes, qreal spacing, qreal maxShift)
{
    QHash<quint64, std::vector<ChannelSegment>> channels;
    std::vector<std::vector<qreal>> coordinates(routes.size());
    for (size_t r = 0; r < routes.size(); ++r) {
        for (const ChannelSegment &s : channelSegments(*routes[r], int(r))) {
            channels[s.channel].push_back(s);
            coordinates[r].push_back(s.c);
        }
    }
    for (const std::vector<ChannelSegment> &channel : std::as_const(channels))
        spreadChannel(channel, spacing, maxShift,
                      [&](int route, int index, qreal c) { coordinates[size_t(route)][size_t(index)] = c; });
    for (size_t r = 0; r < routes.size(); ++r)
        *routes[r] = shiftedRoute(*routes[r], coordinates[r]);
}

// --- ConnectionRouter ------------------------------------------------------------------

void ConnectionRouter::setCard(const QString &id, const QRectF &rect)
{
    const std::optional<QRectF> old = m_cards.rect(id);
    if (old && *old == rect)
        return;
    if (old)
        m_changed.push_back(*old);
    m_changed.push_back(rect);
    m_cards.set(id, rect);
    m_dirty += m_byCard.value(id);
}

void ConnectionRouter::removeCard(const QString &id)
{
    if (const std::optional<QRectF> old = m_cards.rect(id)) {
        m_changed.push_back(*old);
        m_cards.remove(id);
    }
    m_dirty += m_byCard.value(id);
}

void ConnectionRouter::setHeader(const QString &zoneId, const QRectF &rect)
{
    const std::optional<QRectF> old = m_headers.rect(zoneId);
    if (old && *old == rect)
        return;
    if (old)
        m_changed.push_back(*old);
    m_changed.push_back(rect);
    m_headers.set(zoneId, rect);
}

void ConnectionRouter::removeHeader(const QString &zoneId)
{
    if (const std::optional<QRectF> old = m_headers.rect(zoneId)) {
        m_changed.push_back(*old);
        m_headers.remove(zoneId);
    }
}

void ConnectionRouter::setConnection(const QString &id, const QString &from, const QString &to,
                                     const std::vector<QPointF> &waypoints, ConnectionStyle style, QSizeF labelSize)
{
    auto it = m_connections.find(id);
    if (it != m_connections.end()) {
        if (it->from == from && it->to == to && it->waypoints == waypoints && it->style == style && it->labelSize == labelSize)
            return;
        m_byCard[it->from].removeAll(id);
        m_byCard[it->to].removeAll(id);
    } else {
        it = m_connections.insert(id, Entry{});
    }
    it->from = from;
    it->to = to;
    it->waypoints = waypoints;
    it->style = style;
    it->labelSize = labelSize;
    it->labelStale = true;
    m_byCard[from].append(id);
    m_byCard[to].append(id);
    m_dirty.append(id);
}

void ConnectionRouter::removeConnection(const QString &id)
{
    const auto it = m_connections.find(id);
    if (it == m_connections.end())
        return;
    m_byCard[it->from].removeAll(id);
    m_byCard[it->to].removeAll(id);
    leaveChannels(id, *it);
    m_labels.remove(id);
    m_connections.erase(it);
}

void ConnectionRouter::setStyleOverride(std::optional<ConnectionStyle> style)
{
    if (m_styleOverride == style)
        return;
    m_styleOverride = style;
    m_dirty += m_connections.keys();
}

const RoutedConnection *ConnectionRouter::route(const QString &id) const
{
    const auto it = m_connections.constFind(id);
    return it == m_connections.constEnd() || !it->valid ? nullptr : &it->routed;
}

void ConnectionRouter::reroute(Entry &e)
{
    const std::optional<QRectF> from = m_cards.rect(e.from), to = m_cards.rect(e.to);
    e.valid = from && to;
    if (!e.valid) {
        e.raw.clear();
        return;
    }
    const RouteEnds ends{*from, *to, e.waypoints};
    e.raw = styleOf(e) == ConnectionStyle::Straight ? routeStraight(ends) : routeOrthogonal(m_cards, m_headers, ends, m_settings);
}

bool ConnectionRouter::separable(const Entry &e) const
{
    // Lines the user bent keep exactly to their waypoints; straight lines have no channels.
    return e.valid && e.waypoints.empty() && styleOf(e) != ConnectionStyle::Straight;
}

void ConnectionRouter::leaveChannels(const QString &id, Entry &e)
{
    for (quint64 key : e.channels) {
        auto it = m_channelMembers.find(key);
        if (it != m_channelMembers.end()) {
            it->remove(id);
            if (it->isEmpty())
                m_channelMembers.erase(it);
        }
        m_affected.insert(key);
    }
    e.channels.clear();
    e.coordinates.clear();
}

QStringList ConnectionRouter::update()
{
    // Routes a moved card now blocks, or that went around where a card used to be.
    if (!m_changed.empty()) {
        const qreal c = m_settings.clearance;
        for (auto it = m_connections.begin(); it != m_connections.end(); ++it) {
            if (!it->valid || it->raw.isEmpty())
                continue;
            const QRectF box = routeBounds(it->raw).adjusted(-c - 1, -c - 1, c + 1, c + 1);
            for (const QRectF &r : m_changed) {
                if (box.intersects(r) && routeCrosses(it->raw, r.adjusted(-c - 1, -c - 1, c + 1, c + 1))) {
                    m_dirty.append(it.key());
                    break;
                }
            }
        }
        m_changed.clear();
    }
    std::sort(m_dirty.begin(), m_dirty.end());
    m_dirty.erase(std::unique(m_dirty.begin(), m_dirty.end()), m_dirty.end());
    QSet<QString> touched;
    for (const QString &id : std::as_const(m_dirty)) {
        const auto it = m_connections.find(id);
        if (it == m_connections.end())
            continue;
        Entry &e = *it;
        leaveChannels(id, e);
        reroute(e);
        touched.insert(id);
        if (!separable(e))
            continue;
        for (const ChannelSegment &segment : channelSegments(e.raw, 0)) {
            e.coordinates.push_back(segment.c);
            if (std::find(e.channels.begin(), e.channels.end(), segment.channel) == e.channels.end())
                e.channels.push_back(segment.channel);
            m_channelMembers[segment.channel].insert(id);
            m_affected.insert(segment.channel);
        }
    }
    m_dirty.clear();

    // Parallel lines apart, channel by channel: only the channels the re-routed lines left or
    // entered, so that dragging one card does not revisit ten thousand lines.
    const qreal maxShift = std::min(m_settings.clearance, m_settings.headerClearance) - 2;
    for (quint64 key : std::as_const(m_affected)) {
        QStringList members = m_channelMembers.value(key).values();
        std::sort(members.begin(), members.end());
        std::vector<ChannelSegment> segments;
        for (int k = 0; k < members.size(); ++k)
            for (const ChannelSegment &segment : channelSegments(m_connections[members[k]].raw, k))
                if (segment.channel == key)
                    segments.push_back(segment);
        spreadChannel(segments, 8, maxShift, [&](int k, int index, qreal c) {
            Entry &e = m_connections[members[k]];
            if (size_t(index) < e.coordinates.size() && e.coordinates[size_t(index)] != c) {
                e.coordinates[size_t(index)] = c;
                touched.insert(members[k]);
            }
        });
    }
    m_affected.clear();

    QStringList changed;
    for (const QString &id : std::as_const(touched)) {
        Entry &e = m_connections[id];
        const RoutePoints points = !e.valid ? RoutePoints() : separable(e) ? shiftedRoute(e.raw, e.coordinates) : e.raw;
        const ConnectionStyle style = styleOf(e);
        if (points == e.routed.points && style == e.routed.style && !e.labelStale)
            continue;
        e.labelStale = false;
        e.routed.points = points;
        e.routed.style = style;
        changed.append(id);
    }
    // Labels of the moved connections, clear of cards and of labels already placed.
    for (const QString &id : std::as_const(changed))
        m_labels.remove(id);
    std::sort(changed.begin(), changed.end());
    for (const QString &id : std::as_const(changed))
        placeLabel(id, m_connections[id]);
    return changed;
}

void ConnectionRouter::placeLabel(const QString &id, Entry &e)
{
    e.routed.labelRect = QRectF();
    const QSizeF size = e.labelSize;
    const RoutePoints &p = e.routed.points;
    if (size.isEmpty() || p.size() < 2)
        return;
    auto cost = [&](const QRectF &candidate) {
        qreal total = 0;
        for (const auto *index : {&m_cards, &m_labels})
            for (const QRectF &r : index->query(candidate.adjusted(-2, -2, 2, 2))) {
                const QRectF overlap = candidate.adjusted(-2, -2, 2, 2).intersected(r);
                total += overlap.width() * overlap.height();
            }
        return total;
    };
    // Segments longest first; on each, the middle, then a third along, each also just beside the line.
    std::vector<int> order;
    for (int i = 0; i + 1 < p.size(); ++i)
        order.push_back(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return QLineF(p[a], p[a + 1]).length() > QLineF(p[b], p[b + 1]).length();
    });
    QRectF best;
    qreal bestCost = kInf;
    for (int i : order) {
        const QLineF segment(p[i], p[i + 1]);
        if (segment.length() < 1)
            continue;
        const QPointF normal(-segment.dy() / segment.length(), segment.dx() / segment.length());
        const qreal side = std::abs(normal.x()) * size.width() / 2 + std::abs(normal.y()) * size.height() / 2 + 3;
        for (qreal t : {0.5, 0.3, 0.7}) {
            for (qreal offset : {0.0, side, -side}) {
                const QPointF centre = segment.pointAt(t) + normal * offset;
                const QRectF candidate(centre - QPointF(size.width() / 2, size.height() / 2), size);
                const qreal c = cost(candidate) + (offset != 0 ? 1 : 0); // on the line reads best
                if (c < bestCost) {
                    best = candidate;
                    bestCost = c;
                }
                if (bestCost < 1.5)
                    break;
            }
            if (bestCost < 1.5)
                break;
        }
        if (bestCost < 1.5)
            break;
    }
    e.routed.labelRect = best;
    m_labels.set(id, best);
}

void loadDesignIntoRouter(ConnectionRouter &router, const Design &design, const Catalog &catalog)
{
    auto sizeOf = [&](const QString &kind, QSizeF stored) {
        if (!stored.isEmpty())
            return stored;
        const KindSpec *spec = catalog.kind(kind);
        return spec ? spec->defaultSize : QSizeF(180, 72);
    };
    for (const Zone &z : design.zones())
        router.setHeader(z.id, QRectF(design.scenePosition(z.id), QSizeF(sizeOf(z.kind, z.size).width(), kRouteZoneTitleHeight)));
    for (const Component &c : design.components())
        router.setCard(c.id, QRectF(design.scenePosition(c.id), sizeOf(c.kind, c.size)));
    for (const Connection &c : design.connections())
        router.setConnection(c.id, c.from, c.to, c.waypoints, c.style, QSizeF());
    router.update();
}

} // namespace sd
