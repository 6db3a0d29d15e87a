"""A small, format-neutral document: what the views show and the exports write.

The other modules of documents/ fill it from the content and the reference's
answers; render_html.py turns it into HTML (screen and print) and export/ into
files. Every string here is plain text: renderers escape it, so content is
never markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from outsource_desktop.documents.diagram import Diagram


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 2


@dataclass(frozen=True)
class Paragraph:
    text: str
    lead: str = ""  # a short bold lead-in such as "BPO:" or "Opinion:"
    references: tuple[int, ...] = ()  # source numbers shown as [n]
    note: str = ""  # shown after the text in a muted style, e.g. "inherited from KPO"


@dataclass(frozen=True)
class BulletList:
    items: tuple[Paragraph, ...]
    numbered: bool = False


@dataclass(frozen=True)
class Table:
    """A table of plain-text cells; a line break in a cell starts its explanation,
    which renderers set in a quieter style below the short value."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    # Rows that open a new group (a section title spanning the table).
    group_rows: frozenset[int] = frozenset()
    # (row, column) cells to set apart, e.g. where the compared models differ.
    highlighted: frozenset[tuple[int, int]] = frozenset()
    # Each column's share of the width in per cent; empty: the renderer decides.
    widths: tuple[int, ...] = ()


@dataclass(frozen=True)
class Figure:
    """A picture the app draws from data (never an image file), with its caption."""

    diagram: Diagram
    caption: str


Block = Heading | Paragraph | BulletList | Table | Figure
Orientation = Literal["auto", "portrait", "landscape"]


@dataclass(frozen=True)
class Reference:
    number: int
    text: str


@dataclass(frozen=True)
class Document:
    title: str
    blocks: tuple[Block, ...]
    subtitle: str = ""
    meta: str = ""  # e.g. content version and date, shown small under the subtitle
    references: tuple[Reference, ...] = field(default=())
    # How it goes on paper: "auto" turns wide tables landscape; a document made
    # to be one page (the exam answer) is set smaller rather than run over.
    orientation: Orientation = "auto"
    one_page: bool = False

    def figures(self) -> list[Figure]:
        return [block for block in self.blocks if isinstance(block, Figure)]
