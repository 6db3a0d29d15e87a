"""Questions from the glossary: what an abbreviation stands for, and which term means what.

* "What does ITES stand for?", answered from memory: offered options would
  give it away, as the right one alone has the initials;
* "Which term means this? “Sending work to a provider in another, usually
  distant, country.”", the options being terms. The meaning is the
  definition's first clause; a meaning that uses the term's own words is not
  asked. Wrong options are terms of the same shape (abbreviations for an
  abbreviation) whose meanings share no word with this one, so that
  "Offshoring" is never a wrong answer to what offshore outsourcing means;
  whose names share no word with the term (offshore outsourcing is
  outsourcing too); and that the stem does not name.
"""

from __future__ import annotations

import re

from outsource_desktop.content.models import Catalog, Term
from outsource_desktop.i18n import translate
from outsource_desktop.reference.queries import numbers_of
from outsource_desktop.reference.study.items import QuestionKind, StudyQuestion
from outsource_desktop.reference.study.wording import (
    SourceMentions,
    content_stems,
    first_sentence,
    gives_away,
    lower_first,
    sentences,
    word_stem,
)

MAX_OPTIONS = 4
# Words that two meanings may share and still mean different things.
COMMON_MEANING_WORDS = frozenset(
    map(
        word_stem,
        ("work", "firm", "company", "provider", "client", "outsourced", "outsourcing", "business"),
    )
)


_HINDI = re.compile("[\u0900-\u097f]")
DANDA = "\u0964"  # Hindi's full stop


def glossary_questions(catalog: Catalog) -> list[StudyQuestion]:
    mentions = SourceMentions(catalog)
    usable = [
        term
        for term in catalog.glossary
        if not term.definition.opinion and not mentions(term.definition.text)
    ]
    questions: list[StudyQuestion] = []
    for term in usable:
        if term.stands_for and term.term.isupper():  # "E-discovery" is no abbreviation
            questions.append(_stands_for(catalog, term))
        questions.extend(_which_term(catalog, term, usable))
    return questions


def meaning(term: Term) -> str:
    """The definition's first clause, a sentence of its own."""
    clause = first_sentence(term.definition.text).split("; ")[0].rstrip(".:" + DANDA)
    # A Hindi definition's sentence ends with a danda (।), an English one with a full stop.
    stop = DANDA if _HINDI.search(clause) else "."
    return clause + stop


def _named(term: Term) -> str:
    """The term with what it stands for: what its words are, for the give-away check."""
    return f"{term.term} {term.stands_for or ''}".strip()


def _stands_for(catalog: Catalog, term: Term) -> StudyQuestion:
    return StudyQuestion(
        item_id=f"term/{term.id}/stands-for",
        kind=QuestionKind.TERM_STANDS_FOR,
        question=translate("StudyQuestions", "What does {term} stand for?").format(term=term.term),
        answer=term.stands_for or "",
        explanation=first_sentence(term.definition.text),
        references=numbers_of(catalog, term.definition),
    )


def _explanation(term: Term) -> str:
    if term.stands_for:
        return translate("StudyQuestions", "{term} stands for {meaning}.").format(
            term=term.term, meaning=term.stands_for
        )
    more = sentences(term.definition.text)[1:]
    return more[0] if more else f"{term.term}: {lower_first(meaning(term))}"


def _which_term(catalog: Catalog, term: Term, terms: list[Term]) -> list[StudyQuestion]:
    stem = translate("StudyQuestions", "Which term means this? “{meaning}”").format(
        meaning=meaning(term)
    )
    wrong = _wrong_terms(term, terms, stem)
    if len(wrong) < 2 or gives_away(stem, _named(term), [_named(other) for other in wrong]):
        return []
    return [
        StudyQuestion(
            item_id=f"term/{term.id}",
            kind=QuestionKind.TERM_FOR_MEANING,
            question=stem,
            answer=term.term,
            explanation=_explanation(term),
            references=numbers_of(catalog, term.definition),
            options=(term.term, *(other.term for other in wrong)),
        )
    ]


def _wrong_terms(term: Term, terms: list[Term], stem: str) -> list[Term]:
    """Up to three terms that are plainly not meant: like in shape, near in the list."""
    meaning_words = content_stems(meaning(term)) - COMMON_MEANING_WORDS
    stem_words = content_stems(stem)
    term_words = content_stems(term.term)
    # By id: list.index would compare whole terms, field by field.
    positions = {other.id: index for index, other in enumerate(terms)}
    candidates = [
        other
        for other in terms
        if other is not term
        and not meaning_words & content_stems(meaning(other))
        and not content_stems(_named(other)) & stem_words
        # "Offshore outsourcing" is outsourcing too: no wrong answer to what outsourcing means.
        and not content_stems(other.term) & term_words
    ]
    candidates.sort(
        key=lambda other: (
            bool(other.stands_for) != bool(term.stands_for),  # same shape first
            not set(other.models) & set(term.models),  # then the same field
            abs(positions[other.id] - positions[term.id]),  # then the nearest in the glossary
        )
    )
    return candidates[: MAX_OPTIONS - 1]
