#!/usr/bin/env python3
"""Times networkx's preflow_push and igraph's maxflow on a graph written by the benchmark
(bench/reference-peers.ts): first line "n m source sink", then one arc per line
"tail head capacity" (capacity -1: uncapacitated). Prints JSON: per library the median
time in ms over the runs (graph construction excluded) and the max-flow value.

Usage: /usr/bin/python3 bench/reference_maxflow.py graph.txt runs skip_networkx(0|1)
"""
import json
import statistics
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


def median_ms(work, runs):
    times = []
    value = None
    for _ in range(runs):
        start = time.perf_counter()
        value = work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), value


def main():
    path, runs, skip_networkx = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1"
    n, source, sink, arcs = read(path)
    finite = sum(c for _, _, c in arcs if c >= 0)
    out = {}
    try:
        import igraph

        graph = igraph.Graph(n=n, edges=[(t, h) for t, h, _ in arcs], directed=True)
        capacity = [c if c >= 0 else 2 * finite + 1 for _, _, c in arcs]
        ms, value = median_ms(lambda: graph.maxflow(source, sink, capacity=capacity).value, runs)
        out["igraph"] = {"version": igraph.__version__, "ms": ms, "value": value}
    except ImportError:
        out["igraph"] = None
    if skip_networkx:
        out["networkx"] = None
    else:
        import networkx
        from networkx.algorithms.flow import preflow_push

        graph = networkx.DiGraph()
        graph.add_nodes_from(range(n))
        for tail, head, capacity in arcs:  # parallel arcs merge: same max-flow value
            if graph.has_edge(tail, head):
                if capacity < 0 or "capacity" not in graph[tail][head]:
                    graph[tail][head].pop("capacity", None)
                else:
                    graph[tail][head]["capacity"] += capacity
            elif capacity < 0:
                graph.add_edge(tail, head)
            else:
                graph.add_edge(tail, head, capacity=capacity)
        ms, value = median_ms(lambda: networkx.maximum_flow_value(graph, source, sink, flow_func=preflow_push), runs)
        out["networkx"] = {"version": networkx.__version__, "ms": ms, "value": value}
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
