"""The picture of how the models relate, laid out as data: boxes, lines and their labels.

Outsourcing as a whole is the top box; each model sits below (a model with a
parent, like LPO, under its parent). A line runs from a model to what it is
said to be part of. Where sources disagree (one calls KPO part of BPO, others
call the two separate) the line is dashed and its label gives both views with
their source numbers. Renderers only draw what is here (export/figures.py paints it
with Qt for the screen and PDF, render_svg.py writes it for HTML), so the
picture is the same everywhere; coordinates are in CSS pixels.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from outsource_desktop.documents.citations import reference_marks
from outsource_desktop.i18n import translate

if TYPE_CHECKING:  # a stored Overview (documents/overview_snapshot.py) needs no content class
    from outsource_desktop.content.models import Catalog, Claim, OutsourcingModel, Relation

OUTSOURCING = "outsourcing"  # the top box's key: outsourcing as a whole
BOX_WIDTH = 200.0
BOX_HEIGHT = 50.0
COLUMN_GAP = 200.0  # room between columns for a disputed line's label
ROW_STEP = 110.0
MARGIN = 20.0
LINE_HEIGHT = 12.0
TITLE_SIZE = 13.0
SMALL_SIZE = 9.5
# About as many characters as fit a box's width at SMALL_SIZE.
MAX_SUBTITLE_CHARS = 34


def legend() -> tuple[str, ...]:
    """The lines under the picture."""
    return (
        translate("Diagram", "Solid line: the sources agree.   Dashed line: the sources differ."),
        translate("Diagram", "Each arrow points from a model to what it is part of."),
    )


Point = tuple[float, float]
Align = Literal["centre", "left", "right"]


@dataclass(frozen=True)
class Box:
    key: str
    title: str
    subtitle: str
    left: float
    top: float
    width: float = BOX_WIDTH
    height: float = BOX_HEIGHT

    @property
    def centre_x(self) -> float:
        return self.left + self.width / 2

    @property
    def middle_y(self) -> float:
        return self.top + self.height / 2

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height


@dataclass(frozen=True)
class Label:
    lines: tuple[str, ...]
    left: float
    top: float
    width: float
    align: Align

    @property
    def height(self) -> float:
        return LINE_HEIGHT * len(self.lines)


@dataclass(frozen=True)
class Link:
    start: Point  # at the model the relation is about
    end: Point  # at what it relates to; the arrowhead
    label: Label
    disputed: bool


@dataclass(frozen=True)
class Diagram:
    width: float
    height: float
    boxes: tuple[Box, ...]
    links: tuple[Link, ...]
    legend: tuple[str, ...]  # lines under the picture
    description: str  # the picture in words, for text formats and screen readers


def _marks(catalog: Catalog, claims: Iterable[Claim]) -> str:
    return reference_marks(
        catalog.source_number(source) for claim in claims for source in claim.sources
    )


def _depth(catalog: Catalog, model: OutsourcingModel) -> int:
    return 1 + len(catalog.ancestors(model.id))


def _columns(catalog: Catalog) -> dict[str, int]:
    """A column per model: top-level models side by side, each child under its parent."""
    columns: dict[str, int] = {}
    next_column = 0

    def place(model: OutsourcingModel, column: int) -> None:
        columns[model.id] = column
        for child in catalog.models:
            if child.parent == model.id and child.id not in columns:
                place(child, column)

    for model in catalog.models:
        if model.id not in columns and (
            model.parent is None or model.parent not in {item.id for item in catalog.models}
        ):
            place(model, next_column)
            next_column += 1
    for model in catalog.models:  # in a parent cycle: give each its own column
        if model.id not in columns:
            columns[model.id] = next_column
            next_column += 1
    return columns


def _box_subtitle(full_name: str) -> str:
    """A model's full name as its box shows it. A name with the English in brackets
    ("बिज़नेस प्रोसेस आउटसोर्सिंग (Business Process Outsourcing)") is too long for the
    box: it shows the name before the brackets, and the text beside says the rest."""
    if len(full_name) > MAX_SUBTITLE_CHARS and " (" in full_name:
        return full_name.split(" (", 1)[0]
    return full_name


def _boxes(catalog: Catalog) -> tuple[float, dict[str, Box]]:
    columns = _columns(catalog)
    count = max(columns.values(), default=0) + 1
    width = 2 * MARGIN + count * BOX_WIDTH + (count - 1) * COLUMN_GAP
    top_width = BOX_WIDTH * 1.1
    boxes = {
        OUTSOURCING: Box(
            OUTSOURCING,
            translate("Diagram", "Outsourcing"),
            translate("Diagram", "Work contracted to another firm"),
            (width - top_width) / 2,
            MARGIN,
            top_width,
        )
    }
    for model in catalog.models:
        boxes[model.id] = Box(
            model.id,
            model.short_name,
            _box_subtitle(model.full_name),
            MARGIN + columns[model.id] * (BOX_WIDTH + COLUMN_GAP),
            MARGIN + _depth(catalog, model) * ROW_STEP,
        )
    return width, boxes


def _ends(subject: Box, target: Box) -> tuple[Point, Point]:
    """Where a line from `subject` to `target` leaves and meets them."""
    if abs(subject.top - target.top) < 1:  # side by side: facing edges
        if subject.left > target.left:
            return (subject.left, subject.middle_y), (target.right, target.middle_y)
        return (subject.right, subject.middle_y), (target.left, target.middle_y)
    inset = 20.0
    if subject.top > target.top:  # below: meet the target's bottom, nearest the subject
        x = min(max(subject.centre_x, target.left + inset), target.right - inset)
        return (subject.centre_x, subject.top), (x, target.bottom)
    x = min(max(subject.centre_x, target.left + inset), target.right - inset)
    return (subject.centre_x, subject.bottom), (x, target.top)


def _label(start: Point, end: Point, lines: Sequence[str], canvas_width: float) -> Label:
    """A line's label, placed beside it where it crosses nothing else."""
    mid_x, mid_y = (start[0] + end[0]) / 2, (start[1] + end[1]) / 2
    height = LINE_HEIGHT * len(lines)
    width = COLUMN_GAP - 16
    gap = 6.0
    if abs(start[1] - end[1]) < 1:  # a level line: the label sits above it, centred
        width = abs(start[0] - end[0]) - 8
        return Label(tuple(lines), mid_x - width / 2, mid_y - height - 4, width, "centre")
    upright = abs(start[0] - end[0]) < 1
    if upright:  # beside it, on the side nearer the middle
        left_side = mid_x > canvas_width / 2
        top = mid_y - height / 2
    else:  # a slanting line: above it, on its outer side, clear of the line
        left_side = (end[0] - start[0]) * (start[1] - end[1]) > 0
        top = mid_y - height
    if left_side:  # right-aligned against the line, and no wider than the room left of it
        right = mid_x - gap
        left = max(0.0, right - width)
        return Label(tuple(lines), left, top, right - left, "right")
    return Label(tuple(lines), mid_x + gap, top, min(width, canvas_width - mid_x - gap), "left")


