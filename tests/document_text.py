"""A document's words as a reader sees them, one line per paragraph, without markup."""

from __future__ import annotations

from outsource_desktop.documents.citations import reference_marks
from outsource_desktop.documents.document import (
    Block,
    BulletList,
    Document,
    Figure,
    Heading,
    Paragraph,
    Table,
)


def paragraph_line(paragraph: Paragraph) -> str:
    parts = [paragraph.lead, paragraph.text, reference_marks(paragraph.references)]
    if paragraph.note:
        parts.append(f"({paragraph.note})")
    return " ".join(part for part in parts if part)


def block_lines(block: Block) -> list[str]:
    if isinstance(block, Heading):
        return [block.text]
    if isinstance(block, Paragraph):
        return [paragraph_line(block)]
    if isinstance(block, BulletList):
        return [paragraph_line(item) for item in block.items]
    if isinstance(block, Figure):
        return [block.caption]
    assert isinstance(block, Table)
    return [" | ".join(row) for row in (block.headers, *block.rows)]


def document_text(document: Document) -> str:
    lines = [document.title, document.subtitle]
    for block in document.blocks:
        lines += block_lines(block)
    lines += [f"[{reference.number}] {reference.text}" for reference in document.references]
    return "\n".join(lines)
