"""Questions the content writes out: its FAQs, exam questions and hand-written practice.

FAQs and exam questions are answered from memory (flashcards); their answers
are full answers, an exam one with its marks. Practice questions come as
written: a choice, true or false, or recall.
"""

from __future__ import annotations

from outsource_desktop.content.models import TRUE_FALSE, Catalog, PracticeQuestion
from outsource_desktop.i18n import translate
from outsource_desktop.reference.queries import numbers_of_ids
from outsource_desktop.reference.study.exam import exam_question
from outsource_desktop.reference.study.items import QuestionKind, StudyQuestion

PRACTICE_KINDS = {
    "choice": QuestionKind.PRACTICE_CHOICE,
    "true_false": QuestionKind.PRACTICE_TRUE_FALSE,
    "recall": QuestionKind.PRACTICE_RECALL,
}


def content_questions(catalog: Catalog) -> list[StudyQuestion]:
    """The FAQs and exam questions, in the content's order."""
    questions = []
    for question in catalog.questions:
        # An FAQ's answer is its own explanation. An exam answer is shown as the points
        # a marker looks for, one a line, with how its marks are shared out.
        answer, explanation = question.answer, ""
        if question.kind == "exam":
            exam = exam_question(question)
            answer = "\n".join(f"{n}. {point}" for n, point in enumerate(exam.points, start=1))
            explanation = exam.marking_note()
        questions.append(
            StudyQuestion(
                item_id=f"questions/{question.id}",
                kind=QuestionKind.EXAM if question.kind == "exam" else QuestionKind.FAQ,
                question=question.question,
                answer=answer,
                explanation=explanation,
                references=numbers_of_ids(catalog, question.sources),
            )
        )
    return questions


def practice_questions(catalog: Catalog) -> list[StudyQuestion]:
    return [_practice(catalog, practice) for practice in catalog.practice]


def true_false_word(answer: str) -> str:
    """ "True" or "False", as a true-or-false answer is written in every content file,
    in the language in use."""
    words = {
        "True": translate("StudyQuestions", "True"),
        "False": translate("StudyQuestions", "False"),
    }
    return words[answer]


def _practice(catalog: Catalog, practice: PracticeQuestion) -> StudyQuestion:
    options: tuple[str, ...] = ()
    answer = practice.answer
    if practice.kind == "choice":
        options = tuple(practice.options)
    elif practice.kind == "true_false":
        options = tuple(true_false_word(value) for value in TRUE_FALSE)
        answer = true_false_word(practice.answer)
    # Models in the content's order, like the generated questions' (BPO, KPO, LPO).
    model_names = [model.short_name for model in catalog.models]
    if set(options) <= set(model_names):
        options = tuple(sorted(options, key=model_names.index))
    return StudyQuestion(
        item_id=f"practice/{practice.id}",
        kind=PRACTICE_KINDS[practice.kind],
        question=practice.question,
        answer=answer,
        explanation=practice.explanation,
        references=numbers_of_ids(catalog, practice.sources),
        options=options,
        ordered_options=practice.kind == "true_false" or set(options) <= set(model_names),
    )
