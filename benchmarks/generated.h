// SPDX-License-Identifier: MIT
// The generated designs the benchmarks run on (seed 7, as `stackdraft-cli generate --seed 7`), made
// once per size and kept for every benchmark of the process.
#pragma once

#include "catalog.h"
#include "generator.h"

#include <map>

namespace sd::bench {

inline const Design &generatedDesign(int components)
{
    static std::map<int, Design> cache;
    auto it = cache.find(components);
    if (it == cache.end())
        it = cache.emplace(components, generateDesign({components, 7}, Catalog::builtin())).first;
    return it->second;
}

} // namespace sd::bench
