"""Exam practice: the long-answer questions and their model answers.

For now the questions are the content's questions of kind "exam"; schema
version 2 gives them marks, and `exam_questions` is where a builder of exam
practice (issue #13, part 2) will plug in. The printed sheet is
documents/exam_sheet.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from outsource_desktop.content.models import Catalog


@dataclass(frozen=True)
class ExamQuestion:
    question_id: str
    question: str
    model_answer: str
    marks: int | None
    source_ids: tuple[str, ...]


def exam_questions(catalog: Catalog) -> list[ExamQuestion]:
    questions = []
    for question in catalog.questions:
        if question.kind != "exam":
            continue
        # Content of schema version 1 has no marks; version 2 adds them.
        marks: int | None = getattr(question, "marks", None)
        questions.append(
            ExamQuestion(
                question.id, question.question, question.answer, marks, tuple(question.sources)
            )
        )
    return questions
