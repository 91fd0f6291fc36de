#!/usr/bin/env python3
"""Run igraph and NetworkX on the same edge-list file as `nexus-bench`, and compare them.

Edge lists are tab-separated `u<TAB>v[<TAB>weight]` files, as written by
`nexus-bench <name> --edge-list FILE`. Lines print as `RESULT key value`, like nexus-bench.

    # one peer, one measure
    python3 Scripts/bench-peers.py betweenness FILE --lib igraph
    python3 Scripts/bench-peers.py pagerank FILE --lib networkx

    # side by side, repeated, medians (the figures in docs/README-analysis.md)
    python3 Scripts/bench-peers.py compare-betweenness --bench .build/release/nexus-bench
    python3 Scripts/bench-peers.py compare-pagerank --bench .build/release/nexus-bench

The machine may be shared: runs alternate ours/peer inside each repetition and medians are
reported, so that load from other processes affects both sides alike.
"""
import argparse
import re
import statistics
import subprocess
import sys
import time


def result(key, value):
    print(f"RESULT {key} {value}", flush=True)


def load_igraph(path):
    import igraph
    return igraph.Graph.Read_Ncol(path, names=True, weights="if_present", directed=False)


def load_networkx(path):
    import networkx as nx
    return nx.read_edgelist(path, delimiter="\t", nodetype=str, data=(("weight", float),))


def run_betweenness(path, lib):
    start = time.perf_counter()
    g = load_igraph(path) if lib == "igraph" else load_networkx(path)
    result(f"{lib}_load_seconds", f"{time.perf_counter() - start:.4f}")
    start, cpu = time.perf_counter(), time.process_time()
    if lib == "igraph":
        scores = g.betweenness(directed=False)  # unnormalized, each pair once; single-threaded C
    else:
        import networkx as nx
        scores = list(nx.betweenness_centrality(g, normalized=False).values())
    result(f"{lib}_betweenness_seconds", f"{time.perf_counter() - start:.4f}")
    result(f"{lib}_betweenness_cpu_seconds", f"{time.process_time() - cpu:.4f}")
    result(f"{lib}_betweenness_sum", f"{sum(scores):.6f}")
    result(f"{lib}_betweenness_max", f"{max(scores):.6f}")


def run_pagerank(path, lib):
    start = time.perf_counter()
    g = load_igraph(path) if lib == "igraph" else load_networkx(path)
    result(f"{lib}_load_seconds", f"{time.perf_counter() - start:.4f}")
    start, cpu = time.perf_counter(), time.process_time()
    if lib == "igraph":
        weights = "weight" if "weight" in g.es.attributes() else None
        scores = g.pagerank(directed=False, damping=0.85, weights=weights)  # PRPACK
    else:
        import networkx as nx
        scores = list(nx.pagerank(g, alpha=0.85).values())  # scipy power iteration, tol 1e-6
    result(f"{lib}_pagerank_seconds", f"{time.perf_counter() - start:.4f}")
    result(f"{lib}_pagerank_cpu_seconds", f"{time.process_time() - cpu:.4f}")
    result(f"{lib}_pagerank_max", f"{max(scores):.10g}")


def parse_results(text):
    return {m.group(1): m.group(2) for m in re.finditer(r"^RESULT (\S+) (\S+)$", text, re.M)}


def timed_process(command):
    """Runs a command under /usr/bin/time -v; returns its RESULT lines and peak RSS in MiB."""
    proc = subprocess.run(["/usr/bin/time", "-v"] + command, capture_output=True, text=True, check=True)
    results = parse_results(proc.stdout)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    results["time_peak_rss_mib"] = f"{int(rss.group(1)) / 1024:.1f}"
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", proc.stderr)
    parts = [float(p) for p in wall.group(1).split(":")]
    seconds = 0.0
    for p in parts:
        seconds = seconds * 60 + p
    results["time_wall_seconds"] = f"{seconds:.2f}"
    return results


def median_table(rows, keys):
    for key in keys:
        values = [float(r[key]) for r in rows if key in r]
        if values:
            shown = ", ".join(f"{v:g}" for v in values)
            print(f"{key:44s} median {statistics.median(values):10.4f}   runs: {shown}")


