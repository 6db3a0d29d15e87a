"""The Hindi content: complete, current, the English facts in their shape, and no English left."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from outsource_desktop.content.assets import bundled_content_path
from outsource_desktop.content.loader import load_catalog
from outsource_desktop.content.translation import (
    content_json_text,
    reader_texts,
    translated_tree,
)

ROOT = Path(__file__).resolve().parent.parent
DICTIONARY = ROOT / "translations" / "content-hi.json"

DEVANAGARI = re.compile(r"[\u0900-\u097F]")
DEVANAGARI_DIGIT = re.compile(r"[\u0966-\u096F]")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9.&'\-]*")
# Acronyms stay as they are: BPO, R&D, ITES, GICs, 24/7 and 2D as written.
ACRONYM = re.compile(r"\b[0-9]*[A-Z][A-Z0-9&]*(?:[./\-][A-Z0-9&]+)*s?\b")
# A Hindi term may be followed by the English one a student meets, in brackets:
# "फ्रंट ऑफिस (front office)". A few words, and only after Hindi text.
# (Acronyms are taken out first, so "संवादात्मक AI (conversational AI)" is one too.)
ENGLISH_GLOSS = re.compile(
    r"(?<=[\u0900-\u097F])\s*\(\s*[A-Za-z][A-Za-z'\-]*(?:[\s,]+[A-Za-z][A-Za-z'\-]*){0,4}[\s,]*\)"
)
DEGREES = ("B.Com", "M.Sc.", "M.Pharm.")
# Names the texts mention besides the content's own companies, sources, sites and authors.
PROPER_NAMES = (
    "Airways",
    "Alok Aggarwal",
    "American Express",
    "Analytics India Magazine",
    "British Airways",
    "Capgemini",
    "CustomerAsset",
    "Daksh eServices",
    "Daksh",
    "Dhiraj Rajaram",
    "Digital",
    "Evalueserve",
    "Gartner",
    "GE Capital",
    "GE Capital International Services",
    "Infosys",
    "Intellevate",
    "Lexadigm",
    "Marc Vollenweider",
    "McKinsey",
    "Microsoft",
    "ICICI OneSource",
    "Pangea3",
    "Pfizer",
    "Progeon",
    "BPM Strategy Summit",
    "HR Summit",
    "NFAPost",
    "Fortune India",
    "Nancy Fann-Im",
    # A site's own words, quoted.
    "Welcome to the World of Education",
    "Python",
    "Rio Tinto",
    "Sanjiv Goenka",
    "SP Jain",
    "Spectramind",
    "TeamLease Digital",
    "Texas Instruments",
    "Thomson Reuters",
    "ValueNotes",
    "Walmart",
    "Warburg Pincus",
    "Wipro",
    "24/7 Customer",
    "IBM Research",
)


def read_tree(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def english() -> Any:
    return read_tree(bundled_content_path("en"))


@pytest.fixture(scope="module")
def hindi() -> Any:
    return read_tree(bundled_content_path("hi"))


def names_kept_as_written(tree: Any) -> list[str]:
    """The content's own names, longest first so "WNS Global Services" goes before "WNS"."""
    names = {company["name"] for company in tree["companies"]}
    for source in tree["sources"]:
        names.update(source[key] for key in ("title", "site", "author") if source.get(key))
    names.update(PROPER_NAMES)
    return sorted(names, key=len, reverse=True)


def english_left_in(text: str, names: list[str]) -> list[str]:
    """The Latin words of `text` that are none of the things kept in Latin letters."""
    for name in names:
        text = text.replace(name, " ")
    for degree in DEGREES:
        text = text.replace(degree, " ")
    text = ACRONYM.sub(" ", text)
    text = ENGLISH_GLOSS.sub(" ", text)
    return LATIN_WORD.findall(text)


def test_the_hindi_content_validates_with_the_same_model() -> None:
    english = load_catalog(bundled_content_path("en"))
    hindi = load_catalog(bundled_content_path("hi"))
    assert hindi.data_version == english.data_version
    assert hindi.title != english.title
    assert DEVANAGARI.search(hindi.title)


def test_every_text_has_a_translation_and_the_file_is_current(english: Any) -> None:
    dictionary = read_tree(DICTIONARY)
    translated, missing = translated_tree(english, dictionary)
    assert [text for _path, text in missing] == [], "add these to translations/content-hi.json"
    committed = bundled_content_path("hi").read_text(encoding="utf-8")
    assert content_json_text(translated) == committed, (
        "resources/content.hi.json is not the build of content.json and the dictionary; "
        "run .venv/bin/python scripts/translate-content.py"
    )


