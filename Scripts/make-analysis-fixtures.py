#!/usr/bin/env python3
"""Generate the NetworkX reference fixtures for NexusAnalysis tests.

Run from the package root:

    python3 Scripts/make-analysis-fixtures.py

Writes one JSON file per graph into Tests/NexusAnalysisTests/Fixtures/. Every expected value
comes from NetworkX (the independent implementation); the Swift tests compare against them.

Conventions shared with NexusAnalysis:
  * graphs are undirected and simple; node ids are strings;
  * "weight" is co-mention strength; weighted shortest paths use distance = 1 / weight;
  * eigenvector and PageRank are iterated to a much tighter tolerance than NetworkX's default
    so that the fixture is the converged value, not NetworkX's stopping point.
"""
import json
import os
import random
import sys

import networkx as nx

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "NexusAnalysisTests", "Fixtures")


def relabel(g):
    return nx.relabel_nodes(g, {v: str(v) for v in g.nodes()})


def with_distance(g):
    for u, v, d in g.edges(data=True):
        d.setdefault("weight", 1.0)
        d["weight"] = float(d["weight"])
        d["distance"] = 1.0 / d["weight"]
    return g


def scores(d):
    return {str(k): float(v) for k, v in sorted(d.items())}


def sorted_sets(sets):
    return sorted(sorted(s) for s in sets)


def shortest_lengths(g, sources, weight):
    out = {}
    for s in sources:
        lengths = nx.single_source_dijkstra_path_length(g, s, weight=weight) if weight else \
            nx.single_source_shortest_path_length(g, s)
        out[s] = {t: float(l) for t, l in sorted(lengths.items())}
    return out


def path_length(g, path, weight):
    if weight is None:
        return float(len(path) - 1)
    return float(sum(g[a][b][weight] for a, b in zip(path, path[1:])))


def k_shortest(g, pairs, k, weight):
    cases = []
    for s, t in pairs:
        if not nx.has_path(g, s, t):
            cases.append({"source": s, "target": t, "k": k, "weighted": weight is not None, "paths": [], "lengths": []})
            continue
        paths = []
        for p in nx.shortest_simple_paths(g, s, t, weight=weight):
            paths.append(p)
            if len(paths) == k:
                break
        cases.append({
            "source": s, "target": t, "k": k, "weighted": weight is not None,
            "paths": paths, "lengths": [path_length(g, p, weight) for p in paths],
        })
    return cases


def partitions(g, seed):
    """Fixed partitions with NetworkX's modularity on each (weighted by 'weight')."""
    out = []
    louvain = nx.community.louvain_communities(g, weight="weight", seed=seed)
    greedy = nx.community.greedy_modularity_communities(g, weight="weight")
    comps = list(nx.connected_components(g))
    rng = random.Random(seed)
    nodes = sorted(g.nodes())
    rand = {}
    for v in nodes:
        rand.setdefault(rng.randrange(4), set()).add(v)
    for label, part in [("louvain", louvain), ("greedy", greedy), ("components", comps),
                        ("random4", list(rand.values())), ("singletons", [{v} for v in nodes])]:
        part = [set(c) for c in part if c]
        out.append({
            "label": label,
            "communities": sorted_sets(part),
            "modularity": float(nx.community.modularity(g, part, weight="weight")),
            "modularity_resolution_0_5": float(nx.community.modularity(g, part, weight="weight", resolution=0.5)),
        })
    return out


