#!/usr/bin/env python3
"""Build the 100,000-document corpus of the store's scale benchmark (issue 13).

Sources (both news text, both under ../shared/data/ner/, read their SOURCE.md):
- GMB (Groningen Meaning Bank, Voice of America newswire; Walia's extract, ODbL/DbCL):
  gmb-ner-kaggle/ner_dataset.csv.gz, sentences grouped 20 to a document exactly as
  Scripts/make-gmb-corpus.py groups them (2,398 documents);
- CoNLL-2003 English (Reuters newswire, Aug 1996 - Aug 1997; research use only, not an open
  license, so the corpus must not be shipped): conll2003/eng.train, eng.testa, eng.testb,
  one document per -DOCSTART- (1,393 documents).

These 3,791 distinct documents are REPEATED until the corpus holds --count documents (26 or
27 copies each for 100,000). Every copy is its own document for the store: a distinct id
(`gmb-00042-c07`, `conll-train-0042-c07`) and a distinct first line, `No. 12345.` (the copy's
number in the corpus), so its text, and so its content hash, differs from every other copy;
the rest of the text repeats. Copies are written round by round (every base document once,
then every base document again, ...), so any prefix of the file mixes both sources. Dates
(the `date` field) are spread evenly over --days days from --start, in file order, so the
time views (--since/--until, timeline, changes) have something to slice.

Writes JSON Lines ({"id", "date", "text"}) to OUT (or stdout).

Analysing 100,000 articles takes hours on a small machine; the store can instead be filled
from analysis lines (docs/store.md, "Distributed extraction"), each distinct document analysed
once:

    python3 Scripts/make-scale-corpus.py --base base.jsonl          # the 3,791 distinct documents
    nexus extract --format jsonl base.jsonl > base-analyses.jsonl   # analysed once each
    python3 Scripts/make-scale-corpus.py --analyses base-analyses.jsonl analyses.jsonl
    nexus ingest analyses.jsonl --store corpus.db

`--analyses` repeats each analysis line as the articles are repeated, with the copy's id,
path and date but WITHOUT the `No. N.` line (its text, tokens and mentions are the distinct
document's, as `nexus extract` wrote them): the copies of a document then share a content
hash, and the store still keeps each, since it compares a hash with the one stored under the
same id.

Usage: python3 Scripts/make-scale-corpus.py [OUT.jsonl] [--count 100000] [--start 2019-01-01] [--days 1096]
       python3 Scripts/make-scale-corpus.py --base OUT.jsonl
       python3 Scripts/make-scale-corpus.py --analyses BASE-ANALYSES.jsonl OUT.jsonl [--count ...]
"""
import argparse
import datetime
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NER = os.path.join(HERE, "..", "..", "shared", "data", "ner")
GMB = os.path.join(NER, "gmb-ner-kaggle", "ner_dataset.csv.gz")
CONLL = [("train", "eng.train"), ("testa", "eng.testa"), ("testb", "eng.testb")]


def gmb_module():
    spec = importlib.util.spec_from_file_location("make_gmb_corpus", os.path.join(HERE, "make-gmb-corpus.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gmb_documents(gmb, sentences_per_document=20):
    """(id, text) of the GMB documents, grouped as Scripts/make-gmb-corpus.py groups them."""
    batch, n = [], 0
    for tokens in gmb.sentences(GMB):
        batch.append(gmb.detokenize(tokens))
        if len(batch) == sentences_per_document:
            yield f"gmb-{n:05d}", " ".join(batch)
            batch, n = [], n + 1
    if batch:
        yield f"gmb-{n:05d}", " ".join(batch)


def conll_documents(gmb):
    """(id, text) of the CoNLL-2003 documents: sentences joined by newlines, tokens detokenized."""
    for split, name in CONLL:
        n = -1
        sentences, tokens = [], []
        with open(os.path.join(NER, "conll2003", name), encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line.startswith("-DOCSTART-"):
                    if sentences:
                        yield f"conll-{split}-{n:04d}", "\n".join(sentences)
                    n += 1
                    sentences, tokens = [], []
                elif not line:
                    if tokens:
                        sentences.append(gmb.detokenize(tokens))
                        tokens = []
                else:
                    tokens.append(line.split(" ")[0])
        if tokens:
            sentences.append(gmb.detokenize(tokens))
        if sentences:
            yield f"conll-{split}-{n:04d}", "\n".join(sentences)


def repeat_analyses(args, start, out):
    """Each copy's analysis line: the distinct document's, with the copy's id, path and date."""
    with open(args.analyses, encoding="utf-8") as f:
        base = [json.loads(line) for line in f if line.strip()]
    for n in range(args.count):
        copy, line = divmod(n, len(base))[0], json.loads(json.dumps(base[n % len(base)]))
        document = line["document"]
        date = start + datetime.timedelta(days=n * args.days // args.count)
        document["id"] = f"{document['id']}-c{copy:02d}"
        document["path"] = f"scale-analyses:{n + 1}"
        document["date"] = {"date": date.isoformat(), "source": "jsonl-field"}
        out.write(json.dumps(line, sort_keys=True, separators=(",", ":")) + "\n")
    out.close()
    print(f"wrote {args.count} analysis lines from {len(base)} distinct documents", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?")
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--start", default="2019-01-01")
    parser.add_argument("--days", type=int, default=1096)
    parser.add_argument("--base", action="store_true", help="write the distinct documents once each, dated --start")
    parser.add_argument("--analyses", metavar="BASE_ANALYSES", help="repeat the analysis lines of the --base documents")
    args = parser.parse_args()
    start = datetime.date.fromisoformat(args.start)
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    if args.analyses:
        repeat_analyses(args, start, out)
        return
    gmb = gmb_module()
    base = list(gmb_documents(gmb)) + list(conll_documents(gmb))
    if args.base:
        for identifier, text in base:
            out.write(json.dumps({"id": identifier, "date": start.isoformat(), "text": text}) + "\n")
        out.close()
        print(f"wrote {len(base)} distinct documents (GMB and CoNLL-2003)", file=sys.stderr)
        return
    for n in range(args.count):
        copy, (identifier, text) = divmod(n, len(base))[0], base[n % len(base)]
        date = start + datetime.timedelta(days=n * args.days // args.count)
        record = {"id": f"{identifier}-c{copy:02d}", "date": date.isoformat(), "text": f"No. {n + 1}.\n{text}"}
        out.write(json.dumps(record) + "\n")
    if out is not sys.stdout:
        out.close()
    print(f"wrote {args.count} documents: {len(base)} distinct (GMB and CoNLL-2003), repeated with distinct ids and first lines",
          file=sys.stderr)


if __name__ == "__main__":
    main()
