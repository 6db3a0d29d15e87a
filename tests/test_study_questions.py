"""The question builder, checked over every question it makes: about ideas, not sources;
no stem gives its answer away; options of one kind; one right answer; stable ids."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from outsource_desktop.content.assets import bundled_content_path
from outsource_desktop.content.loader import ContentError, load_catalog
from outsource_desktop.content.models import Catalog
from outsource_desktop.export.translations import install_language
from outsource_desktop.i18n import Language
from outsource_desktop.reference.queries import resolve_cell
from outsource_desktop.reference.study.items import QuestionKind, StudyQuestion
from outsource_desktop.reference.study.questions import deck_questions, study_questions
from outsource_desktop.reference.study.wording import SourceMentions
from tests.content_factory import cell, claim

# How students and the old questions named the seed articles, written out here by
# hand so that the test does not trust the builder's own list.
SEED_NICKNAMES = (
    "indiaclass",
    "markmakers",
    "skytechbpo",
    "Vedantu",
    "McMahon",
    "Musnad",
    "Ahmed",
    "Conjecture",
    "article",
    "study guide",
)
FULL_ANSWER_KINDS = {QuestionKind.FAQ, QuestionKind.EXAM}
MAX_OPTION_CHARS = 60


@pytest.fixture(scope="module")
def questions(catalog: Catalog) -> Sequence[StudyQuestion]:
    return study_questions(catalog)


Edition = tuple[Catalog, Sequence[StudyQuestion]]


@pytest.fixture(scope="module", params=["en", "hi"])
def edition(request: pytest.FixtureRequest, qapp: object) -> Edition:
    """A bundled content file and its questions, built speaking its language (the stems'
    own words are translated, the Hindi content fills them)."""
    language: Language = request.param
    catalog = load_catalog(bundled_content_path(language))
    install_language(language)
    try:
        return catalog, study_questions(catalog)
    finally:
        install_language("en")


def test_there_are_questions_of_every_kind(questions: Sequence[StudyQuestion]) -> None:
    assert {question.kind for question in questions} == set(QuestionKind)


# Hindi's words with their vowel signs, not its dandas (।, ॥).
_WORD = re.compile("[a-z0-9\u0900-\u0963\u0966-\u097f]+")
_SMALL_WORDS = {
    *("a", "an", "and", "the", "of", "to", "in", "or", "for", "is", "it", "its"),
    *("का", "की", "के", "को", "से", "में", "और", "या", "है", "हैं", "एक", "यह", "कौन-सा"),
}
# How a true-or-false statement is asked, in each edition: it names both answers.
TRUE_OR_FALSE = ("True or false:", "सही या गलत:")


def _words(text: str) -> set[str]:
    """Lower-case words, a plural's "s" dropped: this test's own idea of a word."""
    found = set()
    for word in _WORD.findall(text.casefold()):
        found.add(word[:-1] if len(word) > 3 and word.endswith("s") else word)
    return found - _SMALL_WORDS


def _model_words(catalog: Catalog) -> dict[str, set[str]]:
    """Each model's telling words: its short name and what only its full name has."""
    common = set.intersection(*(_words(model.full_name) for model in catalog.models))
    return {
        model.short_name: {model.short_name.casefold()} | (_words(model.full_name) - common)
        for model in catalog.models
    }


def _says(stem: str, word: str) -> bool:
    """Whether the stem has `word`, or a word that starts with it ("legally" has "legal")."""
    return any(stem_word.startswith(word) for stem_word in _words(stem))


