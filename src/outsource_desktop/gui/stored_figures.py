"""The Overview's figures drawn when its snapshot is made (`validate --cache`, issue #16).

A window's first frame shows the stored images instead of painting the relation
diagram, which builds all of Qt's Python enums (~15 ms). They are drawn here in
the colours a document view has with the platform's own palette where the
desktop sets none (the offscreen and plain X11 ones, Windows' and macOS' light
palettes differ) and in the app's dark theme, at one and two image pixels per
diagram unit. Any other colours or ratio are drawn live.
"""

from __future__ import annotations

import os

from PySide6.QtWidgets import QApplication

from outsource_desktop.documents.document import Document
from outsource_desktop.documents.overview_snapshot import StoredFigures
from outsource_desktop.documents.render_html import HtmlColours
from outsource_desktop.export.figures import figure_pngs
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
    """The QApplication the figures are drawn with (widget palettes); needs no display.

    Made before anything else starts a bare QCoreApplication, which could not be
    replaced by one later."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from outsource_desktop.gui.app import application

    application()


def stored_figures(document: Document) -> tuple[StoredFigures, ...]:
    """`document`'s figures in each likely colouring and scale; needs no display."""
    drawing_application()
    if not document.figures():
        return ()
    return tuple(
        StoredFigures(scale, colours, figure_pngs(document, scale, colours))
        for colours in likely_screen_colours()
        for scale in STORED_SCALES
    )