def _relation_words(kind: str) -> tuple[str, str]:
    """How a line's label and its sentence say a relation: ('part of {target} {sources}',
    '{subject} is part of {target} {sources}.')."""
    if kind == "specialisation_of":
        return (
            translate("Diagram", "a specialisation of {target} {sources}"),
            translate("Diagram", "{subject} is a specialisation of {target} {sources}."),
        )
    return (
        translate("Diagram", "part of {target} {sources}"),
        translate("Diagram", "{subject} is part of {target} {sources}."),
    )


def _pair_link(
    catalog: Catalog, boxes: dict[str, Box], relations: Sequence[Relation], canvas_width: float
) -> tuple[Link, str] | None:
    """One line, and the same in words, for every relation between two things."""
    joining = [relation for relation in relations if relation.kind != "separate_from"]
    apart = [relation for relation in relations if relation.kind == "separate_from"]
    if not joining:  # separate and nothing else: both simply hang from outsourcing
        return None
    subject = joining[0].subject
    target = joining[0].object or OUTSOURCING
    start, end = _ends(boxes[subject], boxes[target])
    label_words, sentence_words = _relation_words(joining[0].kind)
    name = boxes[target].title
    said = _marks(catalog, (relation.claim for relation in joining))
    subject_name = boxes[subject].title
    if target == OUTSOURCING:
        lines = [translate("Diagram", "a kind of outsourcing {sources}").format(sources=said)]
        sentence = translate("Diagram", "{subject} is a kind of outsourcing {sources}.").format(
            subject=subject_name, sources=said
        )
    elif apart:
        denied = _marks(catalog, (relation.claim for relation in apart))
        lines = [
            translate("Diagram", "Sources differ:"),
            label_words.format(target=name, sources=said),
            translate("Diagram", "or separate {sources}").format(sources=denied),
        ]
        sentence = translate(
            "Diagram",
            "Sources differ on whether {relation}: {sources} say it is, "
            "{others} treat the two as separate.",
        ).format(
            relation=sentence_words.format(subject=subject_name, target=name, sources="")
            .strip()
            .rstrip(".।")
            .strip(),
            sources=said,
            others=denied,
        )
    else:
        lines = [label_words.format(target=name, sources=said)]
        sentence = sentence_words.format(subject=subject_name, target=name, sources=said)
    label = _label(start, end, lines, canvas_width)
    return Link(start, end, label, disputed=bool(apart)), sentence


def relation_diagram(catalog: Catalog) -> Diagram | None:
    """The models and how the content says they relate; None when it says nothing."""
    if not catalog.relations:
        return None
    width, boxes = _boxes(catalog)
    # Relations of one pair, whichever way round they are written, make one line.
    pairs: dict[frozenset[str], list[Relation]] = {}
    for relation in catalog.relations:
        pair = frozenset((relation.subject, relation.object or OUTSOURCING))
        pairs.setdefault(pair, []).append(relation)
    links: list[Link] = []
    sentences: list[str] = []
    for relations in pairs.values():
        drawn = _pair_link(catalog, boxes, relations, width)
        if drawn is not None:
            links.append(drawn[0])
            sentences.append(drawn[1])
    bottom = max(box.bottom for box in boxes.values())
    return Diagram(
        width=width,
        height=bottom + MARGIN + LINE_HEIGHT * (len(legend()) + 1),
        boxes=tuple(boxes.values()),
        links=tuple(links),
        legend=legend(),
        description=" ".join(sentences),
    )
