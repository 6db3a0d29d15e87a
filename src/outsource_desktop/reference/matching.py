"""The one rule for matching typed words to content, shared by every filter, search and export.

A typed word matches where a word of the text starts with it: "HR" finds "HR"
and "HR-led" but not "through", and "pay" finds "payroll". Common synonyms
meet, across the two languages: "salary" also finds "pay", "CTC", "earnings"
and "वेतन"; "cons" finds "disadvantages". A text matches a query when it
matches every typed word.

Hindi is matched the same way, with three things Hindi needs. Its vowel signs,
virama and nukta are combining marks, not letters (str.isalnum() is False for
them), so they are counted as part of a word rather than splitting it. A dot
below a letter (nukta) is ignored, as many readers leave it out: "फर्म" finds
"फ़र्म". And a typed noun also finds its plural and oblique forms: "कंपनी" finds
"कंपनियाँ" and "कंपनियों", "फर्मों" finds "फर्म".

Texts are prepared once (`searchable`): case-folded, nukta dropped, every run of
characters that are not part of a word made one space, with a space in front. A
word start is then a space followed by the word, so each test is one substring
search, fast enough to answer every keystroke over thousands of rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

# Each group's words find each other, in English and in Hindi. Only whole typed
# words are expanded (typing "sal" does not yet mean "pay"), and each word is
# itself matched as a word start, so "earn" also finds "earnings". Hindi words
# are written as searchable() leaves them: without nukta.
SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("salary", "salaries", "pay", "paid", "earn", "ctc", "wage", "wages", "income", "package",
     "वेतन", "सैलरी", "पैकेज", "कमाई", "पारिश्रमिक"),
    ("cons", "con", "disadvantage", "disadvantages", "drawback", "drawbacks", "downside",
     "हानि", "हानियाँ", "नुकसान", "कमियाँ", "दोष"),
    ("pros", "pro", "advantage", "advantages", "benefit", "benefits", "merit", "merits",
     "लाभ", "फायदा", "फायदे", "गुण"),
    ("job", "jobs", "career", "careers", "role", "roles", "vacancy", "vacancies",
     "नौकरी", "करियर", "भूमिका", "रोजगार"),
    ("company", "companies", "firm", "firms", "employer", "employers", "provider", "vendor",
     "कंपनी", "फर्म", "नियोक्ता", "प्रदाता", "विक्रेता"),
    ("qualification", "qualifications", "education", "degree", "degrees", "eligibility",
     "योग्यता", "शिक्षा", "डिग्री", "उपाधि", "पात्रता"),
    ("cost", "costs", "price", "prices", "expense", "expenses", "fee", "fees",
     "लागत", "खर्च", "कीमत", "शुल्क"),
    ("meaning", "definition", "define", "means", "अर्थ", "परिभाषा", "मतलब"),
    ("lawyer", "lawyers", "legal", "law", "attorney", "attorneys", "वकील", "कानून", "कानूनी"),
    ("size", "revenue", "revenues", "turnover", "आकार", "राजस्व"),
    ("history", "origin", "origins", "growth", "grew", "इतिहास", "उत्पत्ति", "विकास"),
    ("staff", "employee", "employees", "workforce", "कर्मचारी", "कार्यबल", "स्टाफ"),
)  # fmt: skip
_SYNONYMS: dict[str, tuple[str, ...]] = {word: group for group in SYNONYM_GROUPS for word in group}

# Devanagari's letters, digits and marks (vowel signs, virama, nukta, candrabindu)
# and the joiners some words are written with; not its dandas (।, ॥) or the
# abbreviation sign, which are punctuation.
_DEVANAGARI = "\u0900-\u0963\u0966-\u096f\u0971-\u097f\ua8e0-\ua8ff\u200c\u200d"
_NOT_WORD = re.compile(rf"(?:[^\w{_DEVANAGARI}]|_)+")
# One character of a word, for look-behinds (as in `first_match`) and for the study
# questions' own word splitting (reference/study/wording.py).
WORD_CHARACTER = rf"[^\W_]|[{_DEVANAGARI}]"

_NUKTA = "\u093c"
# The nukta is dropped, and a letter written with it in one character becomes its plain letter.
_WITHOUT_NUKTA = str.maketrans(
    {
        _NUKTA: None,
        **dict(zip("\u0929\u0931\u0934", "\u0928\u0930\u0933", strict=True)),
        **dict(
            zip(
                "\u0958\u0959\u095a\u095b\u095c\u095d\u095e\u095f",
                "\u0915\u0916\u0917\u091c\u0921\u0922\u092b\u092f",
                strict=True,
            )
        ),
    }
)

# Hindi nouns and adjectives change their last vowel in the plural and before
# postpositions: कंपनी, कंपनियाँ, कंपनियों; खर्चीला, खर्चीले; फर्म, फर्मों. A typed
# word also stands for its other forms: (typed ending, endings of the other forms).
_HINDI_FORMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ियाँ", ("ी", "ि")),
    ("ियां", ("ी", "ि")),
    ("ियों", ("ी", "ि")),
    ("ाएँ", ("ा",)),
    ("ाएं", ("ा",)),
    ("ाओं", ("ा",)),
    ("ों", ("",)),
    ("ें", ("",)),
    ("ी", ("ि",)),
    ("ा", ("े", "ों")),
    ("े", ("ा",)),
)
# A stem shorter than this would find too many unrelated words.
_MIN_HINDI_STEM = 2

# One typed word as the needles that satisfy it: " word" and " synonym" for each
# synonym, each found in searchable text only at the start of a word.
Term = tuple[str, ...]


def searchable(*texts: str) -> str:
    """`texts` prepared for matching: case-folded words without nukta, each after one space."""
    folded = " ".join(texts).casefold().translate(_WITHOUT_NUKTA)
    return " " + _NOT_WORD.sub(" ", folded).strip()


def hindi_forms(word: str) -> tuple[str, ...]:
    """The other forms of a typed Hindi noun or adjective (see `_HINDI_FORMS`); none for others."""
    for ending, others in _HINDI_FORMS:
        stem = word.removesuffix(ending)
        if stem != word and len(stem) >= _MIN_HINDI_STEM:
            return tuple(stem + other for other in others)
    return ()


def query_terms(query: str) -> list[Term]:
    """The terms of a query: one per typed word, with its other forms and their synonyms."""
    terms: list[Term] = []
    for word in searchable(query).split():
        forms = (word, *hindi_forms(word))
        alternatives = dict.fromkeys(forms)
        for form in forms:
            alternatives.update(dict.fromkeys(_SYNONYMS.get(form, ())))
        terms.append(tuple(f" {alternative}" for alternative in alternatives))
    return terms


def has_terms(text: str, terms: Sequence[Term]) -> bool:
    """Whether searchable `text` satisfies every term."""
    return all(any(needle in text for needle in term) for term in terms)


def matches(text: str, query: str) -> bool:
    """Whether searchable `text` matches every word of `query`, as words or word starts."""
    return has_terms(text, query_terms(query))


def positions_with_terms(
    texts: Sequence[str], terms: Sequence[Term], among: Iterable[int] | None = None
) -> list[int]:
    """Positions in `texts` (ascending) of the texts that satisfy every term.

    `has_terms` for many texts at once: one tight pass per term, each pass over
    the survivors of the last. `among` limits the search to those positions,
    in ascending order.
    """
    found = list(range(len(texts)) if among is None else among)
    for term in terms:
        if len(term) == 1:
            needle = term[0]
            found = [position for position in found if needle in texts[position]]
        else:
            found = [
                position for position in found if any(needle in texts[position] for needle in term)
            ]
    return found


def narrows(terms: Sequence[Term], previous: Sequence[Term]) -> bool:
    """Whether text satisfying `terms` surely satisfies every one of `previous` too.

    True when each previous term is implied by a new one: every needle of the
    new term starts with a needle of the old, as when a word is typed further
    or another word is added. Then only the texts that matched before need
    testing again.
    """
    # str.startswith with a tuple: whether the needle starts with any of them.
    return all(
        any(all(needle.startswith(old) for needle in new) for new in terms) for old in previous
    )


def first_match(text: str, terms: Sequence[Term]) -> int:
    """Where in `text` (as written) the first word matching any term starts; -1 if none."""
    needles = sorted({needle.strip() for term in terms for needle in term}, key=len, reverse=True)
    if not needles:
        return -1
    pattern = re.compile(
        rf"(?<!{WORD_CHARACTER})(?:" + "|".join(re.escape(needle) for needle in needles) + ")",
        re.IGNORECASE,
    )
    # Searched without nukta, as the needles are; each searched character's place
    # in the text as written, which has one more character for every nukta.
    found = pattern.search(text.translate(_WITHOUT_NUKTA))
    if not found:
        return -1
    return [index for index, character in enumerate(text) if character != _NUKTA][found.start()]
