"""Lay out a `Document` on pages: for PDF files and for printers alike.

QTextDocument does the layout and repeats a table's <thead> on every page;
this module adds what it lacks: a "Page N of M" footer, paper by locale or
setting, landscape pages for wide tables, a one-page document set smaller
rather than run over, and time that grows in step with the document.

QTextDocument draws a page by visiting the repeated header of every page of
its table, so one table of P pages costs P*P: 10,000 rows took 23 s, 40,000
took 238 s. A long table is therefore laid out a part at a time (`Part`s of
ROWS_PER_PART rows, each its own QTextDocument with its own header), and each
part's last page is carried into the next part unless it ends the table: the
pages come out full, as from one document, and each costs the same however
long the table is. The work is a generator of steps, so the GUI can show
progress and cancel between them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QLocale,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextTable,
)

from outsource_desktop.documents.colours import PRINT_COLOURS
from outsource_desktop.documents.document import Document, Figure, Table
from outsource_desktop.documents.render_html import (
    block_html,
    cell_padding_of,
    html_page,
    references_html,
    table_html,
    title_html,
)
from outsource_desktop.documents.typefaces import (
    LATIN_FAMILY,
    document_families,
    document_texts,
)
from outsource_desktop.export.figures import figure_images
from outsource_desktop.export.fonts import document_font, install_bundled_fonts
from outsource_desktop.export.paper import PaperChoice
from outsource_desktop.export.pdf_text import readable_hindi
from outsource_desktop.export.steps import Steps, run_to_end, scaled
from outsource_desktop.export.text_images import add_images
from outsource_desktop.i18n import translate

PDF_RESOLUTION_DPI = 300
BODY_POINT_SIZE = 9
# A document made to fit one page may be set this small, and no smaller.
SMALLEST_POINT_SIZE = 7.0
# Qt's CSS pixel: 1/96 inch, scaled to the printer.
CSS_DPI = 96
# Table cell padding on paper, in CSS pixels (half a millimetre): the screen's
# 4 pixels print as a millimetre of air around every short value.
PRINT_CELL_PADDING = 2
MARGINS_MM = QMarginsF(15, 15, 15, 12)
# Tables this wide read badly in portrait.
LANDSCAPE_FROM_COLUMNS = 3
# Rows of a long table laid out at once: some fifteen pages of the comparison,
# small enough that a part costs little, large enough that re-laying the last
# page of each part adds a few per cent.
ROWS_PER_PART = 100
# Parts whose layout is kept from the layout pass to the painting one: a
# thousand rows, enough for any usual document to be laid out only once.
KEPT_PARTS = 10


def paper_size(choice: PaperChoice = "auto") -> QPageSize:
    """A4, or Letter where the locale measures in US units (or when chosen)."""
    if choice == "auto":
        imperial = (
            QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
        )
        choice = "letter" if imperial else "a4"
    return QPageSize(QPageSize.PageSizeId.Letter if choice == "letter" else QPageSize.PageSizeId.A4)


def needs_landscape(document: Document) -> bool:
    if document.orientation != "auto":
        return document.orientation == "landscape"
    return any(
        isinstance(block, Table) and len(block.headers) >= LANDSCAPE_FROM_COLUMNS
        for block in document.blocks
    )


def page_layout(document: Document, paper: PaperChoice = "auto") -> QPageLayout:
    orientation = (
        QPageLayout.Orientation.Landscape
        if needs_landscape(document)
        else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(paper_size(paper), orientation, MARGINS_MM, QPageLayout.Unit.Millimeter)


def print_font(point_size: float, families: tuple[str, ...]) -> QFont:
    font = document_font(families)
    font.setPointSizeF(point_size)
    # Ligatures turn "fi" into one glyph that PDF readers copy and search as
    # "ﬁ"; plain letters keep the exported text searchable.
    for feature in ("liga", "clig"):
        font.setFeature(QFont.Tag(feature), 0)
    return font


@dataclass(frozen=True)
class Sheet:
    """What every part of one document is laid out on: the device, the page body
    (the page less its footer), the document's figures, drawn once, and the
    font families it is set in (documents/typefaces.py)."""

    device: QPagedPaintDevice
    body: QSizeF
    figures: Mapping[str, QImage]
    families: tuple[str, ...] = (LATIN_FAMILY,)

    def text_document(self, html: str, point_size: float) -> QTextDocument:
        install_bundled_fonts()
        laid_out = QTextDocument()
        # Lay out in the device's own units so fonts keep their point sizes on paper,
        # and on the page size from the start: setting it later lays out twice.
        laid_out.documentLayout().setPaintDevice(self.device)
        laid_out.setDefaultFont(print_font(point_size, self.families))
        laid_out.setPageSize(self.body)
        add_images(laid_out, self.figures)
        laid_out.setHtml(html)
        return laid_out


@dataclass(frozen=True)
class Part:
    """Some pages of the document: the first `pages` of `html`'s layout are drawn.

    `laid_out` keeps the layout of the first KEPT_PARTS parts for painting; later
    parts are laid out again when painted, so memory stays flat however long the
    document (a laid-out row holds some 40 KB).
    """

    html: str
    pages: int
    point_size: float
    laid_out: QTextDocument | None

    def layout(self, sheet: Sheet) -> QTextDocument:
        if self.laid_out is not None:
            return self.laid_out
        return sheet.text_document(self.html, self.point_size)


@dataclass
class _Cursor:
    """Where the next part starts: a block, and a row when that block is a table.

    `widths` holds the column widths (per cent) the first part of a long table
    was laid out with, by block, so its other parts keep the same columns.
    """

    block: int = 0
    row: int = 0
    widths: dict[int, list[float]] = field(default_factory=dict)

    def position(self) -> tuple[int, int]:
        return self.block, self.row


def _progress(document: Document) -> list[int]:
    """Work done before each block, in table rows and whole other blocks; the total last."""
    done = [0]
    for block in document.blocks:
        done.append(done[-1] + (len(block.rows) if isinstance(block, Table) else 1))
    return done


def _figure_numbers(document: Document) -> list[int]:
    """Each block's number among the document's figures (the figures before it)."""
    numbers = []
    count = 0
    for block in document.blocks:
        numbers.append(count)
        count += isinstance(block, Figure)
    return numbers


def _next_part_html(
    document: Document, cursor: _Cursor, families: tuple[str, ...]
) -> tuple[str, range | None]:
    """The HTML of the next part from `cursor`, and the rows of a table it cuts off.

    Blocks are taken whole until a table with more than ROWS_PER_PART rows left;
    then only that many of its rows. The cursor moves past what was taken.
    """
    padding = cell_padding_of(document, PRINT_CELL_PADDING)

    def page(parts: list[str]) -> str:
        return html_page(document.title, "".join(parts), PRINT_COLOURS, padding, families)

    parts = [title_html(document)] if cursor.position() == (0, 0) else []
    blocks = document.blocks
    figure_numbers = _figure_numbers(document)
    while cursor.block < len(blocks):
        block = blocks[cursor.block]
        if isinstance(block, Table):
            end = min(cursor.row + ROWS_PER_PART, len(block.rows))
            rows = range(cursor.row, end)
            parts.append(table_html(block, padding, rows, cursor.widths.get(cursor.block)))
            if end < len(block.rows):  # the table goes on in the next part
                cursor.row = end
                return page(parts), rows
        else:
            parts.append(block_html(block, figure_numbers[cursor.block], padding, "resource"))
        cursor.block += 1
        cursor.row = 0
    parts.append(references_html(document))
    cursor.block += 1  # past the end: the document is done
    return page(parts), None


def _last_table(laid_out: QTextDocument) -> QTextTable | None:
    frames = laid_out.rootFrame().childFrames()
    return frames[-1] if frames and isinstance(frames[-1], QTextTable) else None


def _column_widths(laid_out: QTextDocument, table: QTextTable) -> list[float]:
    """The widths its layout gave the table's columns, per cent of the table's width."""
    layout = laid_out.documentLayout()
    frame = layout.frameBoundingRect(table)
    lefts = [
        layout.blockBoundingRect(table.cellAt(0, column).firstCursorPosition().block()).left()
        for column in range(table.columns())
    ]
    rights = [*lefts[1:], frame.right()]
    return [100 * (right - left) / frame.width() for left, right in zip(lefts, rights, strict=True)]


def _first_row_on_last_page(
    laid_out: QTextDocument, table: QTextTable, rows: range, page_height: float
) -> int | None:
    """The first of `rows` (those of the part's last table) laid out on its last page."""
    last_page = laid_out.pageCount() - 1
    layout = laid_out.documentLayout()
    for offset, row in enumerate(rows, start=1):  # row 0 of the QTextTable is the header
        block = table.cellAt(offset, 0).firstCursorPosition().block()
        if int(layout.blockBoundingRect(block).top() // page_height) >= last_page:
            return row
    return None


def lay_out_parts(
    document: Document, sheet: Sheet, point_size: float = BODY_POINT_SIZE
) -> Steps[list[Part]]:
    """Lay the document out in parts; yields the fraction done, returns the parts."""
    progress = _progress(document)
    cursor = _Cursor()
    parts: list[Part] = []
    while cursor.block <= len(document.blocks):
        start = cursor.position()
        html, cut_rows = _next_part_html(document, cursor, sheet.families)
        laid_out = sheet.text_document(html, point_size)
        pages = laid_out.pageCount()
        table = _last_table(laid_out) if cut_rows is not None else None
        if cut_rows is not None and table is not None:
            cursor.widths.setdefault(cursor.block, _column_widths(laid_out, table))
            carried = _first_row_on_last_page(laid_out, table, cut_rows, sheet.body.height())
            # Carried over only when the part still moves on: a row taller than
            # the pages before it would otherwise come back for ever.
            if pages > 1 and carried is not None and (cursor.block, carried) > start:
                pages -= 1
                cursor.row = carried  # its last page is laid out again, full, in the next
        kept = laid_out if len(parts) < KEPT_PARTS else None
        parts.append(Part(html, pages, point_size, kept))
        if cursor.block < len(document.blocks):
            yield (progress[cursor.block] + cursor.row) / progress[-1]
    return parts


def lay_out(document: Document, sheet: Sheet) -> Steps[list[Part]]:
    """The document's parts; a one-page document is set smaller, down to
    `SMALLEST_POINT_SIZE`, rather than run onto a second page."""
    point_size = float(BODY_POINT_SIZE)
    while True:
        parts = yield from lay_out_parts(document, sheet, point_size)
        fits = sum(part.pages for part in parts) == 1
        if not document.one_page or fits or point_size <= SMALLEST_POINT_SIZE:
            return parts
        point_size -= 0.5


def page_label(number: int, count: int) -> str:
    return translate("Print", "Page {number} of {count}").format(number=number, count=count)


def paint_steps(document: Document, device: QPagedPaintDevice) -> Steps[int]:
    """Paint every page of `document` on `device`, yielding the fraction done
    (layout is the first half, painting the second); returns the page count."""
    resolution = device.logicalDpiY()
    page_rect = device.pageLayout().paintRectPixels(resolution)
    footer_height = resolution * 0.3  # about 7.5 mm
    body = QSizeF(page_rect.width(), page_rect.height() - footer_height)
    # Figures are drawn at the device's resolution: Qt sizes a picture's CSS
    # pixels to the device's dots per inch, so it prints as sharp as the text.
    figures = figure_images(document, device.logicalDpiX() / CSS_DPI, PRINT_COLOURS)
    sheet = Sheet(device, body, figures, document_families(document))
    parts = yield from scaled(lay_out(document, sheet), 0.0, 0.5)
    page_count = sum(part.pages for part in parts)
    footer_font = print_font(BODY_POINT_SIZE - 1, sheet.families)
    painter = QPainter(device)
    try:
        number = 0
        for index, part in enumerate(parts):
            laid_out = part.layout(sheet)
            for page in range(part.pages):
                if number:
                    device.newPage()
                _paint_page(painter, laid_out, page, body)
                footer = QRectF(0, body.height(), body.width(), footer_height)
                painter.setFont(footer_font)
                bottom = Qt.AlignmentFlag.AlignBottom
                painter.drawText(footer, Qt.AlignmentFlag.AlignLeft | bottom, document.title)
                number += 1
                painter.drawText(
                    footer, Qt.AlignmentFlag.AlignRight | bottom, page_label(number, page_count)
                )
            yield 0.5 + (index + 1) / (2 * len(parts))
    finally:
        painter.end()
    return page_count


def _paint_page(painter: QPainter, laid_out: QTextDocument, page: int, body: QSizeF) -> None:
    painter.save()
    painter.translate(0, -page * body.height())
    laid_out.drawContents(painter, QRectF(0, page * body.height(), body.width(), body.height()))
    painter.restore()


def paint_document(document: Document, device: QPagedPaintDevice) -> int:
    """Paint every page of `document` on `device`; return the number of pages."""
    return run_to_end(paint_steps(document, device))


def render_pdf_steps(document: Document, paper: PaperChoice = "auto") -> Steps[bytes]:
    """The document as PDF bytes, with the bundled font embedded; yields progress."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION_DPI)
    writer.setTitle(document.title)
    writer.setCreator("outsource-desktop")
    writer.setPageLayout(page_layout(document, paper))
    yield from paint_steps(document, writer)
    del writer  # the PDF is finished when the writer goes away
    buffer.close()
    # Every text drawn: the document's, and the footer's words whatever its numbers.
    drawn = (*document_texts(document), page_label(1, 1))
    return readable_hindi(bytes(data.data()), drawn)


def render_pdf(document: Document, paper: PaperChoice = "auto") -> bytes:
    """The document as PDF bytes, with the bundled font embedded."""
    return run_to_end(render_pdf_steps(document, paper))


def ensure_gui_application() -> QGuiApplication:
    """A QGuiApplication for headless rendering (the command line has no window)."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    return QGuiApplication(["outsource-desktop"])
