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
from outsource_desktop.reference.study.items import QuestionKind
from outsource_desktop.reference.study.questions import (
    build_quiz,
    deck_questions,
    score_quiz,
    study_questions,
)


def test_the_same_seed_gives_the_same_quiz_and_another_seed_another(catalog: Catalog) -> None:
    assert build_quiz(catalog, 7) == build_quiz(catalog, 7)
    assert build_quiz(catalog, 7) != build_quiz(catalog, 8)
    assert len(build_quiz(catalog, 7, size=5).items) == 5


def test_each_quiz_mixes_the_kinds_of_choice_question(catalog: Catalog) -> None:
    kinds = {question.item_id: question.kind for question in study_questions(catalog)}
    for seed in range(5):
        quiz = build_quiz(catalog, seed)
        assert len(quiz.items) == 10
        quiz_kinds = [kinds[item.origin] for item in quiz.items]
        # Six kinds have options: ten questions take each at least once.
        assert len(set(quiz_kinds)) >= 5, quiz_kinds
        for item in quiz.items:
            assert 2 <= len(item.options) <= 4
            assert len(set(item.options)) == len(item.options)


def test_models_and_true_or_false_keep_their_order_other_options_are_shuffled(
    catalog: Catalog,
) -> None:
    model_names = [model.short_name for model in catalog.models]
    answer_places: set[int] = set()
    for seed in range(20):
        for item in build_quiz(catalog, seed).items:
            if set(item.options) <= set(model_names):
                assert list(item.options) == sorted(item.options, key=model_names.index)
            elif set(item.options) == {"True", "False"}:
                assert item.options == ("True", "False")
            else:
                answer_places.add(item.correct)
    assert answer_places == {0, 1, 2, 3}  # the right answer is not always first


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


def test_the_deck_asks_each_fact_once_and_starts_with_the_faqs(catalog: Catalog) -> None:
    deck = deck_questions(catalog)
    assert deck[0].kind is QuestionKind.FAQ
    kinds = {question.kind for question in deck}
    # "Which model? Investment: …" is "KPO: investment?" the other way round: quiz only.
    assert QuestionKind.MODEL_FOR_VALUE not in kinds
    assert QuestionKind.MODEL_FOR_EXAMPLE not in kinds
    assert {QuestionKind.VALUE_FOR_MODEL, QuestionKind.TERM_STANDS_FOR} <= kinds
    ids = {question.item_id for question in deck}
    # Every FAQ and exam question is a card, under the id its saved progress has.
    assert {f"questions/{question.id}" for question in catalog.questions} <= ids
