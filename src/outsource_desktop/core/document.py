"""A small, format-neutral document: what the views show and the exports write.

Builders in `outsource_desktop.core.pages` fill it from the content; renderers
turn it into HTML (screen and print), and later other formats. Every string
here is plain text: renderers escape it, so content is never markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


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
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    # Rows that open a new group (a section title spanning the table).
    group_rows: frozenset[int] = frozenset()
    # (row, column) cells to set apart, e.g. where the compared models differ.
    highlighted: frozenset[tuple[int, int]] = frozenset()


Block = Heading | Paragraph | BulletList | Table


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


def reference_marks(numbers: tuple[int, ...]) -> str:
    return "".join(f"[{number}]" for number in numbers)


# Characters that reorder the text around them: explicit embeddings, overrides
# and isolates (U+202A-U+202E, U+2066-U+2069), and the right-to-left scripts'
# blocks, whose runs pull neighbouring marks such as "[1]" to their side.
_BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
_RIGHT_TO_LEFT = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\U00010800-\U00010fff\U0001e800-\U0001efff"
_REORDERS = re.compile(f"[{_BIDI_CONTROLS}{_RIGHT_TO_LEFT}]")
FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"
_ISOLATE_OPENERS = frozenset("\u2066\u2067\u2068")


def isolated(text: str) -> str:
    """`text` as a bidirectional isolate when it could reorder what surrounds it.

    An override such as U+202E in one cell or sentence of content would
    otherwise run on into the next ("exe.png" for "gnp.exe", a citation mark
    moved, a neighbouring cell reversed). Within an isolate it can only reorder
    its own text, which is shown as written. The text's own isolates are
    balanced first, so a stray closing mark cannot end ours early.
    """
    if text.isascii() or not _REORDERS.search(text):
        return text
    kept: list[str] = []
    depth = 0
    for char in text:
        if char in _ISOLATE_OPENERS:
            depth += 1
        elif char == POP_DIRECTIONAL_ISOLATE:
            if depth == 0:
                continue  # it would close the isolate around the text
            depth -= 1
        kept.append(char)
    closing = POP_DIRECTIONAL_ISOLATE * (depth + 1)
    return f"{FIRST_STRONG_ISOLATE}{''.join(kept)}{closing}"
