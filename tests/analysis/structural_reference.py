#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Independent reference for the `structural` object of `stackdraft-cli validate --format json`
(tst_validatecli): reads each design file with PyYAML, builds its dependency graph with networkx
and compares cut vertices, bridges (a call and its callback are one link), the per-entry-point
immediate dominators and what each dominator cuts off, and the names, all by component id.
argv[1]: JSON list of {design: path, report: structural object}. Prints "N designs agree" or
the first difference (exit 1)."""
import json
import sys

import networkx as nx
import yaml

TRAFFIC_SOURCES = {"users", "partner-api"}


def expected(design):
    components = design.get("components") or []
    connections = design.get("connections") or []
    ids = [c["id"] for c in components]
    names = {c["id"]: c["name"] for c in components}
    directed = nx.DiGraph()
    directed.add_nodes_from(ids)
    directed.add_edges_from((c["from"], c["to"]) for c in connections)
    undirected = nx.Graph(directed.to_undirected())
    entries = [c["id"] for c in components if c["kind"] in TRAFFIC_SOURCES]
    if not entries:
        entries = [v for v in ids if directed.in_degree(v) == 0]
    dominators = {}
    named = set()
    for entry in entries:
        idom = nx.immediate_dominators(directed, entry)
        immediate = {v: d for v, d in idom.items() if v != entry}
        tree = nx.DiGraph((d, v) for v, d in immediate.items())
        dominating = []
        for v in tree.nodes:
            below = len(nx.descendants(tree, v))
            if v != entry and below > 0:
                dominating.append({"id": v, "cutsOff": below})
        dominating.sort(key=lambda d: (-d["cutsOff"], d["id"]))
        dominators[entry] = {"immediate": dict(sorted(immediate.items())), "dominating": dominating}
        named.add(entry)
        named.update(immediate)
    cuts = sorted(nx.articulation_points(undirected))
    bridges = sorted(sorted(b) for b in nx.bridges(undirected))
    named.update(cuts)
    for a, b in bridges:
        named.update((a, b))
    return {
        "cutVertices": cuts,
        "bridges": bridges,
        "dominators": dominators,
        "names": {v: names[v] for v in sorted(named)},
    }


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        cases = json.load(f)
    for case in cases:
        with open(case["design"], encoding="utf-8") as f:
            design = yaml.safe_load(f)
        want = expected(design)
        got = case["report"]
        for key in want:
            if got.get(key) != want[key]:
                print(f"{case['design']}: {key} differs\n got  {got.get(key)}\n want {want[key]}")
                sys.exit(1)
        if set(got) != set(want):
            print(f"{case['design']}: keys {sorted(got)} != {sorted(want)}")
            sys.exit(1)
    print(f"{len(cases)} designs agree")


if __name__ == "__main__":
    main()
