#!/usr/bin/env python3
"""Distributional word clusters for the part-of-speech tagger and the dependency parser.

Reads unlabelled text from the training portions of the shared corpora only:
  - UD English-EWT train (FORM of the word lines),
  - CoNLL-2003 eng.train (first column),
  - GMB (Kaggle NER release), the first 80% of its sentences (its SOURCE.md asks for contiguous splits).
Words are normalised as the Swift `WordAtoms.lower` does: lower-cased, every decimal digit
replaced by 0, typographic quotes made straight.

Method: each word of frequency >= MIN_COUNT is described by the counts of the 2,000 most
frequent words immediately to its left and to its right (4,000 columns), weighted by positive
pointwise mutual information (PPMI, Church & Hanks 1990; Bullinaria & Levy 2007), reduced to
100 dimensions by truncated SVD and length-normalised (the LSA recipe of Deerwester et al.
1990), then clustered by k-means (k-means++ seeding, Arthur & Vassilvitskii 2007) at three
granularities (64, 256 and 1024 clusters) with fixed seeds. Output: one line per word,
`word<TAB>c64<TAB>c256<TAB>c1024`, sorted by word.

Usage: python3 Scripts/make-word-clusters.py [SHARED_DATA_DIR] > Sources/NexusSyntax/Resources/model/word-clusters.tsv
Needs numpy and scipy.
"""
import collections, gzip, csv, sys, os
import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.linalg import svds
from scipy.cluster.vq import kmeans2

MIN_COUNT = 3
CONTEXT_WORDS = 2000
DIMENSIONS = 100
GRANULARITIES = (64, 256, 1024)

def normalise(word):
    out = []
    for ch in word:
        if ch.isdecimal():
            out.append("0")
        elif ch in "\u2018\u2019\u201b":
            out.append("'")
        elif ch in "\u201c\u201d\u201f":
            out.append('"')
        else:
            out.append(ch.lower())
    return "".join(out)

def ewt(path):
    sentence = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if sentence: yield sentence
                sentence = []
            elif not line.startswith("#"):
                cols = line.split("\t")
                if cols[0].isdigit(): sentence.append(cols[1])
    if sentence: yield sentence

def conll(path):
    sentence = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts:
                if sentence: yield sentence
                sentence = []
            elif parts[0] != "-DOCSTART-":
                sentence.append(parts[0])
    if sentence: yield sentence

def gmb(path, fraction=0.8):
    sentences, sentence = [], []
    with gzip.open(path, "rt", encoding="cp1252", errors="replace") as f:
        reader = csv.reader(f)
        next(reader)
        for row in reader:
            if row[0].startswith("Sentence:") and sentence:
                sentences.append(sentence); sentence = []
            sentence.append(row[1])
    if sentence: sentences.append(sentence)
    return sentences[: int(len(sentences) * fraction)]

def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data")
    sentences = list(ewt(os.path.join(data, "ud/english-ewt/en_ewt-ud-train.conllu")))
    sentences += list(conll(os.path.join(data, "ner/conll2003/eng.train")))
    sentences += gmb(os.path.join(data, "ner/gmb-ner-kaggle/ner_dataset.csv.gz"))
    sentences = [[normalise(w) for w in s] for s in sentences]
    counts = collections.Counter(w for s in sentences for w in s)
    vocabulary = sorted((w for w, c in counts.items() if c >= MIN_COUNT), key=lambda w: (-counts[w], w))
    index = {w: i for i, w in enumerate(vocabulary)}
    contexts = {w: i for i, w in enumerate(vocabulary[:CONTEXT_WORDS])}
    rows, cols = [], []
    for s in sentences:
        padded = ["<s>"] + s + ["</s>"]
        for k in range(1, len(padded) - 1):
            i = index.get(padded[k])
            if i is None: continue
            left, right = contexts.get(padded[k - 1]), contexts.get(padded[k + 1])
            if left is not None: rows.append(i); cols.append(left)
            if right is not None: rows.append(i); cols.append(CONTEXT_WORDS + right)
    m = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(vocabulary), 2 * CONTEXT_WORDS)).tocsr()
    m.sum_duplicates()
    total = m.sum()
    row_sums = np.asarray(m.sum(axis=1)).ravel()
    col_sums = np.asarray(m.sum(axis=0)).ravel()
    m = m.tocoo()
    pmi = np.log(m.data * total / (row_sums[m.row] * col_sums[m.col]))
    keep = pmi > 0
    ppmi = coo_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape).tocsr()
    v0 = np.full(min(ppmi.shape), 1.0 / np.sqrt(min(ppmi.shape)))
    u, s, _ = svds(ppmi, k=DIMENSIONS, v0=v0)
    vectors = u * s
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors = vectors / np.where(norms > 0, norms, 1)
    labels = []
    for k in GRANULARITIES:
        _, label = kmeans2(vectors, k, iter=30, minit="++", seed=np.random.default_rng(k))
        labels.append(label)
    for i in sorted(range(len(vocabulary)), key=lambda i: vocabulary[i]):
        w = vocabulary[i]
        if "\t" in w or "\n" in w: continue
        print(w + "\t" + "\t".join(str(int(l[i])) for l in labels))
    print(f"{len(vocabulary)} words from {sum(len(s) for s in sentences)} tokens", file=sys.stderr)

if __name__ == "__main__":
    main()