def test_no_stem_holds_its_answer_or_a_word_that_gives_it_away(edition: Edition) -> None:
    """In English and in Hindi, whose content and stems the same builder words."""
    catalog, questions = edition
    model_words = _model_words(catalog)
    checked = 0
    for question in questions:
        stem = question.question
        if question.kind is QuestionKind.PRACTICE_TRUE_FALSE:
            for asking in TRUE_OR_FALSE:  # asks which; the statement must not say
                stem = stem.removeprefix(asking)
        assert question.answer.casefold() not in stem.casefold(), question.item_id
        if len(question.answer) > MAX_OPTION_CHARS:
            continue  # a full answer restates its question's topic, and should
        checked += 1
        others = [option for option in question.options if option != question.answer]
        if question.answer in model_words:
            # Options are models: no model's name, nor a telling word of it, in the stem.
            for name, telling in model_words.items():
                assert not any(_says(stem, word) for word in telling), (question.item_id, name)
            continue
        # A word only the right option has must not be in the stem ("Low" of "Low to medium").
        shared = set.intersection(*(_words(other) for other in others)) if others else set()
        telling = _words(question.answer) - shared
        assert not telling & _words(stem), (question.item_id, telling & _words(stem))
        for other in others:
            assert other.casefold() not in stem.casefold(), (question.item_id, other)
    assert checked > 100


def test_options_are_of_one_kind_short_distinct_and_hold_the_answer(
    catalog: Catalog, questions: Sequence[StudyQuestion]
) -> None:
    model_names = {model.short_name for model in catalog.models}
    terms = {term.term for term in catalog.glossary}
    aspects = {aspect.id: aspect for aspect in catalog.aspects}
    choices = [question for question in questions if question.is_choice]
    assert len(choices) > 80
    for question in choices:
        options = question.options
        assert 2 <= len(options) <= 4, question.item_id
        assert len({option.casefold() for option in options}) == len(options), question.item_id
        assert question.answer in options, question.item_id
        assert all(len(option) <= MAX_OPTION_CHARS for option in options), question.item_id
        kind = question.kind
        if kind in {QuestionKind.MODEL_FOR_VALUE, QuestionKind.MODEL_FOR_EXAMPLE}:
            assert set(options) <= model_names, question.item_id
        elif kind is QuestionKind.TERM_FOR_MEANING:
            assert set(options) <= terms, question.item_id
        elif kind is QuestionKind.VALUE_FOR_MODEL:
            aspect = aspects[question.item_id.split("/")[1]]
            row_values = {claim.value for claim in aspect.claims.values()}
            assert set(options) <= row_values, question.item_id
        elif kind is QuestionKind.PRACTICE_TRUE_FALSE:
            assert options == ("True", "False")


def test_a_which_model_question_has_exactly_one_right_model(
    catalog: Catalog, questions: Sequence[StudyQuestion]
) -> None:
    by_name = {model.short_name: model for model in catalog.models}
    asked = [q for q in questions if q.kind is QuestionKind.MODEL_FOR_VALUE]
    assert asked
    for question in asked:
        _, aspect_id, _ = question.item_id.split("/")
        aspect = next(aspect for aspect in catalog.aspects if aspect.id == aspect_id)
        answer = by_name[question.answer]
        right = resolve_cell(catalog, aspect, answer.id).claim
        assert right is not None
        assert not right.opinion
        assert not right.disagreements
        for option in question.options:
            model = by_name[option]
            if model is answer:
                continue
            # A model and its branch (KPO and LPO) are never offered against each other.
            assert model.parent != answer.id, question.item_id
            assert answer.parent != model.id, question.item_id
            other = resolve_cell(catalog, aspect, model.id).claim
            assert other is not None, question.item_id
            assert other.value.casefold() != right.value.casefold(), question.item_id
            assert not other.disagreements, question.item_id


def test_every_answer_has_a_line_of_explanation_and_its_sources(
    catalog: Catalog, questions: Sequence[StudyQuestion]
) -> None:
    for question in questions:
        assert question.references, question.item_id
        assert all(1 <= number <= len(catalog.sources) for number in question.references)
        if question.kind is QuestionKind.FAQ:
            continue  # the FAQ's answer is its explanation
        explanation = question.explanation
        assert explanation, question.item_id
        assert explanation.casefold() != question.answer.casefold(), question.item_id
        assert "\n" not in explanation, question.item_id


