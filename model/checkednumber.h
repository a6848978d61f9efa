// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <cmath>
#include <optional>

namespace sd {

/**
 * The one checked float-to-int conversion. A cast of a double that is NaN, infinite or outside
 * the range of qint64 is undefined behaviour (UBSan found one giving -9223372036854775808 for a
 * huge answer); these never cast such a value.
 */
/// The double as a whole number when it is one and fits exactly; nothing otherwise.
inline std::optional<qint64> exactInt64(double value)
{
    // 2^63 is exactly representable; every double below it in magnitude converts without UB.
    constexpr double limit = 9223372036854775808.0;
    if (!std::isfinite(value) || value >= limit || value < -limit || value != std::floor(value))
        return std::nullopt;
    return qint64(value);
}

/// Rounded to the nearest whole number and clamped to [low, high]; nothing for NaN.
inline std::optional<qint64> clampedInt64(double value, qint64 low, qint64 high)
{
    if (std::isnan(value))
        return std::nullopt;
    const double rounded = std::round(value);
    if (rounded <= double(low))
        return low;
    if (rounded >= double(high))
        return high;
    return qint64(rounded);
}

} // namespace sd
