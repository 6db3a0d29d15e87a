"""Study printouts: a quiz's question sheet, its answer key, and the review after it;
the sheets the command line prints, by name."""

from __future__ import annotations

from collections.abc import Sequence

from outsource_desktop.content.models import Catalog
from outsource_desktop.documents.document import Block, BulletList, Document, Heading, Paragraph
from outsource_desktop.documents.exam_sheet import exam_sheet_document
from outsource_desktop.documents.pages import references_for
from outsource_desktop.i18n import translate
from outsource_desktop.reference.study.questions import Quiz, build_quiz, option_line, score_quiz

QUESTION_SHEET, ANSWER_KEY, EXAM_SHEET = "question-sheet", "answer-key", "exam-sheet"


def _sources_of(catalog: Catalog, quiz: Quiz) -> list[str]:
    numbers = {number for item in quiz.items for number in item.references}
    return [catalog.sources[number - 1].id for number in sorted(numbers)]


def question_heading(number: int) -> str:
    return translate("StudySheets", "Question {number}").format(number=number)


def question_sheet_document(catalog: Catalog, quiz: Quiz) -> Document:
    """The questions and their options, without answers, for printing."""
    blocks: list[Block] = []
    for number, item in enumerate(quiz.items, start=1):
        blocks.append(Heading(question_heading(number), level=3))
        blocks.append(Paragraph(item.prompt))
        blocks.append(
            BulletList(
                tuple(Paragraph(option_line(i, text)) for i, text in enumerate(item.options))
            )
        )
    return Document(
        title=translate("StudySheets", "Question sheet"),
        subtitle=translate(
            "StudySheets",
            "{count} questions (quiz {seed}). "
            "Choose one answer for each; the answer key is printed separately.",
        ).format(count=len(quiz.items), seed=quiz.seed),
        blocks=tuple(blocks),
    )


def answer_key_document(catalog: Catalog, quiz: Quiz) -> Document:
    """The right answer to each question of `quiz`, with why and where it comes from."""
    items = tuple(
        Paragraph(
            item.explanation,
            lead=f"{number}. {option_line(item.correct, item.correct_text)} —",
            references=item.references,
        )
        if item.explanation != item.correct_text
        else Paragraph(
            option_line(item.correct, item.correct_text),
            lead=f"{number}.",
            references=item.references,
        )
        for number, item in enumerate(quiz.items, start=1)
    )
    return Document(
        title=translate("StudySheets", "Answer key"),
        subtitle=translate("StudySheets", "Quiz {seed}: {count} answers.").format(
            seed=quiz.seed, count=len(quiz.items)
        ),
        blocks=(BulletList(items),),
        references=references_for(catalog, _sources_of(catalog, quiz)),
    )


def review_document(catalog: Catalog, quiz: Quiz, chosen: Sequence[int | None]) -> Document:
    """The score and each wrong answer next to the right one, for the end of a quiz."""
    result = score_quiz(quiz, chosen)
    blocks: list[Block] = []
    if not result.wrong:
        blocks.append(Paragraph(translate("StudySheets", "Every answer was right.")))
    else:
        blocks.append(Heading(translate("StudySheets", "Answers to review")))
    for wrong in result.wrong:
        item = wrong.item
        yours = (
            translate("StudySheets", "no answer")
            if wrong.chosen is None
            else option_line(wrong.chosen, item.options[wrong.chosen])
        )
        blocks.append(Heading(question_heading(wrong.number), level=3))
        blocks.append(Paragraph(item.prompt))
        blocks.append(Paragraph(yours, lead=translate("StudySheets", "Your answer:")))
        blocks.append(
            Paragraph(
                option_line(item.correct, item.correct_text),
                lead=translate("StudySheets", "Right answer:"),
                references=item.references,
            )
        )
        if item.explanation != item.correct_text:
            blocks.append(Paragraph(item.explanation, lead=translate("StudySheets", "Why:")))
    return Document(
        title=translate("StudySheets", "Score: {correct} of {total}").format(
            correct=result.correct, total=result.total
        ),
        subtitle=translate("StudySheets", "Quiz {seed}").format(seed=quiz.seed),
        blocks=tuple(blocks),
        references=references_for(
            catalog,
            [
                catalog.sources[number - 1].id
                for number in sorted({n for w in result.wrong for n in w.item.references})
            ],
        ),
    )


def study_sheet_document(catalog: Catalog, sheet: str, seed: int) -> Document:
    """A sheet: the question sheet or answer key of quiz `seed`, or the exam practice sheet."""
    if sheet == EXAM_SHEET:
        return exam_sheet_document(catalog)
    quiz = build_quiz(catalog, seed)
    if sheet == QUESTION_SHEET:
        return question_sheet_document(catalog, quiz)
    if sheet == ANSWER_KEY:
        return answer_key_document(catalog, quiz)
    raise ValueError(f"no study sheet called {sheet!r}")
