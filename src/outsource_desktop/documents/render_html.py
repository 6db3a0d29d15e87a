"""Render a `Document` as HTML that both QTextDocument and browsers display well.

Every piece of text goes through `html.escape`: content is data, never markup,
so a `<img src=...>` in a content file prints as those characters.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from outsource_desktop.documents.document import (
    Block,
    BulletList,
    Document,
    Heading,
    Paragraph,
    Table,
    reference_marks,
)


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
        parts.append(f"<b>{escape(paragraph.lead)}</b> ")
    parts.append(escape(paragraph.text))
    if paragraph.references:
        parts.append(f' <span class="refs">{escape(reference_marks(paragraph.references))}</span>')
    if paragraph.note:
        parts.append(f' <span class="note">({escape(paragraph.note)})</span>')
    return "".join(parts)


DIFF_CELL = '<td class="diff">'


def _table(table: Table) -> str:
    head = "".join(f"<th>{escape(header)}</th>" for header in table.headers)
    rows = []
    for index, row in enumerate(table.rows):
        if index in table.group_rows:
            rows.append(
                f'<tr><td class="group" colspan="{len(table.headers)}">{escape(row[0])}</td></tr>'
            )
        else:
            cells = "".join(
                (DIFF_CELL if (index, column) in table.highlighted else "<td>")
                + f"{escape(cell)}</td>"
                for column, cell in enumerate(row)
            )
            rows.append(f"<tr>{cells}</tr>")
    # The header in <thead> is what makes QTextDocument repeat it on every page.
    return (
        '<table width="100%" cellspacing="0" cellpadding="4">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def render_block(block: Block) -> str:
    if isinstance(block, Heading):
        level = min(max(block.level, 1), 4)
        return f"<h{level}>{escape(block.text)}</h{level}>"
    if isinstance(block, Paragraph):
        return f"<p>{_paragraph_body(block)}</p>"
    if isinstance(block, BulletList):
        tag = "ol" if block.numbered else "ul"
        items = "".join(f"<li>{_paragraph_body(item)}</li>" for item in block.items)
        return f"<{tag}>{items}</{tag}>"
    return _table(block)


def render_html(
    document: Document, *, include_title: bool = True, colours: HtmlColours = PRINT_COLOURS
) -> str:
    body = []
    if include_title:
        body.append(f"<h1>{escape(document.title)}</h1>")
        if document.subtitle:
            body.append(f'<p class="subtitle">{escape(document.subtitle)}</p>')
        if document.meta:
            body.append(f'<p class="note">{escape(document.meta)}</p>')
    body.extend(render_block(block) for block in document.blocks)
    if document.references:
        # Numbers are written out rather than left to <ol>: a document cites a
        # subset of the sources, and [n] must match the app's numbering.
        body.append("<h2>Sources</h2>")
        body.extend(
            f"<p>[{reference.number}] {escape(reference.text)}</p>"
            for reference in document.references
        )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f"<title>{escape(document.title)}</title><style>{style_sheet(colours)}</style></head>"
        f"<body>{''.join(body)}</body></html>"
    )