def compare_betweenness(args):
    me = [sys.executable, __file__]
    rows = []
    for rep in range(args.reps):
        row = {}
        bench = subprocess.run(
            [args.bench, "betweenness", "--nodes", str(args.nodes), "--edges", str(args.edges),
             "--seed", str(args.seed), "--threads", "1,2", "--edge-list", args.file],
            capture_output=True, text=True, check=True).stdout
        row.update(parse_results(bench))
        peer = subprocess.run(me + ["betweenness", args.file, "--lib", "igraph"], capture_output=True, text=True, check=True).stdout
        row.update(parse_results(peer))
        row["ratio_ours_1_thread_over_igraph"] = float(row["betweenness_seconds_threads_1"]) / float(row["igraph_betweenness_seconds"])
        row["cpu_ratio_ours_1_thread_over_igraph"] = float(row["betweenness_cpu_seconds_threads_1"]) / float(row["igraph_betweenness_cpu_seconds"])
        row["speedup_2_threads"] = float(row["betweenness_seconds_threads_1"]) / float(row["betweenness_seconds_threads_2"])
        rows.append(row)
        print(f"rep {rep + 1}: {row}", file=sys.stderr, flush=True)
    print(f"G(n={args.nodes}, m={args.edges}, seed={args.seed}); {args.reps} repetitions, medians")
    median_table(rows, ["betweenness_seconds_threads_1", "betweenness_seconds_threads_2", "igraph_betweenness_seconds",
                        "ratio_ours_1_thread_over_igraph", "speedup_2_threads",
                        "betweenness_cpu_seconds_threads_1", "betweenness_cpu_seconds_threads_2",
                        "igraph_betweenness_cpu_seconds", "cpu_ratio_ours_1_thread_over_igraph"])
    print(f"checksums: ours sum {rows[0]['betweenness_sum']} max {rows[0]['betweenness_max']}; "
          f"igraph sum {rows[0]['igraph_betweenness_sum']} max {rows[0]['igraph_betweenness_max']}")


def compare_pagerank(args):
    me = [sys.executable, __file__]
    subprocess.run([args.bench, "pagerank", "--nodes", str(args.nodes), "--edges", str(args.edges),
                    "--seed", str(args.seed), "--edge-list", args.file], capture_output=True, check=True)
    sides = {
        "ours": [args.bench, "pagerank", "--input", args.file],
        "igraph": me + ["pagerank", args.file, "--lib", "igraph"],
        "networkx": me + ["pagerank", args.file, "--lib", "networkx"],
    }
    rows = {name: [] for name in sides}
    for rep in range(args.reps):
        for name, command in sides.items():
            if name == "networkx" and args.skip_networkx:
                continue
            row = timed_process(command)
            rows[name].append(row)
            print(f"rep {rep + 1} {name}: {row}", file=sys.stderr, flush=True)
    print(f"G(n={args.nodes}, m={args.edges}, seed={args.seed}) read from {args.file}; {args.reps} repetitions, medians")
    for name, keys in [
        ("ours", ["load_seconds", "pagerank_seconds_tol_1e-6", "pagerank_seconds_tol_1e-10",
                  "pagerank_cpu_seconds_tol_1e-6", "pagerank_cpu_seconds_tol_1e-10", "time_peak_rss_mib", "time_wall_seconds"]),
        ("igraph", ["igraph_load_seconds", "igraph_pagerank_seconds", "igraph_pagerank_cpu_seconds", "time_peak_rss_mib", "time_wall_seconds"]),
        ("networkx", ["networkx_load_seconds", "networkx_pagerank_seconds", "networkx_pagerank_cpu_seconds",
                      "time_peak_rss_mib", "time_wall_seconds"]),
    ]:
        if rows[name]:
            print(f"-- {name}")
            median_table(rows[name], keys)
    maxima = {name: r[0].get(f"{'' if name == 'ours' else name + '_'}pagerank_max{'_tol_1e-10' if name == 'ours' else ''}")
              for name, r in rows.items() if r}
    print(f"checksums (max score): {maxima}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("betweenness", "pagerank"):
        p = sub.add_parser(name)
        p.add_argument("file")
        p.add_argument("--lib", choices=["igraph", "networkx"], default="igraph")
    for name, nodes, edges in (("compare-betweenness", 10000, 50000), ("compare-pagerank", 200000, 1000000)):
        p = sub.add_parser(name)
        p.add_argument("--bench", required=True, help="path to the release nexus-bench binary")
        p.add_argument("--nodes", type=int, default=nodes)
        p.add_argument("--edges", type=int, default=edges)
        p.add_argument("--seed", type=int, default=1)
        p.add_argument("--reps", type=int, default=3)
        p.add_argument("--file", default=f"/tmp/nexus-{name}.tsv")
        p.add_argument("--skip-networkx", action="store_true")
    args = parser.parse_args()
    if args.command == "betweenness":
        run_betweenness(args.file, args.lib)
    elif args.command == "pagerank":
        run_pagerank(args.file, args.lib)
    elif args.command == "compare-betweenness":
        compare_betweenness(args)
    else:
        compare_pagerank(args)


if __name__ == "__main__":
    main()
