#!/usr/bin/env python3
"""Builds the named-entity tagger's web lexicon: how each word is written on the web, and its
Brown cluster.

Source: PyPI `spacy-lookups-data` 1.0.5 (MIT, Explosion), read from its installed data files:
  - en_lexeme_prob.json.gz: 1,000,001 cased word forms with their unigram log probability
    (natural log) in a large English web corpus (Reddit comments);
  - en_lexeme_cluster.json.gz: a Brown cluster (Brown, deSouza, Mercer, Della Pietra & Lai 1992,
    "Class-based n-gram models of natural language") for 190,129 of those forms, 1,000 clusters,
    each path stored as an integer whose bit i is the path's i-th branch (spaCy's encoding).

Output: one `word<TAB>class<TAB>path` line per lowercased word form with a letter and no space,
sorted by code point:
  - class = 8 * frequency + capitalisation. Frequency, from the summed probability p of all the
    word's cased forms: 1 if ln p > -7, 2 > -9, 3 > -11, 4 > -13, 5 > -15, 6 otherwise.
    Capitalisation, the share r of that probability whose form starts with a capital: 1 if
    r < 0.02, 2 < 0.1, 3 < 0.3, 4 < 0.6, 5 < 0.9, 6 < 0.98, 7 otherwise. Rare
    words are kept: a word seldom seen on the web and nearly always capitalised is most likely a
    name (with the words at ln p <= -17 and no path left out, the shipped training command scored
    83.37 on its dev sets against 83.85 with them; docs/tagger.md).
  - path = the Brown path of the most probable of the word's cased forms that has one (0: none).
These are the two kinds of lexical knowledge from unlabelled text that Ratinov & Roth 2009
("Design Challenges and Misconceptions in Named Entity Recognition") and Turian, Ratinov &
Bengio 2010 found to carry a tagger to text unlike its training data: word classes from a large
corpus, and how a word is usually written.

Held out: with --exclude FILE (as Scripts/make-name-place-gazetteer.py), every capitalised word
of a listed name is left out (the design articles' people, places and organizations), so the
tagger finds them in their text and not in the lexicon.

Usage: pip install spacy-lookups-data==1.0.5
       python3 Scripts/make-web-lexicon.py --exclude Tests/NexusEntitiesTests/Fixtures/sample-names.tsv \
           > Sources/NexusEntities/Resources/model/web-lexicon.tsv
"""
import gzip, json, math, sys, importlib.util, os
from collections import defaultdict


def load(name):
    import spacy_lookups_data
    path = os.path.join(os.path.dirname(spacy_lookups_data.__file__), "data", name)
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return json.load(f)


def held_out(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    spec = importlib.util.spec_from_file_location("names_places", os.path.join(here, "make-name-place-gazetteer.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.held_out(argv)[0]


def frequency_class(lp):
    for k, bound in enumerate((-7, -9, -11, -13, -15), start=1):
        if lp > bound:
            return k
    return 6


def capital_class(r):
    for k, bound in enumerate((0.02, 0.1, 0.3, 0.6, 0.9, 0.98), start=1):
        if r < bound:
            return k
    return 7


def main():
    probs = load("en_lexeme_prob.json.gz")
    paths = load("en_lexeme_cluster.json.gz")
    excluded = held_out(sys.argv)
    mass, capital = defaultdict(float), defaultdict(float)
    best = {}
    for form, lp in probs.items():
        if not any(c.isalpha() for c in form) or any(c.isspace() for c in form):
            continue
        lower = form.lower()
        p = math.exp(lp)
        mass[lower] += p
        if form[0].isupper():
            capital[lower] += p
        path = paths.get(form, 0)
        if path and (lower not in best or (lp, form) > best[lower][0]):
            best[lower] = ((lp, form), path)
    out = sys.stdout
    for lower in sorted(mass):
        total = mass[lower]
        if lower in excluded:
            continue
        cls = 8 * frequency_class(math.log(total)) + capital_class(capital[lower] / total)
        out.write(f"{lower}\t{cls}\t{best[lower][1] if lower in best else 0}\n")


main()
