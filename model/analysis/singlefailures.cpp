// SPDX-License-Identifier: MIT
#include "singlefailures.h"

#include "design.h"

#include <QHash>

#include <algorithm>

namespace sd {

SingleFailures::SingleFailures(const FailureModel &model, int headSize)
    : m_model(model), m_headSize(std::max(headSize, 0))
{
    buildTrees();
    markKindLosses();
    countLost();
}

void SingleFailures::buildTrees()
{
    const DependencyGraph &graph = m_model.graph();
    const std::vector<int> &entries = m_model.entries();
    const size_t n = size_t(graph.vertexCount());

    // Immediate dominators of each tree as (vertex, dominator vertex) pairs, by ascending vertex.
    std::vector<std::vector<std::pair<int, int>>> trees(entries.size());
    std::vector<int> slotCount(n, 0);
    for (size_t i = 0; i < entries.size(); ++i) {
        const std::vector<int> idom = graph.immediateDominators({entries[i]});
        for (size_t v = 0; v < n; ++v)
            if (idom[v] != DependencyGraph::kUnreachable) {
                trees[i].emplace_back(int(v), idom[v]);
                ++slotCount[v];
            }
    }
    m_slotStart.assign(n + 1, 0);
    for (size_t v = 0; v < n; ++v)
        m_slotStart[v + 1] = m_slotStart[v] + slotCount[v];
    m_slots.assign(size_t(m_slotStart[n]), Slot{});

    // Trees filled in entry order, so each component's slots come in entry order.
    std::vector<int> cursor(m_slotStart.begin(), m_slotStart.end() - 1);
    std::vector<int> slotOf(n, -1); // in the tree being filled
    std::vector<int> members, childStart, children, order, size;
    std::vector<char> keeps; // the subtree holds something that is not observability
    m_treeStart.assign(entries.size() + 1, 0);
    m_preorder.assign(m_slots.size(), -1);
    for (size_t i = 0; i < entries.size(); ++i) {
        members.clear();
        for (const auto &[v, dominator] : trees[i]) {
            const int s = cursor[size_t(v)]++;
            slotOf[size_t(v)] = s;
            m_slots[size_t(s)].vertex = v;
            m_slots[size_t(s)].entryIndex = int(i);
            members.push_back(s);
        }
        // Local numbers (position in members) for the tree's children lists.
        const size_t count = members.size();
        std::vector<int> parentLocal(count, -1);
        for (size_t j = 0; j < count; ++j) {
            Slot &slot = m_slots[size_t(members[j])];
            const int dominator = trees[i][j].second;
            slot.parent = dominator >= 0 ? slotOf[size_t(dominator)] : -1;
            slot.enter = int(j); // local number until the preorder is known
        }
        int rootLocal = -1;
        for (size_t j = 0; j < count; ++j) {
            const Slot &slot = m_slots[size_t(members[j])];
            if (slot.parent >= 0)
                parentLocal[j] = m_slots[size_t(slot.parent)].enter;
            else
                rootLocal = int(j);
        }
        childStart.assign(count + 1, 0);
        for (size_t j = 0; j < count; ++j)
            if (parentLocal[j] >= 0)
                ++childStart[size_t(parentLocal[j]) + 1];
        for (size_t j = 0; j < count; ++j)
            childStart[j + 1] += childStart[j];
        children.assign(count, -1);
        {
            std::vector<int> fill(childStart.begin(), childStart.end() - 1);
            for (size_t j = 0; j < count; ++j)
                if (parentLocal[j] >= 0)
                    children[size_t(fill[size_t(parentLocal[j])]++)] = int(j);
        }
        // Breadth-first order (parents first), then sizes and "keeps" bottom-up, then preorder
        // ranges top-down: each child's range follows its older siblings' inside its parent's.
        order.clear();
        if (rootLocal >= 0)
            order.push_back(rootLocal);
        for (size_t k = 0; k < order.size(); ++k)
            for (int c = childStart[size_t(order[k])]; c < childStart[size_t(order[k]) + 1]; ++c)
                order.push_back(children[size_t(c)]);
        size.assign(count, 1);
        keeps.assign(count, 0);
        for (size_t k = order.size(); k-- > 0;) {
            const int j = order[k];
            Slot &slot = m_slots[size_t(members[size_t(j)])];
            if (!m_model.profile(slot.vertex).observability)
                keeps[size_t(j)] = 1;
            if (parentLocal[size_t(j)] >= 0) {
                size[size_t(parentLocal[size_t(j)])] += size[size_t(j)];
                if (keeps[size_t(j)]) {
                    keeps[size_t(parentLocal[size_t(j)])] = 1;
                    m_slots[size_t(members[size_t(parentLocal[size_t(j)])])].collateral = true;
                }
            }
        }
        const int start = m_treeStart[i];
        std::vector<int> enter(count, 0);
        for (int j : order) {
            int next = enter[size_t(j)] + 1;
            for (int c = childStart[size_t(j)]; c < childStart[size_t(j) + 1]; ++c) {
                const int child = children[size_t(c)];
                enter[size_t(child)] = next;
                next += size[size_t(child)];
            }
        }
        for (size_t j = 0; j < count; ++j) {
            Slot &slot = m_slots[size_t(members[j])];
            slot.enter = enter[j];
            slot.leave = enter[j] + size[j];
            m_preorder[size_t(start + enter[j])] = members[j];
        }
        m_treeStart[i + 1] = start + int(count);
        // An entry point that fails is down: broken, whatever it reaches.
        if (rootLocal >= 0)
            m_slots[size_t(members[size_t(rootLocal)])].broken = true;
    }
    for (Slot &slot : m_slots)
        slot.broken = slot.broken || slot.collateral;
}

void SingleFailures::markKindLosses()
{
    // simulate()'s second rule: an entry point breaks when a caller it still reaches loses a callee
    // and no other callee of that caller has the same kind. A caller u "orphans" x when x is its
    // only callee of x's kind; it still reaches on when e reaches u and x does not dominate u from e.
    const DependencyGraph &graph = m_model.graph();
    const int n = graph.vertexCount();
    QHash<QString, int> kindNumbers;
    std::vector<int> kindOf(static_cast<size_t>(n));
    for (int v = 0; v < n; ++v) {
        const QString &kind = m_model.profile(v).component->kind;
        auto it = kindNumbers.constFind(kind);
        if (it == kindNumbers.constEnd())
            it = kindNumbers.insert(kind, int(kindNumbers.size()));
        kindOf[size_t(v)] = it.value();
    }
    std::vector<int> seen(size_t(n), 0), kindStamp(size_t(kindNumbers.size()), 0), kindCount(size_t(kindNumbers.size()), 0);
    for (int u = 0; u < n; ++u) {
        const int stamp = u + 1;
        const auto callees = graph.successors(u);
        for (int w : callees) { // distinct callees per kind (parallel edges count once)
            if (seen[size_t(w)] == stamp)
                continue;
            seen[size_t(w)] = stamp;
            const size_t k = size_t(kindOf[size_t(w)]);
            if (kindStamp[k] != stamp) {
                kindStamp[k] = stamp;
                kindCount[k] = 0;
            }
            ++kindCount[k];
        }
        for (int x : callees) {
            if (seen[size_t(x)] != stamp) // done already (a parallel edge)
                continue;
            seen[size_t(x)] = -stamp;
            if (x == u || m_model.profile(x).observability || kindCount[size_t(kindOf[size_t(x)])] != 1)
                continue;
            // Trees holding both, walked side by side (both in entry order).
            Slot *xs = m_slots.data() + m_slotStart[size_t(x)];
            Slot *xEnd = m_slots.data() + m_slotStart[size_t(x) + 1];
            for (const Slot *us = slotsBegin(u), *uEnd = slotsEnd(u); xs != xEnd && us != uEnd;) {
                if (xs->entryIndex < us->entryIndex) {
                    ++xs;
                } else if (us->entryIndex < xs->entryIndex) {
                    ++us;
                } else {
                    if (us->enter < xs->enter || us->enter >= xs->leave)
                        xs->broken = true; // u survives x's failure and loses its only callee of that kind
                    ++xs;
                    ++us;
                }
            }
        }
    }
}

void SingleFailures::countLost()
{
    // v is lost when x fails if x dominates v from some entry point: walk up every tree of v and
    // count v once for each component met (ascending v, so each head stays sorted).
    const size_t n = size_t(m_model.graph().vertexCount());
    m_lostCount.assign(n, 0);
    m_headLength.assign(n, 0);
    m_head.assign(n * size_t(m_headSize), -1);
    std::vector<int> mark(n, 0);
    for (size_t v = 0; v < n; ++v) {
        const int stamp = int(v) + 1;
        for (int s = m_slotStart[v]; s < m_slotStart[v + 1]; ++s)
            for (int t = s; t >= 0; t = m_slots[size_t(t)].parent) {
                const size_t x = size_t(m_slots[size_t(t)].vertex);
                if (mark[x] == stamp)
                    continue;
                mark[x] = stamp;
                ++m_lostCount[x];
                if (m_headLength[x] < m_headSize)
                    m_head[x * size_t(m_headSize) + size_t(m_headLength[x]++)] = int(v);
            }
    }
}

std::vector<int> SingleFailures::lostHead(int v) const
{
    const auto first = m_head.begin() + ptrdiff_t(size_t(v) * size_t(m_headSize));
    return std::vector<int>(first, first + m_headLength[size_t(v)]);
}

std::vector<int> SingleFailures::brokenEntries(int v) const
{
    std::vector<int> out;
    for (const Slot *s = slotsBegin(v); s != slotsEnd(v); ++s)
        if (s->broken)
            out.push_back(m_model.entries()[size_t(s->entryIndex)]);
    return out;
}

SimulationResult SingleFailures::simulate(int v) const
{
    SimulationResult result;
    const QString &id = m_model.profile(v).component->id;
    result.scenario = {FailureScope::Component, id, m_model.nameOf(v)};
    result.failed = {v};
    std::vector<char> lost(size_t(m_model.graph().vertexCount()), 0);
    for (const Slot *s = slotsBegin(v); s != slotsEnd(v); ++s) {
        SimulationResult::EntryLoss loss;
        loss.entry = m_model.entries()[size_t(s->entryIndex)];
        loss.entryDown = loss.entry == v;
        loss.broken = s->broken;
        const int start = m_treeStart[size_t(s->entryIndex)];
        for (int k = start + s->enter; k < start + s->leave; ++k)
            loss.lost.push_back(m_slots[size_t(m_preorder[size_t(k)])].vertex);
        std::sort(loss.lost.begin(), loss.lost.end());
        for (int u : loss.lost)
            lost[size_t(u)] = 1;
        result.entries.push_back(std::move(loss));
    }
    for (size_t u = 0; u < lost.size(); ++u)
        if (lost[u])
            result.lost.push_back(int(u));
    return result;
}

} // namespace sd
