#!/usr/bin/env python3
"""Independent reference for Chokepoint's throughput analysis, written from
docs/analysis.md with networkx (and, for the exact linear program, scipy).

Reads a JSON document {"cases": [{"name", "dataset", "openCapacity"?}, ...]} on stdin
or from the file named on the command line, and prints, per case:
  value        maximum flow (kg/month fentanyl-equivalent) of the compiled network,
               built here from the dataset without any of Chokepoint's code;
  cut          the minimum cut closest to the sources, as sorted keys
               ("edge:<id>", "node:<id>", "lab:<id>", "intake:<lab>:<commodity>");
  cutCapacity  the sum of the cut's capacities;
  lp           (with --lp, when scipy is present) the exact optimum of the linear
               program that the max-flow model approximates; null otherwise.

Usage: python3 scripts/reference_flow.py [--lp] [cases.json]
"""
import json
import sys
from collections import deque

import networkx as nx

# Edmonds-Karp, not preflow_push: networkx's preflow-push can crash on float capacities
# (round-off leaves a crumb of excess with no residual arc out, networkx issue #7775); it
# did here, rarely, in the test suite. Augmenting paths carry no such state, and these
# cases are small.
from networkx.algorithms.flow import edmonds_karp

PRIMARY_RANK = {"immediate-precursor": 3, "precursor": 2, "pre-precursor": 1, "reagent": 0, "product": -1}
INF = float("inf")


class Model:
    """The dataset read into plain dictionaries (one class per chemical, one for products)."""

    def __init__(self, dataset, open_capacity):
        self.dataset = dataset
        self.kind_of = {c["id"]: c["kind"] for c in dataset["commodities"]}
        self.nodes = {n["id"]: n for n in dataset["nodes"]}
        self.edges = dataset["edges"]
        self.open = open_capacity if open_capacity is not None else [e["capacity"] for e in self.edges]
        self.recipes = []  # (lab, recipe id, [(commodity, ratio)], primary commodity)
        ratios = {}
        for n in dataset["nodes"]:
            if n["kind"] != "lab":
                continue
            for r in n.get("recipes", []):
                merged = {}
                for item in r["inputs"]:
                    merged[item["commodity"]] = merged.get(item["commodity"], 0) + item["ratio"]
                inputs = list(merged.items())
                primary = inputs[0][0]
                for c, _ in inputs:
                    if PRIMARY_RANK[self.kind_of[c]] > PRIMARY_RANK[self.kind_of[primary]]:
                        primary = c
                self.recipes.append((n["id"], r["id"], inputs, primary))
                for c, ratio in inputs:
                    if self.kind_of[c] != "product":
                        ratios.setdefault(c, set()).add(ratio)
        self.min_ratio = {c: min(rs) for c, rs in ratios.items()}
        self.split = {v for v, n in self.nodes.items() if "capacity" in n and n["kind"] != "lab"}
        # Pill-pressing labs (a recipe whose input is product) take product in at one
        # vertex and ship it from another; the recipe and the lab capacity join them.
        self.presses = {lab for lab, _, inputs, _ in self.recipes if self.kind_of[inputs[0][0]] == "product"}

    def cls(self, commodity):
        return "product" if self.kind_of[commodity] == "product" else commodity

    def scale(self, k):
        return 1.0 if k == "product" else 1.0 / self.min_ratio.get(k, 1.0)

    def two_vertices(self, v, k):
        return v in self.split or (k == "product" and v in self.presses)

    def vin(self, v, k):
        return ("in", v, k) if self.two_vertices(v, k) else ("st", v, k)

    def vout(self, v, k):
        return ("out", v, k) if self.two_vertices(v, k) else ("st", v, k)

    def states(self):
        found = set()
        for e in self.edges:
            k = self.cls(e["commodity"])
            found.add((e["source"], k))
            found.add((e["target"], k))
        for lab, _, inputs, _ in self.recipes:
            found.add((lab, "product"))
            for c, _ in inputs:
                found.add((lab, c))
        return found


