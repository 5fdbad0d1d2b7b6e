#!/usr/bin/env python3
"""Times networkx's preflow_push and igraph's maxflow on a graph written by the benchmark
(bench/reference-peers.ts): first line "n m source sink", then one arc per line
"tail head capacity" (capacity -1: uncapacitated).

Serves timing requests so that the benchmark can interleave them with its own runs (the
machine's load then affects both sides alike): after reading the graph it prints
"ready", then for each line "igraph" or "networkx" on stdin times one max-flow (graph
construction excluded) and prints {"ms": ..., "value": ..., "version": ...} as one JSON
line; "quit" ends. A library that cannot be imported answers {"error": ...}.

Usage: /usr/bin/python3 bench/reference_maxflow.py graph.txt
"""
import json
import sys
import time


def read(path):
    with open(path) as handle:
        n, m, source, sink = map(int, handle.readline().split())
        arcs = []
        for line in handle:
            tail, head, capacity = line.split()
            arcs.append((int(tail), int(head), float(capacity)))
    return n, source, sink, arcs


def igraph_solver(n, source, sink, arcs):
    import igraph

    finite = sum(c for _, _, c in arcs if c >= 0)
    graph = igraph.Graph(n=n, edges=[(t, h) for t, h, _ in arcs], directed=True)
    capacity = [c if c >= 0 else 2 * finite + 1 for _, _, c in arcs]
    return igraph.__version__, lambda: graph.maxflow(source, sink, capacity=capacity).value


def networkx_solver(n, source, sink, arcs):
    import networkx
    from networkx.algorithms.flow import preflow_push

    graph = networkx.DiGraph()
    graph.add_nodes_from(range(n))
    for tail, head, capacity in arcs:  # parallel arcs merge: the same max-flow value
        if graph.has_edge(tail, head):
            data = graph[tail][head]
            if capacity < 0 or "capacity" not in data:
                data.pop("capacity", None)
            else:
                data["capacity"] += capacity
        elif capacity < 0:
            graph.add_edge(tail, head)
        else:
            graph.add_edge(tail, head, capacity=capacity)
    return networkx.__version__, lambda: networkx.maximum_flow_value(graph, source, sink, flow_func=preflow_push)


def main():
    n, source, sink, arcs = read(sys.argv[1])
    makers = {"igraph": igraph_solver, "networkx": networkx_solver}
    solvers = {}
    print("ready", flush=True)
    for line in sys.stdin:
        name = line.strip()
        if name == "quit":
            break
        try:
            if name not in solvers:
                solvers[name] = makers[name](n, source, sink, arcs)
            version, solve = solvers[name]
            start = time.perf_counter()
            value = solve()
            answer = {"ms": (time.perf_counter() - start) * 1000, "value": value, "version": version}
        except Exception as error:  # report, keep serving
            answer = {"error": "%s: %s" % (type(error).__name__, error)}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main()
