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
from outsource_desktop.documents.render_html import render_html
from outsource_desktop.export.fonts import DOCUMENT_FONT_FAMILY, install_bundled_fonts
from outsource_desktop.export.paper import PaperChoice

PDF_RESOLUTION_DPI = 300
BODY_POINT_SIZE = 9
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


def document_font(point_size: int) -> QFont:
    font = QFont(DOCUMENT_FONT_FAMILY, point_size)
    # Ligatures turn "fi" into one glyph that PDF readers copy and search as
    # "ﬁ"; plain letters keep the exported text searchable.
    for feature in ("liga", "clig"):
        font.setFeature(QFont.Tag(feature), 0)
    return font


def text_document(document: Document, device: QPagedPaintDevice) -> QTextDocument:
    install_bundled_fonts()
    layout_document = QTextDocument()
    # Lay out in the device's own units so fonts keep their point sizes on paper.
    layout_document.documentLayout().setPaintDevice(device)
    layout_document.setDefaultFont(document_font(BODY_POINT_SIZE))
    layout_document.setHtml(render_html(document))
    return layout_document


def paint_document(document: Document, device: QPagedPaintDevice) -> int:
    """Paint every page of `document` on `device`; return the number of pages."""
    resolution = device.logicalDpiY()
    page_rect = device.pageLayout().paintRectPixels(resolution)
    footer_height = resolution * 0.3  # about 7.5 mm
    body = QSizeF(page_rect.width(), page_rect.height() - footer_height)
    laid_out = text_document(document, device)
    laid_out.setPageSize(body)
    page_count = laid_out.pageCount()
    footer_font = document_font(BODY_POINT_SIZE - 1)
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
                f"Page {page + 1} of {page_count}",
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
    return bytes(data.data())


def ensure_gui_application() -> QGuiApplication:
    """A QGuiApplication for headless rendering (the command line has no window)."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    return QGuiApplication(["outsource-desktop"])
