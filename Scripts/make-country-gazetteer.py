#!/usr/bin/env python3
"""Generate the country gazetteer of Nexus.

Sources:
  * ISO 3166-1 as shipped by Debian's `iso-codes` package
    (/usr/share/iso-codes/json/iso_3166-1.json: name, official_name, common_name, alpha codes).
  * Sovereign-state filter: the 193 member states of the United Nations
    (https://www.un.org/en/about-us/member-states) plus the two observer states, the Holy See
    (Vatican City) and the State of Palestine; plus Kosovo and Taiwan, which are not UN members
    but are governed as states and reported as countries in the news (Kosovo has no ISO 3166-1
    code; the user-assigned code XK used by the EU, IMF and World Bank is written here).
    Written down as the list of ISO 3166-1 entries that are NOT sovereign states (NON_SOVEREIGN);
    the script checks that exactly 193 + 2 + Taiwan remain.
  * Former sovereign states that news and reference text still name as actors, from ISO 3166-3
    (/usr/share/iso-codes/json/iso_3166-3.json, Debian iso-codes): the Soviet Union,
    Yugoslavia, Czechoslovakia and East Germany (FORMER below; status "former"). A state that
    only changed its name (Burma, Zaire, West Germany) is an alias of today's state.
  * Short names, aliases, abbreviations and demonyms: facts we write down here, following the
    "Country name" and "Nationality" fields of the CIA World Factbook and the AP Stylebook
    (U.S., U.K., UAE, DRC ...). Two-letter ISO codes are NOT aliases in general (IS, IT, IN,
    AM, ID, TV ... are words or other names); only the codes newsrooms use for a country are
    listed in ALIASES.

Output: Sources/NexusEntities/Resources/gazetteers/countries.tsv, one surface form per line:
  surface <TAB> kind (country|demonym) <TAB> canonical name
and country-codes.tsv: canonical <TAB> alpha-2 <TAB> alpha-3 <TAB> status.

Run: python3 Scripts/make-country-gazetteer.py   (deterministic: rows are sorted)
"""
import json
import os
import sys

ISO = "/usr/share/iso-codes/json/iso_3166-1.json"
ISO_FORMER = "/usr/share/iso-codes/json/iso_3166-3.json"
OUT = os.path.join(os.path.dirname(__file__), "..", "Sources", "NexusEntities", "Resources", "gazetteers")

# ISO 3166-1 entries that are dependent territories, uninhabited areas or otherwise not
# sovereign states (and not UN observer states).
NON_SOVEREIGN = set("""
AS AI AQ AW AX BL BM BQ BV CC CK CW CX EH FK FO GF GG GI GL GP GS GU HK HM IM IO JE KY MF MO
MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TC TF TK UM VG VI WF YT
""".split())
OBSERVERS = {"VA", "PS"}
PARTIALLY_RECOGNIZED = {"TW"}

# The name people use, where ISO's short name is not it.
CANONICAL = {
    "BO": "Bolivia", "BN": "Brunei", "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo",
    "CV": "Cape Verde", "FM": "Micronesia", "GB": "United Kingdom", "IR": "Iran", "KP": "North Korea",
    "KR": "South Korea", "LA": "Laos", "MD": "Moldova", "PS": "Palestine", "RU": "Russia", "SY": "Syria",
    "TW": "Taiwan", "TZ": "Tanzania", "US": "United States", "VA": "Vatican City", "VE": "Venezuela",
    "VN": "Vietnam", "GM": "Gambia", "BS": "Bahamas", "TR": "Türkiye", "CI": "Côte d'Ivoire",
    "ST": "São Tomé and Príncipe",
}

