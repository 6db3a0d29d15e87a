"""The one rule for matching typed words to content, shared by every filter, search and export.

A typed word matches where a word of the text starts with it: "HR" finds "HR"
and "HR-led" but not "through", and "pay" finds "payroll". Common synonyms
meet: "salary" also finds "pay", "CTC" and "earnings"; "cons" finds
"disadvantages". A text matches a query when it matches every typed word.

Texts are prepared once (`searchable`): case-folded, every run of characters
that are not letters or digits made one space, with a space in front. A word
start is then a space followed by the word, so each test is one substring
search, fast enough to answer every keystroke over thousands of rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

# Each group's words find each other. Only whole typed words are expanded
# (typing "sal" does not yet mean "pay"), and each word is itself matched as a
# word start, so "earn" also finds "earnings".
SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("salary", "salaries", "pay", "paid", "earn", "ctc", "wage", "wages", "income", "package"),
    ("cons", "con", "disadvantage", "disadvantages", "drawback", "drawbacks", "downside"),
    ("pros", "pro", "advantage", "advantages", "benefit", "benefits", "merit", "merits"),
    ("job", "jobs", "career", "careers", "role", "roles", "vacancy", "vacancies"),
    ("company", "companies", "firm", "firms", "employer", "employers", "provider", "vendor"),
    ("qualification", "qualifications", "education", "degree", "degrees", "eligibility"),
    ("cost", "costs", "price", "prices", "expense", "expenses", "fee", "fees"),
    ("meaning", "definition", "define", "means"),
    ("lawyer", "lawyers", "legal", "law", "attorney", "attorneys"),
    ("size", "revenue", "revenues", "turnover"),
    ("history", "origin", "origins", "growth", "grew"),
    ("staff", "employee", "employees", "workforce"),
)
_SYNONYMS: dict[str, tuple[str, ...]] = {word: group for group in SYNONYM_GROUPS for word in group}

_NOT_WORD = re.compile(r"[\W_]+")

# One typed word as the needles that satisfy it: " word" and " synonym" for each
# synonym, each found in searchable text only at the start of a word.
Term = tuple[str, ...]


def searchable(*texts: str) -> str:
    """`texts` prepared for matching: case-folded words, each after one space."""
    return " " + _NOT_WORD.sub(" ", " ".join(texts).casefold()).strip()


def query_terms(query: str) -> list[Term]:
    """The terms of a query: one per typed word, with that word's synonyms."""
    terms: list[Term] = []
    for word in searchable(query).split():
        alternatives = (word, *(other for other in _SYNONYMS.get(word, ()) if other != word))
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
        r"(?<![^\W_])(?:" + "|".join(re.escape(needle) for needle in needles) + ")", re.IGNORECASE
    )
    found = pattern.search(text)
    return found.start() if found else -1
