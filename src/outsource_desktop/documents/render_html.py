"""Render a `Document` as HTML that both QTextDocument and browsers display well.

Every piece of text goes through `html.escape`: content is data, never markup,
so a `<img src=...>` in a content file prints as those characters.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Literal

from outsource_desktop.documents.citations import reference_marks
from outsource_desktop.documents.document import (
    BulletList,
    Document,
    Figure,
    Heading,
    Paragraph,
    Table,
)
from outsource_desktop.documents.render_svg import render_svg
from outsource_desktop.documents.typefaces import LATIN_FAMILY, css_font_families, font_families

# How figures are written: as SVG markup (browsers), or as an <img> naming a
# picture the Qt side draws and adds to its text document (screen and print;
# QTextDocument does not read SVG).
FigureStyle = Literal["svg", "resource"]


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


def style_sheet(
    colours: HtmlColours, padding: int = 4, families: tuple[str, ...] = (LATIN_FAMILY,)
) -> str:
    # Qt's rich-text engine supports a subset of CSS 2.1; keep to what it knows.
    return f"""
body {{ font-family: {css_font_families(families)}; color: {colours.text}; }}
h1 {{ font-size: x-large; margin-bottom: 2px; }}
h2 {{ font-size: large; margin-top: 14px; margin-bottom: 4px; }}
h3 {{ font-size: medium; margin-top: 10px; margin-bottom: 2px; }}
p {{ margin-top: 3px; margin-bottom: 3px; }}
.subtitle {{ color: {colours.muted}; }}
.note {{ color: {colours.muted}; font-style: italic; }}
.refs {{ color: {colours.references}; }}
table {{ border-collapse: collapse; }}
th {{ background-color: {colours.header_background}; text-align: left; }}
th, td {{ border: 1px solid {colours.border}; padding: {padding}px; vertical-align: top; }}
td.group {{ background-color: {colours.group_background}; font-weight: bold; }}
td.diff {{ background-color: {colours.difference_background}; }}
.detail {{ color: {colours.muted}; }}
.caption {{ color: {colours.muted}; font-style: italic; text-align: center; }}
"""


def figure_resource_name(number: int) -> str:
    """The name under which figure `number` (0-based, in document order) is drawn."""
    return f"figure-{number}.png"


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


def _cell(text: str) -> str:
    """A table cell's text: the short value, then any explanation lines set quieter."""
    value, *explanation = text.split("\n")
    if not explanation:
        return escape(value)
    details = "<br>".join(escape(line) for line in explanation)
    return f'{escape(value)}<br><span class="detail">{details}</span>'


def _table(table: Table, padding: int) -> str:
    widths = table.widths if len(table.widths) == len(table.headers) else ()
    head = "".join(
        (f'<th width="{widths[column]}%">' if widths else "<th>") + f"{escape(header)}</th>"
        for column, header in enumerate(table.headers)
    )
    rows = []
    for index, row in enumerate(table.rows):
        if index in table.group_rows:
            rows.append(
                f'<tr><td class="group" colspan="{len(table.headers)}">{escape(row[0])}</td></tr>'
            )
        else:
            cells = "".join(
                (DIFF_CELL if (index, column) in table.highlighted else "<td>")
                + f"{_cell(cell)}</td>"
                for column, cell in enumerate(row)
            )
            rows.append(f"<tr>{cells}</tr>")
    # The header in <thead> is what makes QTextDocument repeat it on every page.
    return (
        f'<table width="100%" cellspacing="0" cellpadding="{padding}">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _figure(figure: Figure, number: int, style: FigureStyle, colours: HtmlColours) -> str:
    diagram = figure.diagram
    if style == "svg":
        picture = render_svg(diagram, text=colours.text, fill=colours.group_background)
    else:
        picture = (
            f'<img src="{figure_resource_name(number)}" width="{diagram.width:.0f}" '
            f'height="{diagram.height:.0f}" alt="{escape(diagram.description)}">'
        )
    return f'<div align="center">{picture}</div><p class="caption">{escape(figure.caption)}</p>'


def render_block(block: Heading | Paragraph | BulletList | Table, padding: int = 4) -> str:
    if isinstance(block, Heading):
        level = min(max(block.level, 1), 4)
        return f"<h{level}>{escape(block.text)}</h{level}>"
    if isinstance(block, Paragraph):
        return f"<p>{_paragraph_body(block)}</p>"
    if isinstance(block, BulletList):
        tag = "ol" if block.numbered else "ul"
        items = "".join(f"<li>{_paragraph_body(item)}</li>" for item in block.items)
        return f"<{tag}>{items}</{tag}>"
    return _table(block, padding)


def render_html(
    document: Document,
    *,
    include_title: bool = True,
    colours: HtmlColours = PRINT_COLOURS,
    figures: FigureStyle = "svg",
    cell_padding: int = 4,
) -> str:
    """`cell_padding` is in CSS pixels; print passes less, as paper needs less air."""
    # A page made to fit one sheet (the exam answer) packs its table rows closer.
    padding = 1 if document.one_page else cell_padding
    body = []
    if include_title:
        body.append(f"<h1>{escape(document.title)}</h1>")
        if document.subtitle:
            body.append(f'<p class="subtitle">{escape(document.subtitle)}</p>')
        if document.meta:
            body.append(f'<p class="note">{escape(document.meta)}</p>')
    figure_number = 0
    for block in document.blocks:
        if isinstance(block, Figure):
            body.append(_figure(block, figure_number, figures, colours))
            figure_number += 1
        else:
            body.append(render_block(block, padding))
    if document.references:
        # Numbers are written out rather than left to <ol>: a document cites a
        # subset of the sources, and [n] must match the app's numbering.
        body.append("<h2>Sources</h2>")
        body.extend(
            f"<p>[{reference.number}] {escape(reference.text)}</p>"
            for reference in document.references
        )
    families = font_families(document.title + "".join(body))
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f"<title>{escape(document.title)}</title>"
        f"<style>{style_sheet(colours, padding, families)}</style></head>"
        f"<body>{''.join(body)}</body></html>"
    )
