"""Exam practice: the long-answer questions, their model answers as points, and marks.

The questions are the content's questions of kind "exam", with their marks.
A model answer is split into the points an examiner looks for: its numbered
points ("1. … 2. …", restarting under a heading such as "KPO:"), the
sentence before them when it says something, and any sentences after the
last one; an answer without numbers is split into sentences.

Marks are estimated as a marker does for such questions: each point earns an
equal share, and the points a question needs earn all its marks. It needs as
many as it asks for ("any four points", "Name eight types"), and one more
when the answer also opens with a point of its own ("What is KPO? Give two
examples": the meaning, then two examples); a question that names no number
needs one point a mark. Never more than the model answer has. The screen and
the printed sheet both use this module, so they agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from outsource_desktop.content.models import Catalog, Question
from outsource_desktop.i18n import translate
from outsource_desktop.reference.study.wording import sentences

_MARKER = re.compile(r"(?:^|(?<=\s))(\d{1,2})\.\s+")
# A heading that ends a stretch of text and leads the points after it: "KPO:", "Examples:".
_HEADING_AT_END = re.compile(r"(?:^|(?<=[.:;]\s))([A-Z][A-Za-z]{1,15}):\s*$")
_NUMBER_WORDS = {
    word: number
    for number, word in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"), start=1
    )
}
_ASKED = re.compile(rf"\b({'|'.join(_NUMBER_WORDS)})\b")


@dataclass(frozen=True)
class ExamQuestion:
    question_id: str
    question: str
    model_answer: str
    marks: int | None
    source_ids: tuple[str, ...]
    points: tuple[str, ...]  # the model answer, point by point
    points_needed: int  # how many of them earn all the marks

    def marks_for(self, points_made: int) -> float | None:
        """About how many marks `points_made` of the model answer's points earn."""
        if self.marks is None:
            return None
        share = min(points_made, self.points_needed) / self.points_needed
        return round(self.marks * share * 2) / 2  # to the half mark, as markers give them

    def marking_note(self) -> str:
        """How the marks are shared out, in a line for the student."""
        needed = self.points_needed
        if self.marks is None:
            return translate("Exam", "A full answer makes {needed} of these points.").format(
                needed=needed
            )
        each = number_text(self.marks / needed)
        share = (
            translate("Exam", "1 mark")
            if each == "1"
            else translate("Exam", "{count} marks").format(count=each)
        )
        wording = (
            translate("Exam", "Each point earns about {share}; 1 point earns the full {marks}.")
            if needed == 1
            else translate(
                "Exam", "Each point earns about {share}; {needed} points earn the full {marks}."
            )
        )
        return wording.format(share=share, needed=needed, marks=marks_text(self.marks))


def number_text(value: float) -> str:
    """1 -> '1', 0.5 -> '0.5', 1.3333 -> '1.3'."""
    return f"{value:.1f}".removesuffix(".0")


def marks_text(marks: int) -> str:
    if marks == 1:
        return translate("Exam", "1 mark")
    return translate("Exam", "{count} marks").format(count=marks)


def points_needed(question: str, marks: int | None, points: int, opening_point: bool) -> int:
    """How many points earn all the marks (see the module's docstring)."""
    asked = _ASKED.search(question.casefold())
    if asked:
        needed = _NUMBER_WORDS[asked.group(1)] + opening_point
    else:
        needed = points if marks is None else marks
    return max(1, min(needed, points))


def answer_points(answer: str) -> tuple[str, ...]:
    """The model answer's points, each a sentence or two, in order."""
    markers = _numbered_markers(answer)
    if not markers:
        return tuple(sentences(answer))
    points: list[str] = []
    opening, heading = _opening(answer, markers)
    if opening:
        points.append(opening)
    for index, marker in enumerate(markers):
        end = markers[index + 1].start() if index + 1 < len(markers) else len(answer)
        text, next_heading = _split_heading(answer[marker.end() : end])
        if index + 1 == len(markers):
            # Sentences after the last point ("Other examples are …") are a point of their own.
            first, *rest = sentences(text)
            points.append(_led(heading, first))
            if rest:
                points.append(" ".join(rest))
        else:
            points.append(_led(heading, text))
        heading = next_heading or heading
    return tuple(point for point in points if point)


def _opening(answer: str, markers: list[re.Match[str]]) -> tuple[str, str]:
    """The text before the numbered points, and the heading that leads them."""
    if not markers:
        return "", ""
    text, heading = _split_heading(answer[: markers[0].start()])
    return _without_lead_in(text), heading


def _without_lead_in(text: str) -> str:
    """The text less a closing sentence that only leads into the points ("Its main
    functions are:"): it is no point, and fused to the one before it reads as one."""
    *said, last = sentences(text) or [""]
    return " ".join(said) if last.endswith(":") else text


def _numbered_markers(answer: str) -> list[re.Match[str]]:
    """The markers "1. ", "2. " … in sequence; a number out of sequence is not one."""
    kept: list[re.Match[str]] = []
    for marker in _MARKER.finditer(answer):
        number = int(marker.group(1))
        if number in (1, _last(kept) + 1):  # the next number, or 1 again under a new heading
            kept.append(marker)
    return kept


def _last(markers: list[re.Match[str]]) -> int:
    return int(markers[-1].group(1)) if markers else 0


def _split_heading(text: str) -> tuple[str, str]:
    """'Basic education is enough. KPO:' -> ('Basic education is enough.', 'KPO')."""
    text = text.strip()
    heading = _HEADING_AT_END.search(text)
    if heading is None:
        return text, ""
    return text[: heading.start()].strip(), heading.group(1)


def _led(heading: str, text: str) -> str:
    return f"{heading}: {text}" if heading and text else text


def exam_question(question: Question) -> ExamQuestion:
    points = answer_points(question.answer)
    opening_point = bool(_opening(question.answer, _numbered_markers(question.answer))[0])
    return ExamQuestion(
        question.id,
        question.question,
        question.answer,
        question.marks,
        tuple(question.sources),
        points,
        points_needed(question.question, question.marks, len(points), opening_point),
    )


def exam_questions(catalog: Catalog) -> list[ExamQuestion]:
    return [exam_question(question) for question in catalog.questions if question.kind == "exam"]
