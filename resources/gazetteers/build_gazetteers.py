#!/usr/bin/env python3
"""Regenerates resources/gazetteers/generated.tsv from Debian data packages.

Output: one "phrase<TAB>CATEGORY" line per (phrase, category), sorted, UTF-8.
The categories are the ones core/ner/gazetteer.h knows. Curated lists we write ourselves live
beside this file in curated/*.txt and are read by the trainer as they are.

Sources (install them with: apt-get install iso-codes tzdata wordnet-base libgeonames0
libgeonames-common libglib2.0-bin php-faker libtext-names-perl):
  iso-codes          countries, former countries, subdivisions          LGPL-2.1+
  tzdata             zone.tab city names                                public domain
  libgeonames0       cities of 15,000+ people (GeoNames data)           CC BY 4.0
  wordnet-base       instance nouns (people, places, groups), English   WordNet 3.0 licence
                     common words, capitalised adjectives (demonyms)
  php-faker          first and last names of 60+ locales                Expat (MIT)
  libtext-names-perl US census first names and surnames                 Artistic or GPL-1+
Usage: build_gazetteers.py [OUTPUT]   (default: generated.tsv beside this script)
"""
import collections, glob, json, os, re, struct, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
entries = collections.defaultdict(set)  # phrase -> categories
given_name_locales = collections.defaultdict(set)  # given name -> faker locales (and "census")


def add(phrase, category):
    phrase = re.sub(r"\s+", " ", phrase.replace("_", " ")).strip()
    if len(phrase) >= 2 and not phrase.isdigit():
        entries[phrase].add(category)


def iso_codes():
    base = "/usr/share/iso-codes/json"
    for c in json.load(open(f"{base}/iso_3166-1.json"))["3166-1"]:
        for key in ("name", "common_name", "official_name"):
            if key in c:
                add(c[key], "COUNTRY")
                # "Korea, Republic of" -> also "Republic of Korea"
                if ", " in c[key]:
                    head, tail = c[key].split(", ", 1)
                    add(f"{tail} {head}", "COUNTRY")
    for c in json.load(open(f"{base}/iso_3166-3.json"))["3166-3"]:
        add(c["name"].split(",")[0], "COUNTRY")
    for s in json.load(open(f"{base}/iso_3166-2.json"))["3166-2"]:
        name = re.sub(r"\s*\(.*\)$", "", s["name"])
        if not re.search(r"\d", name):
            add(name, "REGION")


def tzdata():
    for line in open("/usr/share/zoneinfo/zone.tab", encoding="utf-8"):
        if line.startswith("#"):
            continue
        zone = line.split("\t")[2].strip()
        add(zone.split("/")[-1], "CITY")


def geonames():
    so = "/usr/lib/x86_64-linux-gnu/libgeonames.so.0.3.0"
    data = subprocess.run(["gresource", "extract", so, "/com/lomiri/geonames/cities.compiled"],
                          check=True, capture_output=True).stdout
    record = re.compile(rb"(\d+)\0([^\0]+)\0([^\0]*)\0([^\0]*)\0([A-Z]{2})\0([^\0]+)\0([A-Za-z_/+-]+)\0")
    for m in record.finditer(data):
        name, admin1 = m.group(2).decode("utf-8", "replace"), m.group(4).decode("utf-8", "replace")
        add(name, "CITY")
        if admin1 and not admin1.isdigit():
            add(admin1, "REGION")


# Dynasties and royal houses are groups in WordNet, but no organisations in news, and their names
# are common surnames ("Han", "Tang", "Zhou", "Song", "Stuart"): "Han said" was an organisation.
DYNASTY = re.compile(r"\bdynast|\broyal (house|family|line)|\bnoble family|\bline of \w+ kings")

# Faiths and doctrines are groups in WordNet ("Islam: the civilization of Muslims collectively",
# "Buddhism", "Stalinism") but no organisations: "Green symbolizes Islam" named none.
FAITH_GLOSS = re.compile(r"\breligio|\bcivilization of\b|\bcollective body of\b|\bsect\b")


