"""The printable study sheets by the names the command line gives them."""

from __future__ import annotations

from outsource_desktop.core.document import Document
from outsource_desktop.core.models import Catalog
from outsource_desktop.core.study import answer_key_document, build_quiz, question_sheet_document
from outsource_desktop.reference.study.exam_sheet import exam_practice_document, exam_questions

QUESTION_SHEET, ANSWER_KEY, EXAM_SHEET = "question-sheet", "answer-key", "exam-sheet"


def study_sheet_document(catalog: Catalog, sheet: str, seed: int) -> Document:
    """A sheet: the question sheet or answer key of quiz `seed`, or the exam practice sheet."""
    if sheet == EXAM_SHEET:
        return exam_practice_document(catalog, exam_questions(catalog))
    quiz = build_quiz(catalog, seed)
    if sheet == QUESTION_SHEET:
        return question_sheet_document(catalog, quiz)
    if sheet == ANSWER_KEY:
        return answer_key_document(catalog, quiz)
    raise ValueError(f"no study sheet called {sheet!r}")
