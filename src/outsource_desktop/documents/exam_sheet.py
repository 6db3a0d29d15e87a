"""The exam practice sheet: long-answer questions, then their model answers point by point,
with how the marks are shared out: the same points and marks as the Study tab's exam practice."""

from __future__ import annotations

from collections.abc import Sequence

from outsource_desktop.content.models import Catalog
from outsource_desktop.documents.document import Block, BulletList, Document, Heading, Paragraph
from outsource_desktop.documents.pages import references_for
from outsource_desktop.i18n import translate
from outsource_desktop.reference.queries import numbers_of_ids
from outsource_desktop.reference.study.exam import ExamQuestion, exam_questions, marks_text


def _marks_text(marks: int | None) -> str:
    return "" if marks is None else f" ({marks_text(marks)})"


def exam_practice_document(catalog: Catalog, questions: Sequence[ExamQuestion]) -> Document:
    """Every question first, for answering unaided; the model answers after them."""
    blocks: list[Block] = [Heading(translate("ExamSheet", "Questions"))]
    for number, item in enumerate(questions, start=1):
        heading = translate("ExamSheet", "Question {number}").format(number=number)
        blocks.append(Heading(heading + _marks_text(item.marks), level=3))
        blocks.append(Paragraph(item.question))
    blocks.append(Heading(translate("ExamSheet", "Model answers")))
    for number, item in enumerate(questions, start=1):
        heading = translate("ExamSheet", "Answer {number}").format(number=number)
        blocks.append(Heading(heading + _marks_text(item.marks), level=3))
        blocks.append(BulletList(tuple(Paragraph(point) for point in item.points), numbered=True))
        blocks.append(
            Paragraph(item.marking_note(), references=numbers_of_ids(catalog, item.source_ids))
        )
    total = sum(item.marks or 0 for item in questions)
    return Document(
        title=translate("ExamSheet", "Exam practice"),
        subtitle=(
            translate(
                "ExamSheet",
                "{count} questions, {marks} marks. "
                "Write your answers first, then tick the points of the model answers you made.",
            )
            if total
            else translate(
                "ExamSheet",
                "{count} questions. "
                "Write your answers first, then tick the points of the model answers you made.",
            )
        ).format(count=len(questions), marks=total),
        blocks=tuple(blocks),
        references=references_for(
            catalog, [source_id for item in questions for source_id in item.source_ids]
        ),
    )


def exam_sheet_document(catalog: Catalog) -> Document:
    """The exam practice sheet of every exam question in `catalog`."""
    return exam_practice_document(catalog, exam_questions(catalog))
