"""Lay out a `Document` on pages: for PDF files and for printers alike.

QTextDocument does the layout and repeats a table's <thead> on every page;
this module adds what it lacks: a "Page N of M" footer, paper by locale or
setting, and landscape pages for wide tables.
"""

from __future__ import annotations

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
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from outsource_desktop.documents.document import Document, Table
from outsource_desktop.documents.render_html import PRINT_COLOURS, render_html
from outsource_desktop.documents.typefaces import font_families
from outsource_desktop.export.figures import add_figures
from outsource_desktop.export.fonts import document_font, install_bundled_fonts
from outsource_desktop.export.paper import PaperChoice
from outsource_desktop.export.pdf_text import readable_hindi

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


def text_document(
    document: Document, device: QPagedPaintDevice, point_size: float = BODY_POINT_SIZE
) -> QTextDocument:
    install_bundled_fonts()
    layout_document = QTextDocument()
    # Lay out in the device's own units so fonts keep their point sizes on paper.
    layout_document.documentLayout().setPaintDevice(device)
    html = render_html(document, figures="resource", cell_padding=PRINT_CELL_PADDING)
    layout_document.setDefaultFont(print_font(point_size, font_families(html)))
    # Figures are drawn at the device's resolution: Qt sizes a picture's CSS
    # pixels to the device's dots per inch, so it prints as sharp as the text.
    add_figures(layout_document, document, device.logicalDpiX() / CSS_DPI, PRINT_COLOURS)
    layout_document.setHtml(html)
    return layout_document


def lay_out(document: Document, device: QPagedPaintDevice, body: QSizeF) -> QTextDocument:
    """The document laid out on pages of `body`; a one-page document is set
    smaller, down to `SMALLEST_POINT_SIZE`, rather than run onto a second page."""
    point_size = float(BODY_POINT_SIZE)
    while True:
        laid_out = text_document(document, device, point_size)
        laid_out.setPageSize(body)
        if not document.one_page or laid_out.pageCount() == 1:
            return laid_out
        if point_size <= SMALLEST_POINT_SIZE:
            return laid_out
        point_size -= 0.5


def page_label(number: int, count: int) -> str:
    return f"Page {number} of {count}"


def paint_document(document: Document, device: QPagedPaintDevice) -> int:
    """Paint every page of `document` on `device`; return the number of pages."""
    resolution = device.logicalDpiY()
    page_rect = device.pageLayout().paintRectPixels(resolution)
    footer_height = resolution * 0.3  # about 7.5 mm
    body = QSizeF(page_rect.width(), page_rect.height() - footer_height)
    laid_out = lay_out(document, device, body)
    page_count = laid_out.pageCount()
    footer_font = print_font(BODY_POINT_SIZE - 1, font_families(document.title))
    painter = QPainter(device)
    try:
        for page in range(page_count):
            if page:
                device.newPage()
            painter.save()
            painter.translate(0, -page * body.height())
            laid_out.drawContents(
                painter, QRectF(0, page * body.height(), body.width(), body.height())
            )
            painter.restore()
            footer = QRectF(0, body.height(), body.width(), footer_height)
            painter.setFont(footer_font)
            painter.drawText(
                footer, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, document.title
            )
            painter.drawText(
                footer,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                page_label(page + 1, page_count),
            )
    finally:
        painter.end()
    return page_count


def render_pdf(document: Document, paper: PaperChoice = "auto") -> bytes:
    """The document as PDF bytes, with the bundled font embedded."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION_DPI)
    writer.setTitle(document.title)
    writer.setCreator("outsource-desktop")
    writer.setPageLayout(page_layout(document, paper))
    paint_document(document, writer)
    del writer  # the PDF is finished when the writer goes away
    buffer.close()
    # Every text drawn: the document, and the footer's words, whatever the numbers.
    drawn = (render_html(document), document.title, page_label(1, 1))
    return readable_hindi(bytes(data.data()), drawn)


def ensure_gui_application() -> QGuiApplication:
    """A QGuiApplication for headless rendering (the command line has no window)."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    return QGuiApplication(["outsource-desktop"])
