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
        for (int slot : bucket.value()) {
            // Touching counts, and a route's bounds may be a line (no height or no width),
            // which QRectF::intersects never reports.
            const QRectF &r = m_entries[size_t(slot)].rect;
            if (r.left() <= area.right() && area.left() <= r.right() && r.top() <= area.bottom() && area.top() <= r.bottom())
                slots.push_back(slot);
        }
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

/// The obstacles of one search in buckets, for "is this point inside one" on demand.
class LocalObstacles
{
public:
    LocalObstacles(const std::vector<QRectF> &rects, const QRectF &area) : m_rects(rects), m_origin(area.topLeft())
    {
        if (rects.empty())
            return;
        m_cell = std::max<qreal>(64, std::sqrt(area.width() * area.height() / std::max<size_t>(1, rects.size())) * 2);
        m_columns = std::max(1, int(std::ceil(area.width() / m_cell)) + 1);
        m_rows = std::max(1, int(std::ceil(area.height() / m_cell)) + 1);
        m_buckets.resize(size_t(m_columns) * size_t(m_rows));
        for (size_t k = 0; k < rects.size(); ++k) {
            const QRectF &r = rects[k];
            const int c0 = column(r.left()), c1 = column(r.right()), r0 = row(r.top()), r1 = row(r.bottom());
            for (int y = r0; y <= r1; ++y)
                for (int x = c0; x <= c1; ++x)
                    m_buckets[size_t(y) * size_t(m_columns) + size_t(x)].push_back(int(k));
        }
    }
    /// Whether `p` lies strictly inside an obstacle.
    bool blocked(QPointF p) const
    {
        if (m_buckets.empty())
            return false;
        for (int k : m_buckets[size_t(row(p.y())) * size_t(m_columns) + size_t(column(p.x()))]) {
            const QRectF &r = m_rects[size_t(k)];
            if (p.x() > r.left() + 0.01 && p.x() < r.right() - 0.01 && p.y() > r.top() + 0.01 && p.y() < r.bottom() - 0.01)
                return true;
        }
        return false;
    }

private:
    int column(qreal x) const { return std::clamp(int((x - m_origin.x()) / m_cell), 0, m_columns - 1); }
    int row(qreal y) const { return std::clamp(int((y - m_origin.y()) / m_cell), 0, m_rows - 1); }

    std::vector<QRectF> m_rects;
    QPointF m_origin;
    qreal m_cell = 64;
    int m_columns = 1, m_rows = 1;
    std::vector<std::vector<int>> m_buckets;
};

/**
 * Search state of A*, reused from one search to the next: a generation stamp marks which
 * entries belong to the current search, so a search costs what it visits, not the grid's size.
 */
struct SearchScratch {
    std::vector<quint32> stamp;
    std::vector<qreal> cost;
    std::vector<int> parent;
    std::vector<int> start;
    quint32 generation = 0;

    void prepare(size_t states)
    {
        if (stamp.size() < states) {
            stamp.assign(states, 0);
            cost.resize(states);
            parent.resize(states);
            start.resize(states);
            generation = 0;
        }
        if (++generation == 0) { // wrapped: start afresh
            std::fill(stamp.begin(), stamp.end(), 0);
            generation = 1;
        }
    }
    qreal costOf(int s) const { return stamp[size_t(s)] == generation ? cost[size_t(s)] : kInf; }
    void set(int s, qreal c, int p, int st)
    {
        stamp[size_t(s)] = generation;
        cost[size_t(s)] = c;
        parent[size_t(s)] = p;
        start[size_t(s)] = st;
    }
};

/**
 * One leg of a route: A* on the sparse grid of the obstacles' edges around the ends.
 * States are (grid node, direction of travel) so that bends can cost extra.
 */
class LegSearch
{
public:
    /// `blocked`: cards, never crossed; `avoided`: zone title bars, crossed only where going
    /// around would cost more than `crossingPenalty` per grid step inside one.
    LegSearch(const std::vector<QRectF> &blocked, const std::vector<QRectF> &avoided, const QRectF &area,
              const std::vector<Terminal> &starts, const std::vector<Terminal> &goals, qreal bendPenalty,
              qreal crossingPenalty)
        : m_starts(starts), m_goals(goals), m_bend(bendPenalty), m_crossing(crossingPenalty),
          m_obstacles(blocked, area), m_avoided(avoided, area)
    {
        m_xs = {area.left(), area.right()};
        m_ys = {area.top(), area.bottom()};
        for (const auto *list : {&starts, &goals}) {
            for (const Terminal &t : *list) {
                m_xs.push_back(t.grid.x());
                m_ys.push_back(t.grid.y());
            }
        }
        for (const auto *list : {&blocked, &avoided}) {
            for (const QRectF &r : *list) {
                for (qreal x : {r.left(), r.right()})
                    if (x > area.left() && x < area.right())
                        m_xs.push_back(x);
                for (qreal y : {r.top(), r.bottom()})
                    if (y > area.top() && y < area.bottom())
                        m_ys.push_back(y);
            }
        }
        addChannelMiddles(m_xs);
        addChannelMiddles(m_ys);
        m_nx = int(m_xs.size());
        m_ny = int(m_ys.size());
    }

