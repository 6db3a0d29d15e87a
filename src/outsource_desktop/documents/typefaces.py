"""The typefaces documents are set in, on screen, on paper and in exported HTML.

DejaVu Sans has no Devanagari, so text with Hindi in it is set in Noto Sans
Devanagari first, with DejaVu Sans for the Latin letters Noto lacks (its digits
and punctuation are drawn to match its Devanagari). The order matters to Qt as
well: given DejaVu first, it tries DejaVu for every Devanagari run, logs that
the font cannot shape it, and only then falls back. Both fonts are bundled and
registered by export/fonts.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from outsource_desktop.documents.document import BulletList, Document, Figure, Heading, Table

LATIN_FAMILY = "DejaVu Sans"
DEVANAGARI_FAMILY = "Noto Sans Devanagari"

_DEVANAGARI = re.compile("[\u0900-\u097f\ua8e0-\ua8ff]")


def font_families(text: str) -> tuple[str, ...]:
    """The families, in order, to set a document whose text is `text` in."""
    if _DEVANAGARI.search(text):
        return (DEVANAGARI_FAMILY, LATIN_FAMILY)
    return (LATIN_FAMILY,)


def css_font_families(families: tuple[str, ...]) -> str:
    return ", ".join([*(f"'{family}'" for family in families), "sans-serif"])


def document_texts(document: Document) -> Iterator[str]:
    """Every text `document` shows, in no particular order."""
    yield from (document.title, document.subtitle, document.meta)
    for block in document.blocks:
        if isinstance(block, Heading):
            yield block.text
        elif isinstance(block, BulletList):
            for item in block.items:
                yield from (item.lead, item.text, item.note)
        elif isinstance(block, Table):
            yield from block.headers
            yield from (cell for row in block.rows for cell in row)
        elif isinstance(block, Figure):
            diagram = block.diagram
            yield from (block.caption, diagram.description, *diagram.legend)
            yield from (text for box in diagram.boxes for text in (box.title, box.subtitle))
            yield from (line for link in diagram.links for line in link.label.lines)
        else:
            yield from (block.lead, block.text, block.note)
    yield from (reference.text for reference in document.references)


def document_families(document: Document) -> tuple[str, ...]:
    """The families, in order, to set `document` in."""
    return font_families(" ".join(document_texts(document)))