def faith(word, gloss):
    if "_" in word or " " in word or word.isupper() or re.search(r"organization|police|missionary", gloss):
        return False
    return word.endswith("ism") or bool(FAITH_GLOSS.search(gloss))


# Stars, constellations and signs of the zodiac are natural objects and locations in WordNet, but
# no places in news: "Aries natives", "Gemini models", "Sirius". (The Sun stays, with the planets.)
# (Nor are the people born under such a sign demonyms: "Archer", "Bull".)
SKY = re.compile(r"constellation|zodiac|^(the |a |an )?([\w-]+ ){0,4}stars?\b")


def wordnet():
    base = "/usr/share/wordnet"

    def synsets(pos):
        for line in open(f"{base}/data.{pos}", encoding="latin-1"):
            if line.startswith("  "):
                continue
            head, _, gloss = line.partition(" | ")
            fields = head.split()
            lexfile, count = int(fields[1]), int(fields[3], 16)
            words = [re.sub(r"\(.*\)$", "", w) for w in fields[4:4 + 2 * count:2]]
            yield lexfile, words, "@i" in fields[4 + 2 * count:], gloss

    for lexfile, words, instance, gloss in synsets("noun"):
        for w in words:
            if not w[:1].isupper() or (lexfile in (15, 17) and SKY.search(gloss) and "solar system" not in gloss) or (
                    lexfile == 18 and "(astrology)" in gloss):
                continue
            if lexfile == 18 and instance:
                add(w, "PERSON")
            elif lexfile == 18 and not instance and re.fullmatch(r"[A-Z][a-z]+", w):
                add(w, "DEMONYM")  # nationalities and groups: "Serb", "Texan"
                add(w + ("es" if w.endswith("s") else "s"), "DEMONYM")
            elif lexfile == 17 and instance:
                add(w, "PLACE")  # natural objects: continents, rivers, mountains, islands
            elif lexfile == 15:
                add(w, "PLACE")  # instances ("Belgrade") and capitalised classes ("Europe", "Balkans")
            elif lexfile == 14 and len(w) > 1 and not DYNASTY.search(gloss) and not faith(w, gloss):
                add(w, "ORGANIZATION")
    for lexfile, words, _, _ in synsets("adj"):
        for w in words:
            if re.fullmatch(r"[A-Z][a-z]+(-[A-Z][a-z]+)?", w):
                add(w, "DEMONYM")  # capitalised adjectives: "Chinese", "Western", "Balkan"
    # Common words: lemmas written in lower case in the data files (the index files lowercase
    # proper nouns too, so "putin" would pass for a common word there), with their -s forms.
    for pos in ("noun", "verb", "adj", "adv"):
        for _, words, _, _ in synsets(pos):
            for lemma in words:
                if re.fullmatch(r"[a-z]+", lemma):
                    add(lemma, "COMMON")
                    if pos in ("noun", "verb"):
                        add(lemma + ("es" if re.search(r"(s|x|z|ch|sh)$", lemma) else "s"), "COMMON")


def faker_names():
    for path in glob.glob("/usr/share/php/Faker/Provider/*/Person.php"):
        locale = path.split("/")[-2]
        if not re.match(r"(en|de|fr|es|it|nl|pt|pl|cs|sk|sl|hr|sr_Latn|me|hu|ro|sv|da|nb|fi|et|lv|lt|tr|id|ms|is)", locale):
            continue  # Latin-script locales only
        text = open(path, encoding="utf-8").read()
        for var, category in (("firstNameMale", "FIRST_NAME"), ("firstNameFemale", "FIRST_NAME"),
                              ("firstName", "FIRST_NAME"), ("lastName", "SURNAME")):
            m = re.search(r"\$" + var + r"\s*=\s*(?:array\(|\[)(.*?)(?:\);|\];)", text, re.S)
            if not m:
                continue
            for name in re.findall(r"'([^']+)'", m.group(1)):
                if re.fullmatch(r"[^\W\d_][^\W\d_'’ -]*(?:[ -][^\W\d_]+)?", name) and name[0].isupper():
                    add(name, category)
                    if category == "FIRST_NAME":
                        given_name_locales[name].add(locale[:2])


