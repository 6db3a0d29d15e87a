"""The words of a study question: what would give its answer away, and who said it.

The question builders ask these before they keep a question, so that a
student cannot answer by matching words: a stem must not hold a word that
only the right option has, nor any model's name when the options are models.
They also keep the questions about ideas, not sources: a text that names an
article, its site or its author is not used as a question.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from outsource_desktop.content.models import Catalog, OutsourcingModel
from outsource_desktop.reference.matching import WORD_CHARACTER

# Letters and digits, and Devanagari's vowel signs and viramas too (which Python's
# \w leaves out), so that a Hindi word is one word, as in search (reference/matching.py).
_WORD = re.compile(rf"(?:{WORD_CHARACTER})+")
# A sentence ends at a full stop, ! or ?, or Hindi's danda (।), before a capital, a
# digit, an opening quote or bracket, or a Devanagari letter (which has no case).
_SENTENCE_END = re.compile(r"(?<=[.!?\u0964])\s+(?=[A-Z0-9“\"(\u0900-\u097f])")
# Words every question and option may share without telling anything.
FUNCTION_WORDS = frozenset(
    (
        *("a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have"),
        *("in", "is", "it", "its", "of", "on", "or", "the", "this", "that", "to", "with"),
        *("which", "what", "who", "whose"),
    )
)
# How many letters of a word count when matching: "legal" also finds "legally",
# "analytic" finds "analytics" and "analytical". Erring on the side of a match
# only drops a question, never lets a give-away through.
STEM_LETTERS = 6
# Phrases that point at an article rather than at an idea ("what do the articles
# say about…", "the study guide says…", "in the view of…").
SOURCE_PHRASES = ("article", "study guide", "the source", "in the view of", "blog", " says ")


def words(text: str) -> list[str]:
    """The text's words, lower case, in order: "Knowledge-driven" gives "knowledge", "driven"."""
    return _WORD.findall(text.casefold())


def word_stem(word: str) -> str:
    """A word's start, without a plural's "s": "costs" and "cost" match, "analysis" and
    "analyst" match; "process" keeps its "ss"."""
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word[:STEM_LETTERS]


@cache  # the builders compare the same few hundred texts many times over
def content_stems(text: str) -> frozenset[str]:
    """The stems of the words that carry meaning (not "the", "of", "and"…)."""
    return frozenset(word_stem(word) for word in words(text) if word not in FUNCTION_WORDS)


def first_sentence(text: str) -> str:
    return _SENTENCE_END.split(text.strip(), maxsplit=1)[0]


def sentences(text: str) -> list[str]:
    return [part for part in _SENTENCE_END.split(text.strip()) if part]


def lower_first(label: str) -> str:
    """'Investment' -> 'investment', but 'IT skills' stays as it is."""
    if len(label) > 1 and label[1].isupper():
        return label
    return label[:1].lower() + label[1:]


def model_name_stems(models: Iterable[OutsourcingModel]) -> dict[str, set[str]]:
    """For each model, the words of its names that tell it apart: 'lpo' and 'legal' for
    LPO, not 'process' or 'outsourcing', which every model's full name has."""
    models = list(models)
    named = {model.id: content_stems(f"{model.short_name} {model.full_name}") for model in models}
    shared = frozenset.intersection(*named.values()) if len(named) > 1 else frozenset()
    return {model_id: set(stems - shared) for model_id, stems in named.items()}


def gives_away(stem: str, answer: str, other_options: Sequence[str]) -> bool:
    """True when the stem holds the answer or a word of it that the other options lack."""
    if answer.casefold() in stem.casefold():
        return True
    shared: frozenset[str] = frozenset()
    if other_options:
        shared = frozenset.intersection(*(content_stems(option) for option in other_options))
    return bool((content_stems(answer) - shared) & content_stems(stem))


def names_a_model(text: str, name_stems: dict[str, set[str]]) -> bool:
    """Whether `text` has a word of a model's names, or one that starts with it ("legally")."""
    found = content_stems(text)
    return any(
        word.startswith(name) for stems in name_stems.values() for name in stems for word in found
    )


def source_names(catalog: Catalog) -> list[str]:
    """What names an article: its site and author, and each part of an author's name
    a reader would know it by ('McMahon'). Titles are left out: many are plain topic
    words ('Market research') that a question may use for its own sake."""
    names: set[str] = set()
    for source in catalog.sources:
        for name in (source.site, source.author):
            if not name:
                continue
            name = re.sub(r"\s*\(.*?\)", "", name).strip()
            names.add(name)
            if name.endswith((".com", ".in", ".org", ".info")):
                names.add(name.rsplit(".", 1)[0])
        if source.author:
            names.update(part for part in source.author.split() if len(part) > 3)
    return sorted(names)


class SourceMentions:
    """What in a text names an article: one pattern for all the catalog's names."""

    def __init__(self, catalog: Catalog) -> None:
        # Longest first, so "Mary McMahon" is found whole rather than as "Mary".
        names = sorted(source_names(catalog), key=len, reverse=True)
        alternatives = "|".join(re.escape(name) for name in names)
        self._names = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")

    def __call__(self, text: str) -> list[str]:
        """The names and source phrases found in `text` (case matters for names, as
        'Mint' the newspaper is not 'mint'; phrases are matched in any case)."""
        found: list[str] = self._names.findall(text)
        lowered = text.casefold()
        found.extend(phrase for phrase in SOURCE_PHRASES if phrase in lowered)
        return found


def related_models(catalog: Catalog) -> dict[str, set[str]]:
    """For each model, the models it specialises or that specialise it (LPO and KPO).

    What is said of KPO may hold for LPO, its branch, and LPO's work is KPO
    work; so a "which model" question never offers both, and never takes one's
    value as a wrong option for the other.
    """
    ancestors = {model.id: set(catalog.ancestors(model.id)) for model in catalog.models}
    return {
        model_id: above | {other for other, theirs in ancestors.items() if model_id in theirs}
        for model_id, above in ancestors.items()
    }


def slug(text: str, length: int = 48) -> str:
    """A readable id part made from text: 'Call centre services' -> 'call-centre-services'."""
    return "-".join(words(text))[:length].rstrip("-")