def without_texts(tree: Any) -> Any:
    """`tree` with every reader's text blanked: what is left is ids, sources, numbers, shape."""
    blank = copy.deepcopy(tree)
    for path, _text in reader_texts(tree):
        node = blank
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = "<text>"
    return blank


def test_ids_sources_and_structure_are_the_english_ones(english: Any, hindi: Any) -> None:
    assert without_texts(hindi) == without_texts(english)
    # The same in a reader's terms: the same rows, cited to the same articles, with the same
    # pay in the same currency, and the values the schema restricts left as they are.
    assert [aspect["id"] for aspect in hindi["aspects"]] == [
        aspect["id"] for aspect in english["aspects"]
    ]
    assert (
        hindi["aspects"][0]["claims"]["bpo"]["sources"]
        == (english["aspects"][0]["claims"]["bpo"]["sources"])
    )
    bands = [band for role in hindi["roles"] for band in role["salary_bands"]]
    assert {band["scope"] for band in bands} == {"role", "sector"}
    assert {band["currency"] for band in bands} == {
        band["currency"] for role in english["roles"] for band in role["salary_bands"]
    }
    assert [source["title"] for source in hindi["sources"]] == [
        source["title"] for source in english["sources"]
    ]


def test_no_text_a_reader_reads_is_left_in_english(english: Any, hindi: Any) -> None:
    names = names_kept_as_written(hindi)
    english_texts = dict(reader_texts(english))
    left = {
        text: words for path, text in reader_texts(hindi) if (words := english_left_in(text, names))
    }
    assert left == {}
    # A text the same in both editions may only be acronyms, such as a glossary term "SLA".
    untranslated = [
        text
        for path, text in reader_texts(hindi)
        if text == english_texts[path] and english_left_in(text, [])
    ]
    assert untranslated == []


# What a string the translation leaves alone may be: an id or a value the schema
# restricts ("bpo", "watch-out"), an address, a currency code, a date, a version.
NOT_PROSE = re.compile(
    r"[a-z0-9][a-z0-9_-]*|https?://\S+|[A-Z]{3}|\d{4}-\d{2}-\d{2}|\d{4}\.\d{2}\.\d+"
)
# (Field, as the last key of its path) whose values are names, kept as written.
NAMES = {"title", "site", "author", "name", "short_name"}
TRUE_FALSE = ("True", "False")


def string_leaves(node: Any, path: tuple[str | int, ...] = ()) -> Any:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from string_leaves(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from string_leaves(value, (*path, index))
    elif isinstance(node, str):
        yield path, node


def test_every_string_left_untranslated_is_an_id_a_code_or_a_name(english: Any) -> None:
    """Prose the type rule missed would not be translated, and the English check above,
    which reads only what the rule calls text, would never see it."""
    texts = {path for path, _text in reader_texts(english)}
    kept = [
        (path, value)
        for path, value in string_leaves(english)
        if path not in texts
        and not NOT_PROSE.fullmatch(value)
        and not (path[0] in ("sources", "companies", "models") and path[-1] in NAMES)
        # A true-or-false answer is a value the model checks; the app words it in Hindi.
        and not (path[0] == "practice" and path[-1] == "answer" and value in TRUE_FALSE)
    ]
    assert kept == []


def test_hindi_texts_use_western_digits(hindi: Any) -> None:
    assert [text for _path, text in reader_texts(hindi) if DEVANAGARI_DIGIT.search(text)] == []


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("BPO में कॉल सेंटर का काम", []),
        ("फ्रंट ऑफिस (front office) का काम", []),
        ("Genpact और WNS Global Services", []),
        ("M.Sc. या M.Pharm. के साथ 2D मॉडलिंग", []),
        (
            "The sources say nothing about this.",
            ["The", "sources", "say", "nothing", "about", "this."],
        ),
        ("BPO has low investment", ["has", "low", "investment"]),
        (
            "लागत (the cost is low for most firms here)",
            ["the", "cost", "is", "low", "for", "most", "firms", "here"],
        ),
        ("(front office)", ["front", "office"]),
    ],
)
def test_the_english_check_tells_names_and_glosses_from_english(
    hindi: Any, text: str, left: list[str]
) -> None:
    assert english_left_in(text, names_kept_as_written(hindi)) == left
