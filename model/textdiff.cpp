// SPDX-License-Identifier: MIT
#include "textdiff.h"

#include <algorithm>
#include <vector>

namespace sd {

namespace {

enum class Op { Keep, Remove, Add };

struct Step {
    Op op;
    int line; ///< index into before (Keep, Remove) or after (Add)
};

/// Edit script between a[0..n) and b[0..m) (Myers 1986, greedy forward search with the trace kept);
/// empty optional-like result flagged by `ok` when the distance exceeds `maxDistance`.
std::vector<Step> myers(const QStringList &a, int aBegin, int n, const QStringList &b, int bBegin, int m, int maxDistance,
                        bool *ok)
{
    const int max = std::min(n + m, maxDistance);
    const int offset = max + 1;
    std::vector<int> v(size_t(2 * max + 3), 0);
    std::vector<std::vector<int>> trace;
    for (int d = 0; d <= max; ++d) {
        trace.push_back(v);
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)])) ? v[size_t(offset + k + 1)]
                                                                                                : v[size_t(offset + k - 1)] + 1;
            int y = x - k;
            while (x < n && y < m && a[aBegin + x] == b[bBegin + y]) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                // Walk the trace back from (n, m) to (0, 0).
                std::vector<Step> steps;
                int cx = n, cy = m;
                for (int back = d; back > 0; --back) {
                    const std::vector<int> &pv = trace[size_t(back)];
                    const int ck = cx - cy;
                    const bool down = ck == -back || (ck != back && pv[size_t(offset + ck - 1)] < pv[size_t(offset + ck + 1)]);
                    const int pk = down ? ck + 1 : ck - 1;
                    const int px = pv[size_t(offset + pk)];
                    const int py = px - pk;
                    while (cx > px + (down ? 0 : 1) && cy > py + (down ? 1 : 0)) {
                        steps.push_back({Op::Keep, aBegin + --cx});
                        --cy;
                    }
                    if (down)
                        steps.push_back({Op::Add, bBegin + --cy});
                    else
                        steps.push_back({Op::Remove, aBegin + --cx});
                }
                while (cx > 0 && cy > 0) {
                    steps.push_back({Op::Keep, aBegin + --cx});
                    --cy;
                }
                std::reverse(steps.begin(), steps.end());
                *ok = true;
                return steps;
            }
        }
    }
    *ok = false;
    return {};
}

} // namespace

QString unifiedDiff(const QStringList &before, const QStringList &after, const QString &beforeName,
                    const QString &afterName, int context)
{
    const int n = int(before.size()), m = int(after.size());
    int prefix = 0;
    while (prefix < n && prefix < m && before[prefix] == after[prefix])
        ++prefix;
    int suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix && before[n - 1 - suffix] == after[m - 1 - suffix])
        ++suffix;
    if (prefix == n && prefix == m)
        return {};
    std::vector<Step> steps;
    for (int i = 0; i < prefix; ++i)
        steps.push_back({Op::Keep, i});
    bool ok = false;
    std::vector<Step> middle = myers(before, prefix, n - prefix - suffix, after, prefix, m - prefix - suffix, 4000, &ok);
    if (!ok) {
        middle.clear();
        for (int i = prefix; i < n - suffix; ++i)
            middle.push_back({Op::Remove, i});
        for (int j = prefix; j < m - suffix; ++j)
            middle.push_back({Op::Add, j});
    }
    steps.insert(steps.end(), middle.begin(), middle.end());
    for (int i = n - suffix; i < n; ++i)
        steps.push_back({Op::Keep, i});

    // Line numbers before and after each step, then hunks of changes with their context.
    std::vector<int> oldLine(steps.size() + 1), newLine(steps.size() + 1);
    for (size_t i = 0; i < steps.size(); ++i) {
        oldLine[i + 1] = oldLine[i] + (steps[i].op != Op::Add ? 1 : 0);
        newLine[i + 1] = newLine[i] + (steps[i].op != Op::Remove ? 1 : 0);
    }
    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(beforeName, afterName);
    size_t i = 0;
    while (i < steps.size()) {
        if (steps[i].op == Op::Keep) {
            ++i;
            continue;
        }
        // A hunk: from `context` lines before this change to `context` lines after the last
        // change that is no more than 2 * context kept lines further on.
        const size_t start = i > size_t(context) ? i - size_t(context) : 0;
        size_t end = i;
        size_t kept = 0;
        for (size_t j = i; j < steps.size(); ++j) {
            if (steps[j].op == Op::Keep) {
                if (++kept > size_t(2 * context))
                    break;
            } else {
                kept = 0;
                end = j + 1;
            }
        }
        const size_t stop = std::min(steps.size(), end + size_t(context));
        const int oldCount = oldLine[stop] - oldLine[start];
        const int newCount = newLine[stop] - newLine[start];
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n")
                   .arg(oldCount == 0 ? oldLine[start] : oldLine[start] + 1)
                   .arg(oldCount)
                   .arg(newCount == 0 ? newLine[start] : newLine[start] + 1)
                   .arg(newCount);
        for (size_t j = start; j < stop; ++j) {
            const Step &s = steps[j];
            const QChar mark = s.op == Op::Keep ? QLatin1Char(' ') : s.op == Op::Remove ? QLatin1Char('-') : QLatin1Char('+');
            out += mark + (s.op == Op::Add ? after[s.line] : before[s.line]) + QLatin1Char('\n');
        }
        i = stop;
    }
    return out;
}

} // namespace sd