    /// Too many grid nodes for an interactive search.
    bool tooLarge() const { return qint64(m_nx) * m_ny > 1'000'000; }

    /**
     * The leg's points, from the first start's port (or grid point) to the goal's; empty when
     * there is none, or when `budget` states were looked at first (`exhausted` then says so).
     * `greed` above 1 weighs the distance estimate more: the search heads for the goal and
     * looks at far fewer detours, for a route at most that factor longer than the shortest.
     */
    RoutePoints run(qreal greed, qint64 budget, bool *exhausted)
    {
        *exhausted = false;
        qint64 looked = 0;
        static thread_local SearchScratch scratch;
        scratch.prepare(size_t(m_nx) * size_t(m_ny) * 4);
        struct Open {
            qreal f;
            qreal g;
            int state;
            int goal; ///< >= 0: a finished route into this goal
            // Among equal estimates the one further along first: on a grid many paths tie,
            // and going deep before wide keeps the search narrow.
            bool operator>(const Open &o) const { return f != o.f ? f > o.f : g < o.g; }
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
        for (size_t i = 0; i < m_starts.size(); ++i) {
            const int n = node(m_starts[i].grid);
            if (n < 0 || (m_starts[i].port && m_obstacles.blocked(m_starts[i].grid)))
                continue;
            for (int d = 0; d < 4; ++d) {
                if (m_starts[i].direction != kAnyDirection && d != m_starts[i].direction)
                    continue;
                const int s = n * 4 + d;
                scratch.set(s, 0, -1, int(i));
                open.push({greed * heuristic(n), 0, s, -1});
            }
        }
        while (!open.empty()) {
            const Open top = open.top();
            open.pop();
            if (top.goal >= 0)
                return path(top.state, top.goal, scratch);
            if (top.g > scratch.costOf(top.state))
                continue;
            if (++looked > budget) {
                *exhausted = true;
                return {};
            }
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
                if (i2 < 0 || j2 < 0 || i2 >= m_nx || j2 >= m_ny)
                    continue;
                const QPointF a(m_xs[size_t(i)], m_ys[size_t(j)]), b(m_xs[size_t(i2)], m_ys[size_t(j2)]);
                // Grid lines include every obstacle edge, so a step is inside an obstacle
                // exactly when its middle is.
                const QPointF middle = (a + b) / 2;
                if (m_obstacles.blocked(middle))
                    continue;
                const int n2 = j2 * m_nx + i2;
                const qreal g = top.g + std::abs(b.x() - a.x()) + std::abs(b.y() - a.y()) + (d2 == d ? 0 : m_bend)
                                + (m_avoided.blocked(middle) && !m_avoided.blocked(a) ? m_crossing : 0);
                const int s2 = n2 * 4 + d2;
                if (g < scratch.costOf(s2)) {
                    scratch.set(s2, g, top.state, scratch.start[size_t(top.state)]);
                    open.push({g + greed * heuristic(n2), g, s2, -1});
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

    RoutePoints path(int state, int goal, const SearchScratch &scratch) const
    {
        RoutePoints points;
        if (m_goals[size_t(goal)].port)
            points.prepend(*m_goals[size_t(goal)].port);
        const int start = scratch.start[size_t(state)];
        for (int s = state; s >= 0; s = scratch.parent[size_t(s)]) {
            const int n = s / 4;
            points.prepend(QPointF(m_xs[size_t(n % m_nx)], m_ys[size_t(n / m_nx)]));
        }
        if (start >= 0 && m_starts[size_t(start)].port)
            points.prepend(*m_starts[size_t(start)].port);
        return points;
    }

    std::vector<Terminal> m_starts, m_goals;
    qreal m_bend;
    qreal m_crossing;
    LocalObstacles m_obstacles;
    LocalObstacles m_avoided;
    std::vector<qreal> m_xs, m_ys;
    int m_nx = 0, m_ny = 0;
};

/// Rectangles of `index` near `area`, grown by `clearance`.
std::vector<QRectF> grownNear(const RectIndex &index, const QRectF &area, qreal clearance)
{
    std::vector<QRectF> result;
    for (const QRectF &r : index.query(area.adjusted(-clearance, -clearance, clearance, clearance)))
        result.push_back(r.adjusted(-clearance, -clearance, clearance, clearance));
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
    RoutePoints crossing; // a route through a title bar, kept in case a larger area has none better
    for (qreal pad : {160.0, 640.0, 2400.0}) {
        const QRectF area = ends.adjusted(-pad, -pad, pad, pad);
        const std::vector<QRectF> titles = grownNear(headers, area, settings.headerClearance);
        LegSearch search(grownNear(cards, area, settings.clearance), titles,
                         area, starts, goals, settings.bendPenalty, settings.headerCrossingPenalty);
        if (search.tooLarge())
            break;
        // The shortest route when it is found quickly, as between neighbours; a long route across
        // a dense design settles for a near-shortest one rather than keep a drag waiting.
        bool exhausted = false;
        RoutePoints leg = search.run(1.0, 1'500, &exhausted);
        if (exhausted)
            leg = search.run(3.0, std::numeric_limits<qint64>::max(), &exhausted);
        if (leg.isEmpty())
            continue;
        // Through a title bar: the way around may lie outside this area.
        const bool throughTitle = std::any_of(titles.begin(), titles.end(), [&](const QRectF &t) {
            return routeCrosses(leg, t.adjusted(settings.headerClearance, settings.headerClearance,
                                                -settings.headerClearance, -settings.headerClearance));
        });
        if (!throughTitle || pad > 160)
            return leg; // a way around further out than that is no better for the eye
        crossing = leg;
    }
    return crossing;
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

namespace {
// Routing is about 1-3 ms of CPU per connection and a moved card re-routes hundreds of lines in a
// large design (10k components: 38 s to open, 0.8 s per mouse move while dragging, measured on
// the bench_routing designs). Above this many connections, lines the design leaves on the
// automatic orthogonal style are drawn straight, so big designs stay usable; an explicit
// --style (the CLI's override) still routes every line.
constexpr qsizetype kMaxRoutedConnections = 2000;

ConnectionStyle styleAtScale(ConnectionStyle style, qsizetype connections, bool overridden)
{
    return !overridden && connections > kMaxRoutedConnections && style == ConnectionStyle::Orthogonal ? ConnectionStyle::Straight
                                                                                                          : style;
}
} // namespace

void ConnectionRouter::reroute(Entry &e)
{
    const std::optional<QRectF> from = m_cards.rect(e.from), to = m_cards.rect(e.to);
    e.valid = from && to;
    if (!e.valid) {
        e.raw.clear();
        return;
    }
    const RouteEnds ends{*from, *to, e.waypoints};
    e.raw = styleAtScale(styleOf(e), m_connections.size(), m_styleOverride.has_value()) == ConnectionStyle::Straight ? routeStraight(ends) : routeOrthogonal(m_cards, m_headers, ends, m_settings);
}

bool ConnectionRouter::separable(const Entry &e) const
{
    // Lines the user bent keep exactly to their waypoints; straight lines have no channels.
    return e.valid && e.waypoints.empty() && styleAtScale(styleOf(e), m_connections.size(), m_styleOverride.has_value()) != ConnectionStyle::Straight;
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
    std::sort(m_dirty.begin(), m_dirty.end());
    m_dirty.erase(std::unique(m_dirty.begin(), m_dirty.end()), m_dirty.end());
    if (!m_changed.empty()) {
        const qreal c = m_settings.clearance;
        // Many moved rectangles (a zone with its contents, a whole design loaded): look them up
        // by place rather than testing every route against every one.
        RectIndex changedIndex;
        for (size_t i = 0; i < m_changed.size(); ++i)
            changedIndex.set(QString::number(i), m_changed[i].adjusted(-c - 1, -c - 1, c + 1, c + 1));
        const QSet<QString> already(m_dirty.cbegin(), m_dirty.cend());
        for (auto it = m_connections.begin(); it != m_connections.end(); ++it) {
            if (!it->valid || it->raw.isEmpty() || already.contains(it.key()))
                continue;
            for (const QRectF &r : changedIndex.query(routeBounds(it->raw))) {
                if (routeCrosses(it->raw, r)) {
                    m_dirty.append(it.key());
                    break;
                }
            }
        }
        m_changed.clear();
    }
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
        const ConnectionStyle style = styleAtScale(styleOf(e), m_connections.size(), m_styleOverride.has_value());
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