def test_no_question_names_an_article(catalog: Catalog, questions: Sequence[StudyQuestion]) -> None:
    mentions = SourceMentions(catalog)
    for question in questions:
        shown = " ".join([question.question, *question.options, question.answer])
        shown += " " + question.explanation
        assert not mentions(shown), question.item_id
        for nickname in SEED_NICKNAMES:
            assert nickname.casefold() not in shown.casefold(), (question.item_id, nickname)


@pytest.mark.parametrize(
    "old_question",
    [
        "Focus or motive: what do the articles say about KPO?",
        "which model is this said of? “The study guide says ___ work is done by professionals.”",
        "BPO is worthwhile, in the view of Musnad E Ahmed, when a large team is needed.",
        "KPO is judged better than BPO in the indiaclass.com comparison.",
    ],
)
def test_the_article_check_catches_the_old_questions(catalog: Catalog, old_question: str) -> None:
    assert SourceMentions(catalog)(old_question)


def test_card_ids_are_unique_and_made_of_content_ids(
    catalog: Catalog, questions: Sequence[StudyQuestion]
) -> None:
    ids = [question.item_id for question in questions]
    assert len(ids) == len(set(ids))
    content_ids = {
        "value": {aspect.id for aspect in catalog.aspects},
        "term": {term.id for term in catalog.glossary},
        "questions": {question.id for question in catalog.questions},
        "practice": {practice.id for practice in catalog.practice},
        "points": {model.id for model in catalog.models},
    }
    for question in deck_questions(catalog):
        kind, first, *_rest = question.item_id.split("/")
        assert first in content_ids[kind], question.item_id
    examples = [question.item_id for question in questions if question.item_id.startswith("value/")]
    assert "value/investment/kpo" in examples
    assert "term/ites/stands-for" in ids


def test_rewording_the_content_keeps_every_card_id(
    bundled_data: dict[str, Any], write_json: Any, catalog: Catalog
) -> None:
    for aspect in bundled_data["aspects"]:
        for claim_data in aspect["claims"].values():
            claim_data["text"] = "Reworded. " + claim_data["text"]
    for term in bundled_data["glossary"]:
        term["definition"]["text"] += " Reworded."
    for question in bundled_data["questions"]:
        question["question"] = question["question"].replace("?", " ?")
    reworded = deck_questions(load_catalog(write_json(bundled_data)))
    assert any(question.explanation == "Reworded." for question in reworded)
    before = [question.item_id for question in deck_questions(catalog)]
    assert [question.item_id for question in reworded] == before


# Small content built to show each rule ------------------------------------------------


def _questions_of(data: dict[str, Any], write_json: Any) -> dict[str, StudyQuestion]:
    return {q.item_id: q for q in study_questions(load_catalog(write_json(data)))}


def test_a_shared_inherited_opinion_or_disputed_value_is_never_asked(
    small_data: dict[str, Any], write_json: Any
) -> None:
    aspects = small_data["aspects"]
    aspects[1]["claims"]["lpo"] = cell("Medium", "LPO needs medium investment.", "b")
    aspects.append(
        {
            "id": "verdict",
            "section": "money",
            "label": "Verdict",
            "claims": {
                "bpo": cell("Worse", "BPO is worse.", opinion=True),
                "kpo": cell("Better", "KPO is better.", "b", opinion=True),
            },
        }
    )
    asked = _questions_of(small_data, write_json)
    # Work: LPO's "Legal research" has a word of LPO's name; KPO and LPO are related.
    assert asked["model/work/bpo"].options == ("BPO", "KPO", "LPO")
    assert asked["model/work/kpo"].options == ("BPO", "KPO")
    assert "model/work/lpo" not in asked
    assert asked["value/work/kpo"].options == ("Research", "Routine tasks")
    # Investment: KPO's value is never a wrong answer for LPO, its branch.
    assert asked["value/investment/lpo"].options == ("Medium", "Low")
    # Period: every model says "Long term", so no model is the one.
    assert not any("/period/" in item_id for item_id in asked)
    # HR work is disputed; the verdict is an opinion.
    assert not any("/hr/" in item_id or "/verdict/" in item_id for item_id in asked)


