// SPDX-License-Identifier: MIT
#pragma once

#include "design.h"

namespace sd {

class Catalog;

struct GeneratorOptions {
    int components = 100;
    quint32 seed = 1;
};

/**
 * A large, realistic design for benchmarks and scale tests: an AWS and a Google Cloud
 * region with three availability zones each, traffic sources and edge in front,
 * services in tiers calling each other and their data stores, queues between some
 * tiers, about 1.5 connections per component. The same options give the same design.
 */
Design generateDesign(const GeneratorOptions &options, const Catalog &catalog);

} // namespace sd
