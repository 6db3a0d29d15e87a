"""Render a `Document` as HTML that both QTextDocument and browsers display well.

Every piece of text goes through `_text`: escaped, since content is data, never
markup (a `<img src=...>` in a content file prints as those characters), and
isolated when it could reorder the text around it (`document.isolated`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from outsource_desktop.core.document import (
    Block,
    BulletList,
    Document,
    Heading,
    Paragraph,
    Table,
    isolated,
    reference_marks,
)


def _text(text: str) -> str:
    return escape(isolated(text))


@dataclass(frozen=True)
class HtmlColours:
    """Colours of a rendered document; the screen derives them from the theme."""

    text: str = "#000000"
    muted: str = "#555555"
    references: str = "#1a5fb4"
    border: str = "#999999"
    header_background: str = "#e8e8e8"
    group_background: str = "#f2f2f2"
    difference_background: str = "#fff3c4"


# Printed and exported output is always light, whatever the screen's theme.
PRINT_COLOURS = HtmlColours()


def style_sheet(colours: HtmlColours) -> str:
    # Qt's rich-text engine supports a subset of CSS 2.1; keep to what it knows.
    return f"""
body {{ font-family: 'DejaVu Sans', sans-serif; color: {colours.text}; }}
h1 {{ font-size: x-large; margin-bottom: 2px; }}
h2 {{ font-size: large; margin-top: 14px; margin-bottom: 4px; }}
h3 {{ font-size: medium; margin-top: 10px; margin-bottom: 2px; }}
p {{ margin-top: 3px; margin-bottom: 3px; }}
.subtitle {{ color: {colours.muted}; }}
.note {{ color: {colours.muted}; font-style: italic; }}
.refs {{ color: {colours.references}; }}
table {{ border-collapse: collapse; }}
th {{ background-color: {colours.header_background}; text-align: left; }}
th, td {{ border: 1px solid {colours.border}; padding: 4px; vertical-align: top; }}
td.group {{ background-color: {colours.group_background}; font-weight: bold; }}
td.diff {{ background-color: {colours.difference_background}; }}
"""


def _paragraph_body(paragraph: Paragraph) -> str:
    parts = []
    if paragraph.lead:
        parts.append(f"<b>{_text(paragraph.lead)}</b> ")
    parts.append(_text(paragraph.text))
    if paragraph.references:
        parts.append(f' <span class="refs">{_text(reference_marks(paragraph.references))}</span>')
    if paragraph.note:
        parts.append(f' <span class="note">({_text(paragraph.note)})</span>')
    return "".join(parts)


DIFF_CELL = '<td class="diff">'


def table_html(
    table: Table, rows: range | None = None, widths: Sequence[float] | None = None
) -> str:
    """The table, or only its `rows` (a slice, for laying out a long one in parts),
    with its columns `widths` per cent of the table's width when given."""
    head = "".join(
        (f'<th width="{widths[column]:.2f}%">' if widths else "<th>") + f"{_text(header)}</th>"
        for column, header in enumerate(table.headers)
    )
    body = []
    for index in rows if rows is not None else range(len(table.rows)):
        row = table.rows[index]
        if index in table.group_rows:
            body.append(
                f'<tr><td class="group" colspan="{len(table.headers)}">{_text(row[0])}</td></tr>'
            )
        else:
            cells = "".join(
                (DIFF_CELL if (index, column) in table.highlighted else "<td>")
                + f"{_text(cell)}</td>"
                for column, cell in enumerate(row)
            )
            body.append(f"<tr>{cells}</tr>")
    # The header in <thead> is what makes QTextDocument repeat it on every page.
    return (
        '<table width="100%" cellspacing="0" cellpadding="4">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )


def render_block(block: Block) -> str:
    if isinstance(block, Heading):
        level = min(max(block.level, 1), 4)
        return f"<h{level}>{_text(block.text)}</h{level}>"
    if isinstance(block, Paragraph):
        return f"<p>{_paragraph_body(block)}</p>"
    if isinstance(block, BulletList):
        tag = "ol" if block.numbered else "ul"
        items = "".join(f"<li>{_paragraph_body(item)}</li>" for item in block.items)
        return f"<{tag}>{items}</{tag}>"
    return table_html(block)


def title_html(document: Document) -> str:
    parts = [f"<h1>{_text(document.title)}</h1>"]
    if document.subtitle:
        parts.append(f'<p class="subtitle">{_text(document.subtitle)}</p>')
    if document.meta:
        parts.append(f'<p class="note">{_text(document.meta)}</p>')
    return "".join(parts)


def references_html(document: Document) -> str:
    if not document.references:
        return ""
    # Numbers are written out rather than left to <ol>: a document cites a
    # subset of the sources, and [n] must match the app's numbering.
    return "<h2>Sources</h2>" + "".join(
        f"<p>[{reference.number}] {_text(reference.text)}</p>" for reference in document.references
    )


def html_page(title: str, body: str, colours: HtmlColours = PRINT_COLOURS) -> str:
    """`body` (HTML) as a whole page with the document style sheet."""
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f"<title>{_text(title)}</title><style>{style_sheet(colours)}</style></head>"
        f"<body>{body}</body></html>"
    )


def render_html(
    document: Document, *, include_title: bool = True, colours: HtmlColours = PRINT_COLOURS
) -> str:
    body = [title_html(document)] if include_title else []
    body.extend(render_block(block) for block in document.blocks)
    body.append(references_html(document))
    return html_page(document.title, "".join(body), colours)