def fixture(name, g, weighted, seed=7):
    g = with_distance(relabel(g))
    nodes = sorted(g.nodes())
    rng = random.Random(seed)
    sources = rng.sample(nodes, min(4, len(nodes)))
    pairs = [tuple(rng.sample(nodes, 2)) for _ in range(4)]
    data = {
        "name": name,
        "weighted": weighted,
        "nodes": nodes,
        "edges": [[u, v, g[u][v]["weight"]] for u, v in sorted(tuple(sorted(e)) for e in g.edges())],
        "degree_centrality": scores(nx.degree_centrality(g)),
        "weighted_degree": scores(dict(g.degree(weight="weight"))),
        "betweenness": scores(nx.betweenness_centrality(g, normalized=True)),
        "betweenness_raw": scores(nx.betweenness_centrality(g, normalized=False)),
        "betweenness_distance": scores(nx.betweenness_centrality(g, normalized=True, weight="distance")),
        "closeness": scores(nx.closeness_centrality(g, wf_improved=True)),
        "closeness_distance": scores(nx.closeness_centrality(g, distance="distance", wf_improved=True)),
        "eigenvector": scores(nx.eigenvector_centrality(g, max_iter=100000, tol=1e-14)),
        "eigenvector_weighted": scores(nx.eigenvector_centrality(g, max_iter=100000, tol=1e-14, weight="weight")),
        "pagerank": scores(nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-14, max_iter=100000)),
        "pagerank_unweighted": scores(nx.pagerank(g, alpha=0.85, weight=None, tol=1e-14, max_iter=100000)),
        "components": sorted_sets(nx.connected_components(g)),
        "partitions": partitions(g, seed),
        "shortest_path_lengths": shortest_lengths(g, sources, None),
        "distance_path_lengths": shortest_lengths(g, sources, "distance"),
        "k_shortest": k_shortest(g, pairs, 6, None) + k_shortest(g, pairs, 6, "distance"),
        "ego": [
            {"center": c, "radius": r, "nodes": sorted(nx.ego_graph(g, c, radius=r).nodes())}
            for c in sources[:2] for r in (1, 2)
        ],
    }
    write_fixture(name, data, f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges")


def write_fixture(name, data, summary):
    """Writes `data` to Fixtures/NAME.json: indented, keys sorted, final newline."""
    path = os.path.join(OUT, f"{name}.json")
    with open(path, "w") as f:
        json.dump(data, f, indent=1, sort_keys=True)
        f.write("\n")
    print(f"wrote {path}: {summary}")


def random_weighted(n, m, seed):
    g = nx.gnm_random_graph(n, m, seed=seed)
    rng = random.Random(seed)
    for u, v in g.edges():
        g[u][v]["weight"] = float(rng.randint(1, 5))
    return g


def disconnected(seed):
    a = random_weighted(30, 60, seed)
    b = nx.relabel_nodes(random_weighted(20, 35, seed + 1), lambda v: v + 100)
    g = nx.union(a, b)
    g.add_edge(500, 501, weight=2.0)
    g.add_nodes_from([900, 901])  # isolated nodes (the second random graph has one more)
    return g


def attempt(compute):
    """NetworkX's answer, or {"error": its message} when it refuses the graph."""
    try:
        return compute()
    except Exception as error:  # NetworkXPointlessConcept, ZeroDivisionError, ...
        return {"error": f"{type(error).__name__}: {error}"}


def degenerate_case(name, nodes, edges, pairs=()):
    """One small graph at an edge of the definitions: empty, one node, one edge, isolated
    nodes, disconnected pairs, self-loops. `edges` may hold self-loops: NexusAnalysis drops
    them (AnalysisGraph is simple), so NetworkX is run on the graph without them and the
    fixture keeps both edge lists."""
    given = [[str(u), str(v), float(w)] for u, v, w in edges]
    g = nx.Graph()
    g.add_nodes_from(str(v) for v in nodes)
    for u, v, w in given:
        if u != v:
            g.add_edge(u, v, weight=w)
        else:
            g.add_node(u)
    g = with_distance(g)
    ids = sorted(g.nodes())
    single = [{v} for v in ids]
    return {
        "name": name,
        "nodes": ids,
        "edges_given": given,
        "edges": [[u, v, g[u][v]["weight"]] for u, v in sorted(tuple(sorted(e)) for e in g.edges())],
        "degree_centrality": attempt(lambda: scores(nx.degree_centrality(g))),
        "weighted_degree": attempt(lambda: scores(dict(g.degree(weight="weight")))),
        "betweenness": attempt(lambda: scores(nx.betweenness_centrality(g, normalized=True))),
        "betweenness_raw": attempt(lambda: scores(nx.betweenness_centrality(g, normalized=False))),
        "betweenness_distance": attempt(lambda: scores(nx.betweenness_centrality(g, normalized=True, weight="distance"))),
        "closeness": attempt(lambda: scores(nx.closeness_centrality(g, wf_improved=True))),
        "closeness_distance": attempt(lambda: scores(nx.closeness_centrality(g, distance="distance", wf_improved=True))),
        "eigenvector": attempt(lambda: scores(nx.eigenvector_centrality(g, max_iter=100000, tol=1e-14))),
        "eigenvector_weighted": attempt(lambda: scores(nx.eigenvector_centrality(g, max_iter=100000, tol=1e-14, weight="weight"))),
        "pagerank": attempt(lambda: scores(nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-14, max_iter=100000))),
        "pagerank_unweighted": attempt(lambda: scores(nx.pagerank(g, alpha=0.85, weight=None, tol=1e-14, max_iter=100000))),
        "components": sorted_sets(nx.connected_components(g)),
        "modularity_singletons": attempt(lambda: float(nx.community.modularity(g, single, weight="weight"))),
        "modularity_components": attempt(lambda: float(nx.community.modularity(g, list(nx.connected_components(g)), weight="weight"))),
        "louvain": attempt(lambda: sorted_sets(nx.community.louvain_communities(g, weight="weight", seed=1))),
        "shortest_path_lengths": shortest_lengths(g, ids, None),
        "distance_path_lengths": shortest_lengths(g, ids, "distance"),
        "k_shortest": k_shortest(g, list(pairs), 3, None) + k_shortest(g, list(pairs), 3, "distance"),
        "ego": [{"center": c, "radius": r, "nodes": sorted(nx.ego_graph(g, c, radius=r).nodes())} for c in ids[:2] for r in (0, 1)],
    }


