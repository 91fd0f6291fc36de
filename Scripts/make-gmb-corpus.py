#!/usr/bin/env python3
"""Build a news corpus for the scale benchmark from the GMB sentences.

Reads ../shared/data/ner/gmb-ner-kaggle/ner_dataset.csv.gz (Groningen Meaning Bank, Voice of
America newswire; Walia's extract, ODbL/DbCL), groups consecutive sentences into documents of
SENTENCES sentences, joins the tokens back into plain text, and writes JSON Lines
({"id": ..., "text": ...}) to stdout or to the file given.

Usage: python3 Scripts/make-gmb-corpus.py [OUT.jsonl] [--sentences 20]
"""
import argparse
import csv
import gzip
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "..", "..", "shared", "data", "ner", "gmb-ner-kaggle", "ner_dataset.csv.gz")

NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", "%", ")", "]", "}", "'s", "n't", "'", "''"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "``"}


def detokenize(tokens):
    out = ""
    for token in tokens:
        token = {"LRB": "(", "RRB": ")", "LSB": "[", "RSB": "]"}.get(token, token)
        if not out or token in NO_SPACE_BEFORE or out[-1] in "([{$":
            out += token
        else:
            out += " " + token
    return re.sub(r"\s+", " ", out).strip()


def sentences(path):
    with gzip.open(path, "rb") as raw:
        reader = csv.reader(io.TextIOWrapper(raw, encoding="cp1252", newline=""))
        next(reader)
        current = []
        for row in reader:
            if row[0].startswith("Sentence:") and current:
                yield current
                current = []
            current.append(row[1])
        if current:
            yield current


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?")
    parser.add_argument("--sentences", type=int, default=20)
    parser.add_argument("--source", default=DEFAULT)
    args = parser.parse_args()
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    batch, n = [], 0
    for tokens in sentences(args.source):
        batch.append(detokenize(tokens))
        if len(batch) == args.sentences:
            out.write(json.dumps({"id": f"gmb-{n:05d}", "text": " ".join(batch)}) + "\n")
            batch, n = [], n + 1
    if batch:
        out.write(json.dumps({"id": f"gmb-{n:05d}", "text": " ".join(batch)}) + "\n")
        n += 1
    print(f"wrote {n} documents", file=sys.stderr)


if __name__ == "__main__":
    main()
