#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Independent reference for tst_dependencygraph: networkx computes articulation points,
bridges (on the simple undirected graph: a call and its callback are one link), immediate
dominators and reachability for the graphs the test wrote. Reads JSON from argv[1], prints JSON."""
import json
import sys

import networkx as nx


def analyse(graph):
    n = graph["n"]
    edges = [tuple(e) for e in graph["edges"]]
    undirected = nx.MultiGraph()
    undirected.add_nodes_from(range(n))
    undirected.add_edges_from((a, b) for a, b in edges if a != b)
    directed = nx.DiGraph()
    directed.add_nodes_from(range(n))
    directed.add_edges_from(edges)
    root = graph["root"]
    idom = nx.immediate_dominators(directed, root)
    return {
        "articulation": sorted(nx.articulation_points(nx.Graph(undirected))),
        "bridges": sorted(sorted(b) for b in nx.bridges(nx.Graph(undirected))),
        # networkx maps the root to itself and leaves unreachable vertices out.
        "idom": [(-1 if v == root else idom[v]) if v in idom else -2 for v in range(n)],
        "reachable": sorted(nx.descendants(directed, root) | {root}),
    }


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        graphs = json.load(f)
    json.dump([analyse(g) for g in graphs], sys.stdout)


if __name__ == "__main__":
    main()
