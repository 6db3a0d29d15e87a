"""The Overview drawn when its snapshot is made (`validate --cache`, issue #16).

A window's first frame shows the stored HTML and figures (documents/overview_snapshot.py)
instead of building the document, rendering it and painting its relation
diagram (which builds all of Qt's Python enums, ~15 ms). They are made here in
the colours a document view has with the platform's own palette where the
desktop sets none (the offscreen and plain X11 ones; Windows' and macOS' light
palettes differ) and in the app's dark theme, with the figures at one and two
image pixels per diagram unit. Any other colours or ratio are rendered live.
"""

from __future__ import annotations

import os
import zlib

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from outsource_desktop.documents.colours import HtmlColours
from outsource_desktop.documents.document import Document
from outsource_desktop.documents.overview_snapshot import (
    DEFLATE_BITS,
    StoredFigure,
    StoredPage,
)
from outsource_desktop.documents.render_html import render_html
from outsource_desktop.export.figures import figure_images
from outsource_desktop.gui.appearance import dark_palette
from outsource_desktop.gui.widgets.document_view import DocumentView, screen_colours

STORED_SCALES = (1.0, 2.0)


def likely_screen_colours() -> tuple[HtmlColours, ...]:
    """A document view's colours in the platform's light palette and in the dark theme."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = screen_colours(DocumentView().palette())
    dark = screen_colours(dark_palette(app.style().standardPalette()))
    return (light, dark) if dark != light else (light,)


def drawing_application() -> None:
    """The QApplication the pages are drawn with (widget palettes); needs no display.

    Made before anything else starts a bare QCoreApplication, which could not be
    replaced by one later."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from outsource_desktop.gui.app import application

    application()


def stored_figure(name: str, image: QImage, scale: float) -> StoredFigure:
    """`image`, the figure `name` drawn at `scale`, as a snapshot keeps it: its very pixels,
    compressed."""
    pixels = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    return StoredFigure(
        name=name,
        scale=scale,
        width=pixels.width(),
        height=pixels.height(),
        bytes_per_line=pixels.bytesPerLine(),
        pixels=zlib.compress(bytes(pixels.constBits()), wbits=DEFLATE_BITS),
    )


def stored_page(document: Document, colours: HtmlColours) -> StoredPage:
    """`document` as a document view in `colours` shows it (`DocumentView.show_document`)."""
    html = render_html(document, colours=colours, figures="resource")
    return StoredPage(
        colours=colours,
        html=html,
        figure_count=len(document.figures()),
        figures=tuple(
            stored_figure(name, image, scale)
            for scale in STORED_SCALES
            for name, image in figure_images(document, scale, colours).items()
        ),
    )


def stored_pages(document: Document) -> tuple[StoredPage, ...]:
    """`document` in each likely colouring, its figures at each likely scale; needs no display."""
    drawing_application()
    return tuple(stored_page(document, colours) for colours in likely_screen_colours())