def degenerate():
    """Graphs with zero, one or two nodes, isolated nodes, a single edge, self-loops and
    disconnected pairs, in one file with the NetworkX version that produced it."""
    cases = [
        degenerate_case("empty", [], []),
        degenerate_case("one_node", ["a"], []),
        degenerate_case("one_node_self_loop", ["a"], [("a", "a", 2.0)]),
        degenerate_case("two_isolated", ["a", "b"], [], [("a", "b")]),
        degenerate_case("one_edge", [], [("a", "b", 1.0)], [("a", "b")]),
        degenerate_case("one_edge_weighted", [], [("a", "b", 3.0)], [("a", "b")]),
        degenerate_case("one_edge_and_isolated", ["c"], [("a", "b", 1.0)], [("a", "b"), ("a", "c")]),
        degenerate_case("two_disconnected_edges", [], [("a", "b", 1.0), ("c", "d", 2.0)], [("a", "b"), ("a", "d")]),
        degenerate_case("path_with_self_loop", [], [("a", "b", 1.0), ("b", "b", 4.0), ("b", "c", 2.0)], [("a", "c")]),
        degenerate_case("star_and_isolated", ["z"], [("c", "l1", 1.0), ("c", "l2", 1.0), ("c", "l3", 1.0)],
                        [("l1", "l2"), ("l1", "z")]),
        degenerate_case("triangle_and_pair", [], [("a", "b", 1.0), ("b", "c", 1.0), ("a", "c", 1.0), ("x", "y", 5.0)],
                        [("a", "c"), ("a", "x")]),
    ]
    write_fixture("degenerate", {"networkx_version": nx.__version__, "cases": cases}, f"{len(cases)} degenerate graphs")


def louvain_rule_case(name, g, resolution, threshold, why):
    """A graph on which NetworkX's Louvain gives one partition for every seed, with a
    resolution or threshold that exercises one of its rules (`why`)."""
    answers = [sorted_sets(nx.community.louvain_communities(g, weight="weight", resolution=resolution,
                                                             threshold=threshold, seed=s)) for s in range(8)]
    assert all(a == answers[0] for a in answers), f"{name}: NetworkX's partition depends on the seed"
    return {
        "name": name,
        "why": why,
        "nodes": sorted(str(v) for v in g.nodes()),
        "edges": [[str(u), str(v), float(d.get("weight", 1.0))] for u, v, d in sorted(g.edges(data=True))],
        "resolution": resolution,
        "threshold": threshold,
        "partition": answers[0],
    }


def louvain_rules():
    """The gain and stopping rules of Louvain, each on a graph whose answer does not depend
    on the visiting order: a move with zero gain is not made (one edge at resolution 2, where
    joining gains exactly 0), and no further level runs once a level raised modularity by no
    more than the threshold (a ring of ten triangles: level one finds the triangles, raising
    modularity by 0.684; a second level would merge neighbouring triangles)."""
    one_edge = nx.Graph()
    one_edge.add_edge("a", "b", weight=1.0)
    ring = nx.relabel_nodes(nx.ring_of_cliques(10, 3), lambda v: f"n{v:02d}")
    cases = [
        louvain_rule_case("one_edge_resolution_2", one_edge, 2.0, 1e-7, "zero gain: no move"),
        louvain_rule_case("ring_of_triangles_threshold", ring, 1.0, 0.7, "gain below threshold: no second level"),
    ]
    write_fixture("louvain_rules", {"networkx_version": nx.__version__, "cases": cases}, f"{len(cases)} Louvain rule cases")


def main():
    os.makedirs(OUT, exist_ok=True)
    print(f"networkx {nx.__version__}", file=sys.stderr)
    fixture("krackhardt_kite", nx.krackhardt_kite_graph(), False)
    fixture("florentine_families", nx.florentine_families_graph(), False)
    fixture("karate_club", nx.karate_club_graph(), True)  # NetworkX >= 2.8 stores interaction counts as weight
    fixture("les_miserables", nx.les_miserables_graph(), True)
    fixture("gnm_unweighted", nx.gnm_random_graph(80, 240, seed=11), False)
    fixture("gnm_weighted", random_weighted(70, 200, seed=12), True)
    fixture("disconnected_weighted", disconnected(13), True)
    degenerate()
    louvain_rules()


if __name__ == "__main__":
    main()
