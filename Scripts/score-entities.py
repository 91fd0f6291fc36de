#!/usr/bin/env python3
"""Score Nexus entities against a hand-annotated entity set (Tests/NexusPipelineTests/Fixtures/entities).

Writes the passages of FILE.json as JSON Lines ({"id", "text"}), runs `BIN extract PASSAGES.jsonl
--format json` and reports

(a) entities per document: a predicted entity (one entry of a document's "entities") matches a
    gold entity of the same type when some predicted mention span overlaps some gold mention
    span. Each gold and each predicted entity is matched at most once (a maximum bipartite
    matching, required gold first). A prediction that can only match optional gold is ignored;
    unmatched optional gold is not a miss. Types person, organization, country and location are
    scored together (overall and per type); `other` is scored on its own. Precision, recall and
    F1 are given summed over the documents (micro) and as the mean of the per-document F1
    (macro, the issue's "per-document entity F1").
(b) cross-document identity: for each gold key named (non-optional) in two or more documents, the
    group is held when all the predicted entities matched to its gold entities carry one corpus
    id (the document entity's "id"); it is complete when, besides, every one of those documents
    has a match. A wrong merge is a pair of different gold keys matched to one predicted corpus id.

Several FILE.json arguments are scored as one corpus. With -v the misses, false positives
(with their sentence), type confusions, failed groups and wrong merges are listed.

Usage: python3 Scripts/score-entities.py FILE.json [FILE.json ...] [--nexus BIN] [-v]
       (BIN defaults to $NEXUS, else .build/release/nexus)
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict

SCORED = ("person", "organization", "country", "location")


def overlaps(a, b):
    return any(m["start"] < n["end"] and n["start"] < m["end"] for m in a["mentions"] for n in b["mentions"])


def bipartite(gold, pred, allowed):
    """Maximum matching gold index -> pred index over the allowed pairs (Kuhn's augmenting paths)."""
    owner = {}

    def augment(g, seen):
        for p in range(len(pred)):
            if p in seen or not allowed(gold[g], pred[p]):
                continue
            seen.add(p)
            if p not in owner or augment(owner[p], seen):
                owner[p] = g
                return True
        return False

    for g in range(len(gold)):
        augment(g, set())
    return {g: p for p, g in owner.items()}


def match_document(gold, pred):
    """Matches of one document: (pairs [(gold, pred)], misses, false positives, ignored)."""
    same = lambda g, p: g["type"] == p["type"] and overlaps(g, p)
    required = [g for g in gold if not g.get("optional")]
    optional = [g for g in gold if g.get("optional")]
    first = bipartite(required, pred, same)
    taken = set(first.values())
    rest = [p for i, p in enumerate(pred) if i not in taken]
    second = bipartite(optional, rest, same)
    pairs = [(required[g], pred[p]) for g, p in first.items()] + [(optional[g], rest[p]) for g, p in second.items()]
    misses = [g for i, g in enumerate(required) if i not in first]
    used = set(second.values())
    ignored, false_positives = [], []
    for i, p in enumerate(rest):
        if i in used or any(same(g, p) for g in optional):
            ignored.append(p)
        else:
            false_positives.append(p)
    return pairs, misses, false_positives, ignored


class Counts:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, tp, fp, fn):
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self):
        return self.tp / max(1, self.tp + self.fp)

    @property
    def recall(self):
        return self.tp / max(1, self.tp + self.fn)

    @property
    def f1(self):
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def line(self, label):
        return f"{label:<14} P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  (tp {self.tp}, fp {self.fp}, fn {self.fn})"


def sentence_of(document, mention):
    for s in document.get("sentences", []):
        if s["start"] <= mention["start"] < s["end"]:
            return s["text"]
    text = document["text"]
    start = text.rfind(". ", 0, mention["start"]) + 2 if text.rfind(". ", 0, mention["start"]) >= 0 else 0
    end = text.find(". ", mention["end"])
    return text[start:end + 1 if end >= 0 else len(text)]


def run_nexus(binary, documents):
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "passages.jsonl")
        with open(path, "w", encoding="utf-8") as out:
            for d in documents:
                out.write(json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False) + "\n")
        result = subprocess.run([binary, "extract", path, "--format", "json"], capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"{binary} extract failed ({result.returncode}): {result.stderr.strip()}")
        return json.loads(result.stdout)


