#!/usr/bin/env python3
"""Builds the first-name gender table the resolver uses as evidence ("Mrs Clinton" is not Bill).

Source: the US Census Bureau 1990 name frequency lists (public domain, census.gov), as shipped
by the PyPI package `names` 0.3.0 (MIT): dist.male.first and dist.female.first, each name with
its frequency in percent of the male or female population.

A name is written `m` when its male frequency is at least RATIO times its female frequency,
`f` in the opposite case; names used for both (Jordan, Leslie) are left out. Each list stops at
its rarest names (men 0.004 %, women 0.001 %): a name missing from one list may still be as
common there as the rarest name it lists, so a name found in one list only is written when it
is at least as common as the other list's rarest name. "Yuri" (0.001 % of women, not among the
men's names) is left out: the census cannot tell it from a man's name of other countries.
Output: `name<TAB>m|f`, sorted, lower case.
Usage: pip install names==0.3.0
       python3 Scripts/make-first-name-genders.py > Sources/NexusEntities/Resources/names/first-name-genders.tsv
"""
import importlib.util, os, sys

RATIO = 10.0


def read(path):
    out = {}
    with open(path, encoding="ascii") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2 and parts[0].isalpha():
                out[parts[0].lower()] = float(parts[1])
    return out


def main():
    spec = importlib.util.find_spec("names")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("the `names` package is not installed: pip install names==0.3.0")
    root = list(spec.submodule_search_locations)[0]
    male = read(os.path.join(root, "dist.male.first"))
    female = read(os.path.join(root, "dist.female.first"))
    print("# First-name genders from the US Census 1990 lists (PyPI `names` 0.3.0); Scripts/make-first-name-genders.py")
    male_floor, female_floor = min(male.values()), min(female.values())
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if (m == 0.0 and f < male_floor) or (f == 0.0 and m < female_floor):
            continue
        if m >= RATIO * f:
            print(f"{name}\tm")
        elif f >= RATIO * m:
            print(f"{name}\tf")


if __name__ == "__main__":
    main()
