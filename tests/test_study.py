"""Study mode: deterministic quizzes, scoring and the printable sheets."""

from __future__ import annotations

from outsource_desktop.content.models import Catalog
from outsource_desktop.documents.document import BulletList
from outsource_desktop.documents.render_html import render_html
from outsource_desktop.documents.study_sheets import (
    answer_key_document,
    question_sheet_document,
    review_document,
)
from outsource_desktop.reference.study.questions import (
    BLANK,
    build_quiz,
    comparison_items,
    flashcards,
    score_quiz,
)


def test_the_same_seed_gives_the_same_quiz_and_another_seed_another(catalog: Catalog) -> None:
    assert build_quiz(catalog, 7) == build_quiz(catalog, 7)
    assert build_quiz(catalog, 7) != build_quiz(catalog, 8)
    assert len(build_quiz(catalog, 7, size=5).items) == 5


def test_quiz_mixes_content_questions_and_generated_comparison_questions(
    catalog: Catalog,
) -> None:
    origins = [item.origin for seed in range(5) for item in build_quiz(catalog, seed).items]
    assert any(origin.startswith("questions/") for origin in origins)
    assert any(origin.startswith("aspects/") for origin in origins)
    for item in build_quiz(catalog, 3).items:
        assert 2 <= len(item.options) <= 4
        assert len(set(item.options)) == len(item.options)


def test_generated_questions_blank_the_model_and_offer_only_differing_models(
    catalog: Catalog,
) -> None:
    items = {item.origin: item for item in comparison_items(catalog)}
    investment = items["aspects/investment/kpo"]
    assert "KPO" not in investment.prompt
    assert BLANK in investment.prompt
    assert investment.correct_text == "KPO"
    # LPO inherits KPO's investment claim, so it would be right too: not offered.
    assert investment.options == ("BPO", "KPO")
    # Full form reads "___ is short for ___." for every model: no question.
    assert not any(origin.startswith("aspects/full-form/") for origin in items)


def test_scoring_counts_right_answers_and_lists_wrong_ones(catalog: Catalog) -> None:
    quiz = build_quiz(catalog, 1, size=4)
    right = [item.correct for item in quiz.items]
    assert score_quiz(quiz, right).correct == 4
    wrong_first = [(right[0] + 1) % len(quiz.items[0].options), *right[1:3]]
    result = score_quiz(quiz, wrong_first)
    assert (result.correct, result.total) == (2, 4)
    assert [(w.number, w.chosen) for w in result.wrong] == [(1, wrong_first[0]), (4, None)]


def test_question_sheet_has_no_answers_and_the_key_has_them(catalog: Catalog) -> None:
    quiz = build_quiz(catalog, 2, size=6)
    sheet = render_html(question_sheet_document(catalog, quiz))
    key_document = answer_key_document(catalog, quiz)
    key = render_html(key_document)
    (answers,) = key_document.blocks
    assert isinstance(answers, BulletList)
    key_lines = [f"{line.lead} {line.text}" for line in answers.items]
    assert "Question 6" in sheet
    for item in quiz.items:
        assert item.prompt.replace("“", "").split()[0] in sheet
    letters = "ABCD"
    for number, item in enumerate(quiz.items, start=1):
        assert key_lines[number - 1].startswith(f"{number}. {letters[item.correct]}. ")
    assert "Answer key" not in sheet
    assert "Sources" in key


def test_review_shows_the_wrong_answer_next_to_the_right_one(catalog: Catalog) -> None:
    quiz = build_quiz(catalog, 5, size=2)
    first = quiz.items[0]
    chosen = (first.correct + 1) % len(first.options)
    document = review_document(catalog, quiz, [chosen, quiz.items[1].correct])
    text = render_html(document)
    assert document.title == "Score: 1 of 2"
    assert "Your answer:" in text
    assert "Right answer:" in text
    assert "Question 2" not in text


def test_flashcards_cover_every_question_and_own_claim(catalog: Catalog) -> None:
    cards = flashcards(catalog)
    own_claims = sum(len(aspect.claims) for aspect in catalog.aspects)
    assert len(cards) == len(catalog.questions) + own_claims
    assert cards[0].back == catalog.questions[0].answer
