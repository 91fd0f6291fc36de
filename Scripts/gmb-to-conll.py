#!/usr/bin/env python3
"""Converts the GMB-derived NER corpus (ner_dataset.csv.gz, cp1252 CSV, IOB2) to a CoNLL file.

Types are mapped to CoNLL's: per -> PER, org -> ORG, geo -> LOC, gpe -> MISC (mostly demonyms);
tim, art, eve, nat -> O. Output: `token TAG` lines, a blank line after each sentence.
The tagger uses this file only as a lexical resource (`nexus train --lexicon-conll`), not as
training sentences.
Usage: python3 Scripts/gmb-to-conll.py ../shared/data/ner/gmb-ner-kaggle/ner_dataset.csv.gz > /tmp/gmb.conll
"""
import csv, gzip, io, sys

MAP = {"per": "PER", "org": "ORG", "geo": "LOC", "gpe": "MISC"}


def main(path):
    out = sys.stdout
    with gzip.open(path, "rb") as raw:
        rows = csv.reader(io.TextIOWrapper(raw, encoding="cp1252", newline=""))
        next(rows)
        first = True
        for sentence, word, _pos, tag in rows:
            if sentence.strip() and not first:
                out.write("\n")
            first = False
            word = word.strip()
            if not word or " " in word:
                continue
            if tag != "O":
                prefix, kind = tag.split("-", 1)
                tag = prefix + "-" + MAP[kind] if kind in MAP else "O"
            out.write(word + " " + tag + "\n")
        out.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