def score(documents, extraction, verbose):
    predicted = {d["id"]: d for d in extraction["documents"]}
    main, other = Counts(), Counts()
    per_type = defaultdict(Counts)
    per_document = []
    matched_ids = defaultdict(dict)  # gold key -> {document id: predicted corpus id}
    key_documents = defaultdict(set)
    ids_to_keys = defaultdict(set)
    report = []
    for d in documents:
        got = predicted.get(d["id"], {"entities": [], "text": d["text"]})
        for scored, counts, types in ((True, main, SCORED), (False, other, ("other",))):
            gold = [e for e in d["entities"] if e["type"] in types]
            pred = [e for e in got["entities"] if e["type"] in types]
            pairs, misses, false_positives, _ = match_document(gold, pred)
            tp = sum(1 for g, _ in pairs if not g.get("optional"))
            counts.add(tp, len(false_positives), len(misses))
            if not scored:
                report += [f"  OTHER MISS {d['id']} {g['name']!r}" for g in misses]
                report += [f"  OTHER FP   {d['id']} {p['name']!r}" for p in false_positives]
                continue
            document_counts = Counts()
            document_counts.add(tp, len(false_positives), len(misses))
            per_document.append(document_counts.f1 if gold or pred else 1.0)
            for g, p in pairs:
                if not g.get("optional"):
                    per_type[g["type"]].add(1, 0, 0)
                matched_ids[g["key"]][d["id"]] = p["id"]
                ids_to_keys[p["id"]].add(g["key"])
            for g in misses:
                per_type[g["type"]].add(0, 0, 1)
                confused = [p for p in pred if p["type"] != g["type"] and overlaps(g, p)]
                note = f" (predicted as {', '.join(p['type'] + ' ' + repr(p['name']) for p in confused)})" if confused else ""
                report.append(f"  MISS {d['id']} {g['type']} {g['name']!r}{note}: {sentence_of(d, g['mentions'][0])}")
            for p in false_positives:
                per_type[p["type"]].add(0, 1, 0)
                texts = sorted({m["text"] for m in p["mentions"]})
                report.append(f"  FP   {d['id']} {p['type']} {p['name']!r} {texts}: {sentence_of(got, p['mentions'][0])}")
        for e in d["entities"]:
            if e["type"] in SCORED and not e.get("optional"):
                key_documents[e["key"]].add(d["id"])
    groups = {k: v for k, v in key_documents.items() if len(v) >= 2}
    held = complete = 0
    failed = []
    for key in sorted(groups):
        ids = set(matched_ids[key].values())
        if len(ids) == 1:
            held += 1
            complete += set(matched_ids[key]) >= groups[key]
        else:
            failed.append(f"  GROUP {key} in {len(groups[key])} documents: " + ", ".join(
                f"{doc}={matched_ids[key].get(doc, 'unmatched')}" for doc in sorted(groups[key])))
    wrong = []
    for pid, keys in sorted(ids_to_keys.items()):
        keys = sorted(keys)
        for i in range(len(keys)):
            for j in range(i + 1, len(keys)):
                wrong.append(f"  WRONG MERGE {pid}: {keys[i]} + {keys[j]}")
    print(main.line("entities"))
    for t in SCORED:
        print(per_type[t].line("  " + t))
    print(other.line("other"))
    macro = sum(per_document) / max(1, len(per_document))
    print(f"per-document F1 (mean of {len(per_document)}): {macro:.3f}")
    print(f"cross-document groups held {held} of {len(groups)} (complete {complete}); wrong merges {len(wrong)}")
    people = [k for k in groups if next(e for d in documents for e in d["entities"] if e["key"] == k)["type"] in ("person", "organization")]
    held_people = sum(1 for k in people if len(set(matched_ids[k].values())) == 1)
    print(f"  of which person/organization groups held {held_people} of {len(people)}")
    if verbose:
        for line in report + failed + wrong:
            print(line)
    return {"precision": main.precision, "recall": main.recall, "f1": main.f1, "macro": macro,
            "held": held, "groups": len(groups), "wrong": len(wrong)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--nexus", default=os.environ.get("NEXUS", ".build/release/nexus"))
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    documents = []
    for path in args.files:
        with open(path, encoding="utf-8") as f:
            documents += json.load(f)["documents"]
    score(documents, run_nexus(args.nexus, documents), args.verbose)


if __name__ == "__main__":
    main()