def census_names():
    text = open("/usr/share/perl5/Text/Names.pm", encoding="latin-1").read()
    sections = re.split(r"<<['\"]?(\w+)['\"]?;", text)
    for i in range(1, len(sections) - 1, 2):
        label, body = sections[i].upper(), sections[i + 1]
        category = "SURNAME" if "SUR" in label or "LAST" in label else "FIRST_NAME"
        for line in body.splitlines():
            word = line.split()[0] if line.split() else ""
            if re.fullmatch(r"[A-Z]{2,}", word):
                add(word.capitalize(), category)
                if category == "FIRST_NAME":
                    given_name_locales[word.capitalize()].add("census")


# Nationality words that some source also lists as a place (WordNet's Canadian River, Ethiopia's
# Somali Region, WordNet's "Kazakh" for Kazakhstan): in news they are nearly always adjectives
# ("the Canadian government"), which are no mentions.
NATIONALITIES_FIRST = {"Canadian", "Somali", "Kazakh", "Uzbek", "Turkmen", "Abkhaz"}


# WordNet files many given names and surnames as groups of people or capitalised adjectives
# ("Tom" for an Uncle Tom, "Shah", "Fox" for the Fox people, "Pauline" for St Paul's), which made
# "Tom said" or "Shah said" no mention. Where a word is also a name, the name wins, except for
# these peoples, nationalities, faiths and ranks, which are far more often adjectives or groups.
GROUPS_OVER_NAMES = {
    "Angle", "Black", "Breton", "Brit", "Christian", "Dane", "Danish", "Doctor", "English", "Finn",
    "Franks", "French", "Gael", "Georgian", "German", "Gregorian", "Haida", "Inka", "Irish",
    "Jugoslav", "Junior", "Lady", "Magyar", "Marine", "Mogul", "Moldovan", "Muslims", "Normans",
    "Oneida", "Philippine", "Romans", "Scot", "Shona", "Sister", "Sunni", "Thai", "Tory", "Tudor",
    "Turk", "Ute", "Viking", "Zulu",
}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "generated.tsv")
    for source in (iso_codes, tzdata, geonames, wordnet, faker_names, census_names):
        before = sum(len(v) for v in entries.values())
        source()
        print(f"{source.__name__}: {sum(len(v) for v in entries.values()) - before} entries", file=sys.stderr)
    # A place name is a place: drop the organisation reading WordNet's noun.group gives
    # continents ("Europe": the nations of Europe) and the group reading of plurals ("Balkans").
    places = {"COUNTRY", "CITY", "REGION", "PLACE"}
    for phrase, categories in entries.items():
        # Latvian and Lithuanian given names end in -s like English plurals: where only those
        # locales list the name and it is spelt like the plural of an English word ("Gusts",
        # "Raiders", "Reds", "Grants"), English text means the word.
        if categories == {"FIRST_NAME"} and given_name_locales[phrase] <= {"lv", "lt"} \
                and phrase.endswith("s") and "COMMON" in entries.get(phrase.lower(), ()) \
                and "COMMON" in entries.get(phrase.lower()[:-1], ()):
            categories.discard("FIRST_NAME")
        if "DEMONYM" in categories and categories & {"FIRST_NAME", "SURNAME"} \
                and phrase not in GROUPS_OVER_NAMES:
            categories.discard("DEMONYM")
        if phrase in NATIONALITIES_FIRST:
            categories -= places | {"ORGANIZATION"}
        elif categories & places and not categories & {"PERSON"}:
            categories.discard("ORGANIZATION")
            categories.discard("DEMONYM")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# generated by build_gazetteers.py from Debian data packages; see SOURCES.md\n")
        for phrase in sorted(entries):
            for category in sorted(entries[phrase]):
                f.write(f"{phrase}\t{category}\n")
    print(f"{out}: {sum(len(v) for v in entries.values())} lines", file=sys.stderr)


if __name__ == "__main__":
    main()
