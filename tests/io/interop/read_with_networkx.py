"""Reads Chokepoint's exports with networkx (written by others, sharing no code with
Chokepoint) and prints what networkx saw, as JSON, for tests/io/interop/networkx.test.ts.

    python3 read_with_networkx.py probe
    python3 read_with_networkx.py gexf|graphml <file>

For each file: node and edge counts, the attribute names found on nodes and edges, every
node's label and viz, every edge's attributes (dynamic attributes as [value, start, end]
spells), and the graph's own attributes.
"""
import json
import sys

import networkx as nx
from networkx.readwrite.gexf import GEXF


def plain(value):
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def main():
    kind = sys.argv[1]
    if kind == "probe":
        print(json.dumps({"networkx": nx.__version__, "gexf13": "1.3" in GEXF.versions}))
        return
    path = sys.argv[2]
    graph = nx.read_gexf(path) if kind == "gexf" else nx.read_graphml(path)
    nodes = {str(node): plain(data) for node, data in graph.nodes(data=True)}
    edges = [plain(data) | {"source": str(u), "target": str(v)} for u, v, data in graph.edges(data=True)]
    print(
        json.dumps(
            {
                "directed": graph.is_directed(),
                "multigraph": graph.is_multigraph(),
                "nodeCount": graph.number_of_nodes(),
                "edgeCount": graph.number_of_edges(),
                "nodeAttributes": sorted({key for data in nodes.values() for key in data}),
                "edgeAttributes": sorted({key for data in edges for key in data}),
                "nodes": nodes,
                "edges": edges,
                "graph": plain(graph.graph),
            }
        )
    )


main()