def test_a_row_whose_value_names_a_model_is_left_to_hand_written_questions(
    small_data: dict[str, Any], write_json: Any
) -> None:
    small_data["aspects"][1]["claims"]["kpo"] = cell("Higher than BPO", "KPO needs more.", "b")
    asked = _questions_of(small_data, write_json)
    assert not any("/investment/" in item_id for item_id in asked)


def test_practice_questions_come_as_written(small_data: dict[str, Any], write_json: Any) -> None:
    small_data["practice"] = [
        {
            "id": "lpo-in-kpo",
            "kind": "true_false",
            "question": "True or false: LPO is a kind of KPO.",
            "answer": "True",
            "explanation": "LPO is KPO for legal work.",
            "sources": ["b"],
        },
        {
            "id": "calls",
            "kind": "choice",
            "question": "A bank's phone queries go to an outside call centre. Which model?",
            "answer": "BPO",
            "options": ["LPO", "BPO", "KPO"],
            "explanation": "Answering calls is routine BPO work.",
            "sources": ["a"],
        },
    ]
    asked = _questions_of(small_data, write_json)
    true_false = asked["practice/lpo-in-kpo"]
    assert (true_false.kind, true_false.options) == (
        QuestionKind.PRACTICE_TRUE_FALSE,
        ("True", "False"),
    )
    choice = asked["practice/calls"]
    assert choice.options == ("BPO", "KPO", "LPO")  # models in their order
    assert choice.references == (1,)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            {"kind": "choice", "options": ["KPO", "LPO"]},
            "practice[0].answer: the answer must be one of the options",
        ),
        ({"kind": "true_false", "answer": "Yes"}, "practice[0].answer: the answer to a true"),
        ({"kind": "recall", "options": ["BPO", "KPO"]}, "practice[0].options: only choice"),
        ({"kind": "choice", "options": ["BPO"]}, "practice[0].options: a choice question needs"),
        ({"sources": ["nowhere"]}, "practice[0].sources[0]: refers to the unknown source"),
        (
            {"kind": "choice", "options": ["BPO", "x" * 61]},
            "practice[0].options[1]: ",
        ),
    ],
)
def test_a_practice_question_that_does_not_fit_together_is_told_plainly(
    small_data: dict[str, Any], write_json: Any, change: dict[str, Any], expected: str
) -> None:
    practice = {
        "id": "p",
        "kind": "recall",
        "question": "Which model answers calls?",
        "answer": "BPO",
        "explanation": "Calls are BPO work.",
        "sources": ["a"],
    }
    small_data["practice"] = [{**practice, **change}]
    path: Path = write_json(small_data)
    with pytest.raises(ContentError) as raised:
        load_catalog(path)
    assert any(line.startswith(f"{path}: {expected}") for line in raised.value.lines()), (
        raised.value.lines()
    )


def test_a_question_from_a_claim_that_names_an_article_is_not_made(
    small_data: dict[str, Any], write_json: Any
) -> None:
    small_data["aspects"][1]["claims"]["bpo"] = cell(
        "Low", "BPO needs low investment, in the view of Ann Author."
    )
    small_data["glossary"][0]["definition"] = claim(
        "The article's word for a contract's standards."
    )
    asked = _questions_of(small_data, write_json)
    assert "value/investment/bpo" not in asked
    assert "model/investment/bpo" not in asked
    assert not any(item_id.startswith("term/sla") for item_id in asked)


def test_true_or_false_is_asked_in_the_editions_language(edition: Edition) -> None:
    catalog, questions = edition
    english = catalog.title == "BPO, KPO and LPO compared"
    words, asking = (
        (("True", "False"), TRUE_OR_FALSE[0]) if english else (("सही", "गलत"), TRUE_OR_FALSE[1])
    )
    statements = [q for q in questions if q.kind is QuestionKind.PRACTICE_TRUE_FALSE]
    assert statements
    for question in statements:
        assert question.options == words
        assert question.answer in question.options
        assert question.question.startswith(asking)
