"""Render a `Document` as HTML that both QTextDocument and browsers display well.

Every piece of text goes through `_text`: escaped, since content is data, never
markup (a `<img src=...>` in a content file prints as those characters), and
isolated when it could reorder the text around it (documents/bidi.py).

A document is rendered whole (`render_html`) or, for laying out a long one
page by page, in pieces: `title_html`, `block_html`, `table_html` for some of a
table's rows, `references_html`, put together by `html_page`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from outsource_desktop.documents.bidi import isolated
from outsource_desktop.documents.citations import reference_marks
from outsource_desktop.documents.colours import PRINT_COLOURS, HtmlColours
from outsource_desktop.documents.document import (
    Block,
    BulletList,
    Document,
    Figure,
    Heading,
    Paragraph,
    Table,
)
from outsource_desktop.documents.escaping import escape
from outsource_desktop.documents.render_svg import render_svg
from outsource_desktop.documents.typefaces import (
    LATIN_FAMILY,
    css_font_families,
    document_families,
)
from outsource_desktop.i18n import translate

# How figures are written: as SVG markup (browsers), or as an <img> naming a
# picture the Qt side draws and adds to its text document (screen and print;
# QTextDocument does not read SVG).
FigureStyle = Literal["svg", "resource"]
# Table cell padding in CSS pixels on screen; print passes less, as paper needs
# less air, and a page made to fit one sheet (the exam answer) packs closest.
SCREEN_CELL_PADDING = 4
ONE_PAGE_CELL_PADDING = 1


def _text(text: str) -> str:
    return escape(isolated(text))


def style_sheet(
    colours: HtmlColours,
    padding: int = SCREEN_CELL_PADDING,
    families: tuple[str, ...] = (LATIN_FAMILY,),
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
        parts.append(f"<b>{_text(paragraph.lead)}</b> ")
    parts.append(_text(paragraph.text))
    if paragraph.references:
        parts.append(f' <span class="refs">{_text(reference_marks(paragraph.references))}</span>')
    if paragraph.note:
        parts.append(f' <span class="note">({_text(paragraph.note)})</span>')
    return "".join(parts)


DIFF_CELL = '<td class="diff">'


def _cell(text: str) -> str:
    """A table cell's text: the short value, then any explanation lines set quieter."""
    value, *explanation = text.split("\n")
    if not explanation:
        return _text(value)
    details = "<br>".join(_text(line) for line in explanation)
    return f'{_text(value)}<br><span class="detail">{details}</span>'


def table_html(
    table: Table,
    padding: int = SCREEN_CELL_PADDING,
    rows: range | None = None,
    widths: Sequence[float] | None = None,
) -> str:
    """The table, or only its `rows` (a slice, for laying out a long one in parts).

    Its columns are `widths` per cent of the table's width when given, else the
    table's own widths when it has them, else as the renderer decides.
    """
    if widths is None and len(table.widths) == len(table.headers):
        widths = table.widths
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
                + f"{_cell(cell)}</td>"
                for column, cell in enumerate(row)
            )
            body.append(f"<tr>{cells}</tr>")
    # The header in <thead> is what makes QTextDocument repeat it on every page.
    return (
        f'<table width="100%" cellspacing="0" cellpadding="{padding}">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )


def _figure(figure: Figure, number: int, style: FigureStyle, colours: HtmlColours) -> str:
    diagram = figure.diagram
    if style == "svg":
        picture = render_svg(diagram, text=colours.text, fill=colours.group_background)
    else:
        picture = (
            f'<img src="{figure_resource_name(number)}" width="{diagram.width:.0f}" '
            f'height="{diagram.height:.0f}" alt="{_text(diagram.description)}">'
        )
    return f'<div align="center">{picture}</div><p class="caption">{_text(figure.caption)}</p>'


def render_block(
    block: Heading | Paragraph | BulletList | Table, padding: int = SCREEN_CELL_PADDING
) -> str:
    if isinstance(block, Heading):
        level = min(max(block.level, 1), 4)
        return f"<h{level}>{_text(block.text)}</h{level}>"
    if isinstance(block, Paragraph):
        return f"<p>{_paragraph_body(block)}</p>"
    if isinstance(block, BulletList):
        tag = "ol" if block.numbered else "ul"
        items = "".join(f"<li>{_paragraph_body(item)}</li>" for item in block.items)
        return f"<{tag}>{items}</{tag}>"
    return table_html(block, padding)


def block_html(
    block: Block,
    figure_number: int,
    padding: int = SCREEN_CELL_PADDING,
    figures: FigureStyle = "svg",
    colours: HtmlColours = PRINT_COLOURS,
) -> str:
    """Any block; `figure_number` is the block's number among the document's figures."""
    if isinstance(block, Figure):
        return _figure(block, figure_number, figures, colours)
    return render_block(block, padding)


def cell_padding_of(document: Document, cell_padding: int) -> int:
    """The padding `document`'s tables are set with, asked for `cell_padding`."""
    return ONE_PAGE_CELL_PADDING if document.one_page else cell_padding


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
    heading = _text(translate("RenderHtml", "Sources"))
    return f"<h2>{heading}</h2>" + "".join(
        f"<p>[{reference.number}] {_text(reference.text)}</p>" for reference in document.references
    )


def html_page(
    title: str,
    body: str,
    colours: HtmlColours = PRINT_COLOURS,
    padding: int = SCREEN_CELL_PADDING,
    families: tuple[str, ...] = (LATIN_FAMILY,),
) -> str:
    """`body` (HTML) as a whole page with the document style sheet, set in `families`
    (documents/typefaces.py)."""
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f"<title>{_text(title)}</title>"
        f"<style>{style_sheet(colours, padding, families)}</style></head>"
        f"<body>{body}</body></html>"
    )


def render_html(
    document: Document,
    *,
    include_title: bool = True,
    colours: HtmlColours = PRINT_COLOURS,
    figures: FigureStyle = "svg",
    cell_padding: int = SCREEN_CELL_PADDING,
) -> str:
    """`cell_padding` is in CSS pixels; print passes less, as paper needs less air."""
    padding = cell_padding_of(document, cell_padding)
    body = [title_html(document)] if include_title else []
    figure_number = 0
    for block in document.blocks:
        body.append(block_html(block, figure_number, padding, figures, colours))
        if isinstance(block, Figure):
            figure_number += 1
    body.append(references_html(document))
    families = document_families(document)
    return html_page(document.title, "".join(body), colours, padding, families)