def add(graph, u, v, capacity, key):
    attributes = {"key": key}
    if capacity != INF:
        attributes["capacity"] = capacity
    graph.add_edge(u, v, **attributes)


def chemical_network(model, units, only=None):
    """Edges, splits and producer sources (of one class when `only` is given); units 'kg' or 'flow' (fentanyl-eq)."""
    graph = nx.DiGraph()
    graph.add_node("S")
    for i, e in enumerate(model.edges):
        k = model.cls(e["commodity"])
        if only is not None and k != only:
            continue
        factor = model.scale(k) if units == "flow" else 1.0
        middle = ("edge", e["id"])
        add(graph, model.vout(e["source"], k), middle, model.open[i] * factor, "edge:" + e["id"])
        add(graph, middle, model.vin(e["target"], k), INF, None)
        if model.nodes[e["source"]]["kind"] == "producer":
            add(graph, "S", model.vin(e["source"], k), INF, None)
    for v, k in model.states():
        if v in model.split and (only is None or k == only):
            factor = model.scale(k) if units == "flow" else 1.0
            add(graph, ("in", v, k), ("out", v, k), model.nodes[v]["capacity"] * factor, "node:" + v)
    return graph


def reachable(graph, start):
    seen = {start}
    queue = deque([start])
    while queue:
        u = queue.popleft()
        for v, data in graph[u].items():
            if v not in seen and data.get("capacity", INF) > 0:
                seen.add(v)
                queue.append(v)
    return seen


def recipe_bounds(model):
    """Per recipe: its output bound (0 when an input is missing, inf when unbounded)."""
    reached = reachable(chemical_network(model, "kg"), "S")
    deliverable = {}
    bounds = {}
    for lab, rid, inputs, _ in model.recipes:
        if model.kind_of[inputs[0][0]] == "product":
            bounds[(lab, rid)] = INF  # pressing: whatever product arrives passes, up to the lab capacity
            continue
        if not all(("st", lab, c) in reached for c, _ in inputs):
            bounds[(lab, rid)] = 0.0
            continue
        capped = len(inputs) > 1 or inputs[0][1] > model.min_ratio[inputs[0][0]]
        if not capped:
            bounds[(lab, rid)] = INF
            continue
        bound = INF
        for c, ratio in inputs:
            if (lab, c) not in deliverable:
                own = chemical_network(model, "kg", only=c)
                deliverable[(lab, c)] = nx.maximum_flow_value(own, "S", ("st", lab, c), flow_func=edmonds_karp)
            bound = min(bound, deliverable[(lab, c)] / ratio)
        bounds[(lab, rid)] = bound
    return bounds


def flow_network(model):
    graph = chemical_network(model, "flow")
    graph.add_node("T")
    for v, k in model.states():
        if k == "product" and model.nodes[v]["kind"] == "market":
            add(graph, model.vout(v, "product"), "T", INF, None)
    bounds = recipe_bounds(model)
    intakes = {}
    for lab, rid, inputs, primary in model.recipes:
        for c, _ in inputs:
            intakes.setdefault((lab, c), 0.0)
        intakes[(lab, primary)] += bounds[(lab, rid)]
    for (lab, c), capacity in intakes.items():
        add(graph, model.vin(lab, model.cls(c)), ("labout", lab), capacity, "intake:%s:%s" % (lab, c))
    for lab in {lab for lab, _, _, _ in model.recipes}:
        add(graph, ("labout", lab), model.vout(lab, "product"), model.nodes[lab].get("capacity", INF), "lab:" + lab)
    return graph


def max_flow_and_cut(graph):
    residual = edmonds_karp(graph, "S", "T")
    value = residual.graph["flow_value"]
    tolerance = 1e-9 * max([1.0] + [d["capacity"] for _, _, d in graph.edges(data=True) if "capacity" in d])
    side = {"S"}
    queue = deque(["S"])
    while queue:
        u = queue.popleft()
        for v, data in residual[u].items():
            if v not in side and data["capacity"] - data["flow"] > tolerance:
                side.add(v)
                queue.append(v)
    cut = []
    capacity = 0.0
    for u, v, data in graph.edges(data=True):
        if u in side and v not in side and data.get("capacity", INF) > 0:
            cut.append(data["key"])
            capacity += data["capacity"]
    return value, sorted(cut), capacity