# Other names, abbreviations and codes used for the country in English news.
ALIASES = {
    "US": ["U.S.", "US", "USA", "U.S.A.", "America", "United States of America", "the States"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "CD": ["DRC", "DR Congo", "D.R. Congo", "DRCongo", "Congo-Kinshasa", "Democratic Republic of Congo", "Congo", "Zaire"],
    "CG": ["Congo-Brazzaville", "Republic of Congo", "Congo Republic"],
    "CN": ["PRC", "Mainland China"],
    "KR": ["Republic of Korea", "ROK"],
    "KP": ["DPRK", "Democratic People's Republic of Korea"],
    "RU": ["Russian Federation"],
    "SY": ["Syrian Arab Republic"],
    "TR": ["Turkey", "Turkiye"],
    "VA": ["Holy See", "Vatican", "Vatican City State"],
    "PS": ["State of Palestine", "Palestinian territories", "Palestinian Territories"],
    "CZ": ["Czech Republic"],
    "MM": ["Burma"],
    "DE": ["West Germany", "Federal Republic of Germany"],
    "SZ": ["Swaziland"],
    "MK": ["Macedonia"],
    "CV": ["Cabo Verde"],
    "TL": ["East Timor", "Timor-Leste"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "NL": ["Holland"],
    "SA": ["KSA"],
    "GM": ["The Gambia", "the Gambia"],
    "BS": ["The Bahamas", "the Bahamas"],
    "VN": ["Viet Nam"],
    "LA": ["Lao PDR"],
    "ST": ["Sao Tome and Principe", "São Tomé"],
    "BA": ["Bosnia", "Bosnia-Herzegovina"],
    "TT": ["Trinidad"],
    "VC": ["St Vincent and the Grenadines", "St. Vincent and the Grenadines"],
    "KN": ["St Kitts and Nevis", "St. Kitts and Nevis"],
    "LC": ["St Lucia", "St. Lucia"],
    "FM": ["Federated States of Micronesia"],
    "NZ": ["Aotearoa"],
    "BF": ["Burkina"],
    "IR": ["Islamic Republic"],
    "XK": ["Republic of Kosovo"],
}

# Adjectives and nouns for the people (CIA World Factbook "Nationality"), by ISO alpha-2.
# Plurals of forms ending in -an or -i are added by the script (Italians, Iraqis).
# Ambiguous forms are assigned once: "Congolese" → DR Congo, "Guinean" → Guinea,
# "Dominican" → Dominican Republic; "Korean" is left out; the Holy See has no demonym.
DEMONYMS = {
    "AF": "Afghan", "AL": "Albanian", "DZ": "Algerian", "AD": "Andorran", "AO": "Angolan",
    "AG": "Antiguan|Barbudan", "AR": "Argentine|Argentinian", "AM": "Armenian", "AU": "Australian|Aussie",
    "AT": "Austrian", "AZ": "Azerbaijani|Azeri", "BS": "Bahamian", "BH": "Bahraini", "BD": "Bangladeshi",
    "BB": "Barbadian|Bajan", "BY": "Belarusian", "BE": "Belgian", "BZ": "Belizean", "BJ": "Beninese",
    "BT": "Bhutanese", "BO": "Bolivian", "BA": "Bosnian", "BW": "Botswanan|Motswana|Batswana",
    "BR": "Brazilian", "BN": "Bruneian", "BG": "Bulgarian", "BF": "Burkinabe|Burkinabè", "BI": "Burundian",
    "CV": "Cape Verdean|Cabo Verdean", "KH": "Cambodian", "CM": "Cameroonian", "CA": "Canadian",
    "CF": "Central African", "TD": "Chadian", "CL": "Chilean", "CN": "Chinese", "CO": "Colombian",
    "KM": "Comoran|Comorian", "CD": "Congolese|Zairean", "CG": "Congolese-Brazzaville", "CR": "Costa Rican",
    "CI": "Ivorian", "HR": "Croatian|Croat|Croats", "CU": "Cuban", "CY": "Cypriot", "CZ": "Czech|Czechs",
    "DK": "Danish|Dane|Danes", "DJ": "Djiboutian", "DM": "Dominican-Dominica", "DO": "Dominican",
    "EC": "Ecuadorian", "EG": "Egyptian", "SV": "Salvadoran|Salvadorian", "GQ": "Equatorial Guinean|Equatoguinean",
    "ER": "Eritrean", "EE": "Estonian", "SZ": "Swazi|Emaswati", "ET": "Ethiopian", "FJ": "Fijian",
    "FI": "Finnish|Finn|Finns", "FR": "French|Frenchman|Frenchmen|Frenchwoman", "GA": "Gabonese", "GM": "Gambian",
    "GE": "Georgian", "DE": "German|West German", "GH": "Ghanaian", "GR": "Greek|Greeks|Hellenic", "GD": "Grenadian",
    "GT": "Guatemalan", "GN": "Guinean", "GW": "Bissau-Guinean", "GY": "Guyanese", "HT": "Haitian",
    "HN": "Honduran", "HU": "Hungarian", "IS": "Icelandic|Icelander", "IN": "Indian", "ID": "Indonesian",
    "IR": "Iranian", "IQ": "Iraqi", "IE": "Irish|Irishman|Irishmen", "IL": "Israeli", "IT": "Italian",
    "JM": "Jamaican", "JP": "Japanese", "JO": "Jordanian", "KZ": "Kazakh|Kazakhs|Kazakhstani", "KE": "Kenyan",
    "KI": "I-Kiribati", "KP": "North Korean", "KR": "South Korean", "KW": "Kuwaiti",
    "KG": "Kyrgyz|Kyrgyzstani", "LA": "Lao|Laotian", "LV": "Latvian", "LB": "Lebanese", "LS": "Basotho|Mosotho",
    "LR": "Liberian", "LY": "Libyan", "LI": "Liechtensteiner", "LT": "Lithuanian",
    "LU": "Luxembourgish|Luxembourger|Luxembourgers", "MG": "Malagasy", "MW": "Malawian", "MY": "Malaysian",
    "MV": "Maldivian", "ML": "Malian", "MT": "Maltese", "MH": "Marshallese", "MR": "Mauritanian",
    "MU": "Mauritian", "MX": "Mexican", "FM": "Micronesian", "MD": "Moldovan", "MC": "Monegasque|Monacan",
    "MN": "Mongolian", "ME": "Montenegrin", "MA": "Moroccan", "MZ": "Mozambican", "MM": "Burmese|Myanmar",
    "NA": "Namibian", "NR": "Nauruan", "NP": "Nepali|Nepalese", "NL": "Dutch|Dutchman|Dutchmen",
    "NZ": "New Zealander|Kiwi|Kiwis", "NI": "Nicaraguan", "NE": "Nigerien", "NG": "Nigerian",
    "MK": "North Macedonian|Macedonian", "NO": "Norwegian", "OM": "Omani", "PK": "Pakistani", "PW": "Palauan",
    "PS": "Palestinian", "PA": "Panamanian", "PG": "Papua New Guinean", "PY": "Paraguayan", "PE": "Peruvian",
    "PH": "Filipino|Filipinos|Filipina|Philippine", "PL": "Polish|Pole|Poles", "PT": "Portuguese", "QA": "Qatari",
    "RO": "Romanian", "RU": "Russian", "RW": "Rwandan", "KN": "Kittitian|Nevisian", "LC": "Saint Lucian",
    "VC": "Vincentian", "WS": "Samoan", "SM": "Sammarinese", "ST": "Santomean", "SA": "Saudi|Saudi Arabian",
    "SN": "Senegalese", "RS": "Serbian|Serb|Serbs", "SC": "Seychellois", "SL": "Sierra Leonean",
    "SG": "Singaporean", "SK": "Slovak|Slovaks", "SI": "Slovenian|Slovene|Slovenes", "SB": "Solomon Islander",
    "SO": "Somali", "ZA": "South African", "SS": "South Sudanese", "ES": "Spanish|Spaniard|Spaniards",
    "LK": "Sri Lankan", "SD": "Sudanese", "SR": "Surinamese", "SE": "Swedish|Swede|Swedes", "CH": "Swiss",
    "SY": "Syrian", "TW": "Taiwanese", "TJ": "Tajik|Tajiks|Tajikistani", "TZ": "Tanzanian", "TH": "Thai",
    "TL": "Timorese", "TG": "Togolese", "TO": "Tongan", "TT": "Trinidadian|Tobagonian", "TN": "Tunisian",
    "TR": "Turkish|Turk|Turks", "TM": "Turkmen|Turkmens", "TV": "Tuvaluan", "UG": "Ugandan", "UA": "Ukrainian",
    "AE": "Emirati", "GB": "British|Briton|Britons|Brit|Brits", "US": "American",
    "UY": "Uruguayan", "UZ": "Uzbek|Uzbeks|Uzbekistani", "VU": "Ni-Vanuatu", "VA": "",
    "VE": "Venezuelan", "VN": "Vietnamese", "YE": "Yemeni", "ZM": "Zambian", "ZW": "Zimbabwean",
    "XK": "Kosovar|Kosovan",
}
# Short names two states share. ISO 3166-1 gives the Republic of the Congo the short name
# "Congo"; wire services (Reuters, AP, VOA) write "Democratic Republic of Congo" once and then
# "Congo", and call the other state "Congo Republic" or "Republic of Congo". A bare "Congo" is
# therefore the DR Congo's here; a document that names only the Republic of the Congo in full
# takes it back (`SharedCountryNames` in NexusEntities).
# Former states (ISO 3166-3 alpha-4 code -> canonical name, other names, demonyms).
FORMER = {
    "SUHH": ("Soviet Union", ["USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"], ["Soviet"]),
    "YUCS": ("Yugoslavia", ["Socialist Federal Republic of Yugoslavia", "Federal Republic of Yugoslavia"], ["Yugoslav", "Yugoslavian"]),
    "CSHH": ("Czechoslovakia", [], ["Czechoslovak"]),
    "DDDE": ("East Germany", ["German Democratic Republic", "GDR"], ["East German"]),
}

SHARED_SHORT_NAMES = {"Congo": "CD"}

# Forms listed above only to document the choice, not used as surfaces.
NOT_SURFACES = {"Congolese-Brazzaville", "Dominican-Dominica", "Myanmar"}


def plural(form):
    if form.endswith("an") or form.endswith("i"):
        return form + "s"
    return None


def main():
    entries = json.load(open(ISO, encoding="utf-8"))["3166-1"]
    states = [e for e in entries if e["alpha_2"] not in NON_SOVEREIGN]
    members = [e for e in states if e["alpha_2"] not in OBSERVERS | PARTIALLY_RECOGNIZED]
    if len(members) != 193:
        sys.exit(f"expected 193 UN member states, found {len(members)}")
    states.append({"alpha_2": "XK", "alpha_3": "XKX", "name": "Kosovo"})

    rows = set()
    codes = []
    for e in states:
        a2 = e["alpha_2"]
        canonical = CANONICAL.get(a2) or e.get("common_name") or e["name"]
        status = ("un-observer" if a2 in OBSERVERS
                  else "partially-recognized" if a2 in PARTIALLY_RECOGNIZED or a2 == "XK" else "un-member")
        codes.append((canonical, a2, e["alpha_3"], status))
        names = {canonical, e["name"], e.get("common_name", ""), e.get("official_name", "")}
        names |= set(ALIASES.get(a2, []))
        for name in names:
            if not name or "," in name or "(" in name or "Province of" in name:
                continue
            if name.startswith("the ") and a2 not in ("GM", "BS", "US"):
                name = name[4:]
            if SHARED_SHORT_NAMES.get(name, a2) != a2:
                continue
            rows.add((name, "country", canonical))
        for form in DEMONYMS.get(a2, "").split("|"):
            if not form or form in NOT_SURFACES:
                continue
            rows.add((form, "demonym", canonical))
            p = plural(form)
            if p:
                rows.add((p, "demonym", canonical))
    former = {e["alpha_4"]: e for e in json.load(open(ISO_FORMER, encoding="utf-8"))["3166-3"]}
    for a4, (canonical, aliases, demonyms) in FORMER.items():
        e = former[a4]
        codes.append((canonical, e["alpha_2"], e["alpha_3"], "former"))
        for name in [canonical] + aliases:
            rows.add((name, "country", canonical))
        for form in demonyms:
            rows.add((form, "demonym", canonical))
            rows.add((form + "s", "demonym", canonical))
    missing = [c for c in codes if c[1] not in DEMONYMS and c[3] != "former"]
    if missing:
        sys.exit(f"no demonym for {missing}")

    header = ("# Countries: sovereign states (UN members and observers, Kosovo, Taiwan; four former states) with their names,\n"
              "# abbreviations and demonyms. Generated by Scripts/make-country-gazetteer.py from ISO 3166-1\n"
              "# (Debian iso-codes) and the alias/demonym tables in that script; see SOURCES.md.\n"
              "# surface\tkind\tcanonical\n")
    with open(os.path.join(OUT, "countries.tsv"), "w", encoding="utf-8") as f:
        f.write(header)
        for row in sorted(rows):
            f.write("\t".join(row) + "\n")
    with open(os.path.join(OUT, "country-codes.tsv"), "w", encoding="utf-8") as f:
        f.write("# canonical\talpha-2\talpha-3\tstatus  (ISO 3166-1, former states ISO 3166-3; XK is the user-assigned code for Kosovo)\n")
        for row in sorted(codes):
            f.write("\t".join(row) + "\n")
    print(f"{len(codes)} states, {len(rows)} surface forms")


if __name__ == "__main__":
    main()
