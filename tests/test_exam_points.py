"""Model answers split into the points a marker looks for, and the marks those points earn."""

from __future__ import annotations

import re

import pytest

from outsource_desktop.content.models import Catalog
from outsource_desktop.reference.study.exam import answer_points, exam_questions, points_needed

# A sentence of several words that leads into point 1: "Its main functions are: 1. …".
LEAD_IN = re.compile(r"(?:^|(?<=[.!?]\s))[^.!?:]*\s[^.!?:]*:\s+(?=1\.\s)")


def test_numbered_points_restart_under_a_heading_and_keep_it() -> None:
    answer = "BPO: 1. Good communication. 2. Basic education. KPO: 1. A degree. 2. Experience."
    assert answer_points(answer) == (
        "BPO: Good communication.",
        "BPO: Basic education.",
        "KPO: A degree.",
        "KPO: Experience.",
    )


def test_an_opening_point_and_a_closing_remark_are_points_of_their_own() -> None:
    answer = (
        "KPO is knowledge work. Examples: 1. Market research. 2. Equity research. "
        "Other examples are data analytics and patent work."
    )
    assert answer_points(answer) == (
        "KPO is knowledge work.",
        "Examples: Market research.",
        "Examples: Equity research.",
        "Other examples are data analytics and patent work.",
    )


def test_a_sentence_leading_into_the_points_is_not_part_of_the_opening_point() -> None:
    answer = "KPO is knowledge work. Its main functions are: 1. Research. 2. Analytics."
    assert answer_points(answer) == ("KPO is knowledge work.", "Research.", "Analytics.")
    assert answer_points("The functions are: 1. Research. 2. Analytics.") == (
        "Research.",
        "Analytics.",
    )


def test_figures_and_numbers_out_of_turn_do_not_start_a_point() -> None:
    answer = "1. Entry pay is Rs 2.5 to 4 lakh. 2. Senior pay is over 15 lakh, in 2024. 7. Not one."
    assert answer_points(answer) == (
        "Entry pay is Rs 2.5 to 4 lakh.",
        "Senior pay is over 15 lakh, in 2024.",
        "7. Not one.",
    )


def test_an_answer_without_numbers_is_split_into_sentences() -> None:
    assert answer_points("Staff serve several clients. So they cost less.") == (
        "Staff serve several clients.",
        "So they cost less.",
    )


@pytest.mark.parametrize(
    ("question", "marks", "points", "opening", "needed"),
    [
        ("Distinguish between BPO and KPO (any four points).", 4, 9, False, 4),
        ("Name eight types of KPO.", 4, 8, False, 8),  # half a mark a type
        ("What is KPO? Give two examples.", 3, 4, True, 3),  # the meaning, then two examples
        ("Give two practical situations.", 4, 3, False, 2),
        ("Explain the nature of work in KPO.", 4, 6, False, 4),  # a point a mark
        ("Is KPO a part of BPO? Discuss.", 4, 3, True, 3),  # never more than the answer has
    ],
)
def test_the_points_that_earn_full_marks(
    question: str, marks: int, points: int, opening: bool, needed: int
) -> None:
    assert points_needed(question, marks, points, opening) == needed


def test_marks_grow_with_the_points_made_up_to_the_question_s_marks(catalog: Catalog) -> None:
    questions = {question.question_id: question for question in exam_questions(catalog)}
    types = questions["exam-kpo-types"]
    assert [types.marks_for(made) for made in (0, 1, 3, 8)] == [0, 0.5, 1.5, 4]
    distinguish = questions["exam-distinguish-bpo-kpo"]
    assert [distinguish.marks_for(made) for made in (3, 4, 9)] == [3, 4, 4]
    assert distinguish.marking_note() == (
        "Each point earns about 1 mark; 4 points earn the full 4 marks."
    )


def test_every_exam_question_has_points_and_can_earn_its_marks(catalog: Catalog) -> None:
    questions = exam_questions(catalog)
    assert len(questions) == sum(question.kind == "exam" for question in catalog.questions)
    for question in questions:
        assert question.points, question.question_id
        assert all(point.strip() for point in question.points)
        assert 1 <= question.points_needed <= len(question.points)
        assert question.marks_for(len(question.points)) == question.marks
        # Nothing of the model answer is lost in the split, only its numbers and the
        # sentence that leads into them ("Its main functions are:").
        said = LEAD_IN.sub("", question.model_answer)
        answer_words = {word for word in said.split() if not word[0].isdigit()}
        assert answer_words <= set(" ".join(question.points).split()), question.question_id