def exact_lp(model):
    """max product into markets s.t. edge and node capacities, recipe ratios (AND), conservation."""
    try:
        from scipy.optimize import linprog
    except ImportError:
        return None
    edges = model.edges
    recipes = model.recipes
    n_x = len(edges)
    n = n_x + len(recipes)
    rows, rhs = [], []

    def row():
        return [0.0] * n

    for v, k in model.states():
        node = model.nodes[v]
        if node["kind"] == "producer" and any(e["source"] == v and model.cls(e["commodity"]) == k for e in edges):
            continue  # unlimited supply
        if k == "product" and v in model.presses:
            # in-side: product arriving feeds the pressing recipes; out-side: recipes feed what leaves.
            r_in, r_out = row(), row()
            for i, e in enumerate(edges):
                if model.cls(e["commodity"]) == k:
                    if e["target"] == v:
                        r_in[i] -= 1
                    if e["source"] == v:
                        r_out[i] += 1
            for j, (lab, _, inputs, _) in enumerate(recipes):
                if lab != v:
                    continue
                r_out[n_x + j] -= 1
                if model.kind_of[inputs[0][0]] == "product":
                    r_in[n_x + j] += inputs[0][1]
            rows += [r_in, r_out]
            rhs += [0.0, 0.0]
            continue
        if node["kind"] == "market" and k == "product":
            r = row()
            for i, e in enumerate(edges):
                if model.cls(e["commodity"]) == k:
                    if e["source"] == v:
                        r[i] += 1
                    if e["target"] == v:
                        r[i] -= 1
            rows.append(r)
            rhs.append(0.0)
            continue
        r = row()
        for i, e in enumerate(edges):
            if model.cls(e["commodity"]) != k:
                continue
            if e["source"] == v:
                r[i] += 1
            if e["target"] == v:
                r[i] -= 1
        for j, (lab, _, inputs, _) in enumerate(recipes):
            if lab != v:
                continue
            if k == "product":
                r[n_x + j] -= 1
            for c, ratio in inputs:
                if model.cls(c) == k:
                    r[n_x + j] += ratio
        rows.append(r)
        rhs.append(0.0)
    for v, node in model.nodes.items():
        if "capacity" not in node:
            continue
        r = row()
        if node["kind"] == "lab":
            for j, (lab, _, _, _) in enumerate(recipes):
                if lab == v:
                    r[n_x + j] = 1
        else:
            for i, e in enumerate(edges):
                if (node["kind"] == "producer" and e["source"] == v) or (node["kind"] != "producer" and e["target"] == v):
                    r[i] = 1
        rows.append(r)
        rhs.append(node["capacity"])
    objective = [0.0] * n
    for i, e in enumerate(edges):
        if model.cls(e["commodity"]) != "product":
            continue
        if model.nodes[e["target"]]["kind"] == "market":
            objective[i] -= 1
        if model.nodes[e["source"]]["kind"] == "market":
            objective[i] += 1
    bounds = [(0, model.open[i]) for i in range(n_x)] + [(0, None)] * len(recipes)
    result = linprog(objective, A_ub=rows or None, b_ub=rhs or None, bounds=bounds, method="highs")
    return -result.fun if result.status == 0 else None


def main(argv):
    want_lp = "--lp" in argv
    files = [a for a in argv if not a.startswith("--")]
    document = json.load(open(files[0]) if files else sys.stdin)
    out = []
    for case in document["cases"]:
        model = Model(case["dataset"], case.get("openCapacity"))
        value, cut, capacity = max_flow_and_cut(flow_network(model))
        out.append({"name": case["name"], "value": value, "cut": cut, "cutCapacity": capacity, "lp": exact_lp(model) if want_lp else None})
    json.dump({"networkx": nx.__version__, "results": out}, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1:])
