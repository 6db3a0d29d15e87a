"""The exam practice sheet: long-answer questions, then their model answers.

For now the questions are the content's questions of kind "exam"; schema
version 2 gives them marks, and `exam_questions` is where a builder of exam
practice (issue #13, part 2) will plug in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from outsource_desktop.core.document import Block, Document, Heading, Paragraph
from outsource_desktop.core.formatting import numbers_of_ids
from outsource_desktop.core.models import Catalog
from outsource_desktop.core.pages import references_for


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


def _marks_text(marks: int | None) -> str:
    if marks is None:
        return ""
    return f" ({marks} mark{'' if marks == 1 else 's'})"


def exam_practice_document(catalog: Catalog, questions: Sequence[ExamQuestion]) -> Document:
    """Every question first, for answering unaided; the model answers after them."""
    blocks: list[Block] = [Heading("Questions")]
    for number, item in enumerate(questions, start=1):
        blocks.append(Heading(f"Question {number}{_marks_text(item.marks)}", level=3))
        blocks.append(Paragraph(item.question))
    blocks.append(Heading("Model answers"))
    for number, item in enumerate(questions, start=1):
        blocks.append(Heading(f"Answer {number}{_marks_text(item.marks)}", level=3))
        blocks.append(
            Paragraph(item.model_answer, references=numbers_of_ids(catalog, item.source_ids))
        )
    total = sum(item.marks or 0 for item in questions)
    return Document(
        title="Exam practice",
        subtitle=f"{len(questions)} questions"
        + (f", {total} marks" if total else "")
        + ". Write your answers first, then compare them with the model answers.",
        blocks=tuple(blocks),
        references=references_for(
            catalog, [source_id for item in questions for source_id in item.source_ids]
        ),
    )
