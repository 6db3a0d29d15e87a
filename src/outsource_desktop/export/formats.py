"""Plain-text export formats of a `Document`: CSV, Markdown and HTML.

PDF needs Qt's text layout: export/pdf.py.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from outsource_desktop.documents.bidi import isolated
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
from outsource_desktop.documents.render_html import render_html
from outsource_desktop.export.export_names import DECK_FORMAT, FORMATS
from outsource_desktop.i18n import translate

_EXTENSIONS = {
    ".pdf": "pdf",
    ".csv": "csv",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".apkg": "apkg",
}


class FormatError(ValueError):
    pass


def format_for(path: Path, requested: str | None = None) -> str:
    """The export format: the one asked for, else the one the file name implies."""
    if requested:
        if requested not in (*FORMATS, DECK_FORMAT):
            raise FormatError(
                f"unknown format '{requested}'; choose one of {', '.join((*FORMATS, DECK_FORMAT))}"
            )
        return requested
    try:
        return _EXTENSIONS[path.suffix.lower()]
    except KeyError:
        raise FormatError(
            f"cannot tell the format from '{path.name}'; end the name with .pdf, .csv, .md, "
            ".html or .apkg, or give --format"
        ) from None


def tables_of(document: Document) -> list[Table]:
    return [block for block in document.blocks if isinstance(block, Table)]


# What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection"):
# =HYPERLINK(...) or @SUM(...) in content would run when the file is opened.
FORMULA_STARTS = frozenset("=+-@\t\r")


def spreadsheet_cell(text: str) -> str:
    """`text` safe in a spreadsheet: never a formula, never reordering its neighbours.

    A cell that would start a formula gets a leading apostrophe, as OWASP
    advises; the first character that counts is looked for past any leading
    spaces and invisible format characters, which some programs skip.
    """
    cell = isolated(text)
    first = next(
        (char for char in cell if not char.isspace() and unicodedata.category(char) != "Cf"), ""
    )
    if cell[:1] in FORMULA_STARTS or first in FORMULA_STARTS:
        return f"'{cell}"
    return cell


def spreadsheet_row(cells: Iterable[str]) -> list[str]:
    return [spreadsheet_cell(cell) for cell in cells]


def to_csv(document: Document) -> str:
    """The document's one table; section rows become a leading Section column.

    Every cell goes through `spreadsheet_cell`.
    """
    tables = tables_of(document)
    if len(tables) != 1:
        raise FormatError(
            "CSV holds a single table; export one view (comparison, services or careers) at a time"
        )
    table = tables[0]
    output = io.StringIO()
    writer = csv.writer(output, lineterminator="\r\n")
    grouped = bool(table.group_rows)
    section_header = translate("Formats", "Section")
    writer.writerow(spreadsheet_row((section_header, *table.headers) if grouped else table.headers))
    section = ""
    for index, row in enumerate(table.rows):
        if index in table.group_rows:
            section = row[0]
            continue
        writer.writerow(spreadsheet_row((section, *row) if grouped else row))
    return output.getvalue()


def _markdown_text(text: str) -> str:
    """Escape characters Markdown would read as markup, so content stays literal;
    isolate text that could reorder its neighbours (see `isolated`)."""
    escaped = "".join(f"\\{char}" if char in "\\`*_{}[]<>()#+-.!|~" else char for char in text)
    return isolated(" ".join(escaped.split()))  # newlines would break rows and paragraphs


def _markdown_paragraph(paragraph: Paragraph) -> str:
    parts = []
    if paragraph.lead:
        parts.append(f"**{_markdown_text(paragraph.lead)}**")
    parts.append(_markdown_text(paragraph.text))
    if paragraph.references:
        parts.append(_markdown_text(reference_marks(paragraph.references)))
    if paragraph.note:
        parts.append(f"*({_markdown_text(paragraph.note)})*")
    return " ".join(parts)


def _markdown_cell(text: str) -> str:
    # A table row is one line: the explanation follows the short value after a dash.
    return " — ".join(_markdown_text(line) for line in text.split("\n"))


def _markdown_block(block: Block) -> str:
    if isinstance(block, Figure):
        # Markdown has no drawing: the picture is given in words, as it is to screen readers.
        return f"*{_markdown_text(block.caption)}* {_markdown_text(block.diagram.description)}"
    if isinstance(block, Heading):
        return f"{'#' * (min(block.level, 5) + 1)} {_markdown_text(block.text)}"
    if isinstance(block, Paragraph):
        return _markdown_paragraph(block)
    if isinstance(block, BulletList):
        return "\n".join(
            f"{number}. {_markdown_paragraph(item)}"
            if block.numbered
            else f"- {_markdown_paragraph(item)}"
            for number, item in enumerate(block.items, start=1)
        )
    lines = [
        "| " + " | ".join(_markdown_text(header) for header in block.headers) + " |",
        "|" + "---|" * len(block.headers),
    ]
    for index, row in enumerate(block.rows):
        if index in block.group_rows:
            cells = [f"**{_markdown_text(row[0])}**"] + [""] * (len(block.headers) - 1)
        else:
            cells = [_markdown_cell(cell) for cell in row]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def to_markdown(document: Document) -> str:
    parts = [f"# {_markdown_text(document.title)}"]
    if document.subtitle:
        parts.append(f"*{_markdown_text(document.subtitle)}*")
    if document.meta:
        parts.append(_markdown_text(document.meta))
    parts.extend(_markdown_block(block) for block in document.blocks)
    if document.references:
        sources = translate("Formats", "Sources")
        parts.append(f"## {_markdown_text(sources)}")
        parts.extend(
            f"{_markdown_text(f'[{reference.number}]')} {_markdown_text(reference.text)}  "
            for reference in document.references
        )
    return "\n\n".join(parts) + "\n"


def to_text_format(document: Document, export_format: str) -> bytes:
    """Encode `document` in one of the formats written without Qt."""
    if export_format == "csv":
        # A byte-order mark makes spreadsheet programs read the file as UTF-8.
        return to_csv(document).encode("utf-8-sig")
    if export_format == "md":
        return to_markdown(document).encode("utf-8")
    if export_format == "html":
        return render_html(document).encode("utf-8")
    raise FormatError(f"{export_format} is not a text format")
