#!/usr/bin/env python3
"""Writes Tests/NexusEntitiesTests/Fixtures/seqeval-cases.json: random tag sequences scored by
the Python `seqeval` package (default, conlleval-compatible mode), an implementation independent
of ours, for NEREvaluatorSeqevalTests.

Usage: pip install seqeval && python3 Scripts/make-seqeval-fixture.py
"""
import json, os, random

from seqeval.metrics import classification_report, f1_score, precision_score, recall_score

TYPES = ["PER", "LOC", "ORG"]


def random_tags(rng, n):
    return [rng.choice(["O", "O", "O"] + ["B-" + t for t in TYPES] + ["I-" + t for t in TYPES]) for _ in range(n)]


def main():
    rng = random.Random(20031)
    cases = []
    for case in range(6):
        gold = [random_tags(rng, rng.randint(1, 12)) for _ in range(150)]
        # Predictions: gold with about a fifth of the tags replaced.
        predicted = [[t if rng.random() > 0.2 else rng.choice(["O"] + ["B-" + x for x in TYPES] + ["I-" + x for x in TYPES])
                      for t in sentence] for sentence in gold]
        report = classification_report(gold, predicted, output_dict=True, zero_division=0)
        cases.append({
            "gold": gold,
            "predicted": predicted,
            "precision": float(precision_score(gold, predicted, zero_division=0)),
            "recall": float(recall_score(gold, predicted, zero_division=0)),
            "f1": float(f1_score(gold, predicted, zero_division=0)),
            "types": {t: {"precision": float(report[t]["precision"]), "recall": float(report[t]["recall"]),
                          "f1": float(report[t]["f1-score"]), "support": int(report[t]["support"])}
                      for t in TYPES if t in report},
        })
    path = os.path.join(os.path.dirname(__file__), "..", "Tests", "NexusEntitiesTests", "Fixtures", "seqeval-cases.json")
    with open(path, "w") as handle:
        json.dump({"generator": "Scripts/make-seqeval-fixture.py", "cases": cases}, handle, sort_keys=True)
        handle.write("\n")


if __name__ == "__main__":
    main()
