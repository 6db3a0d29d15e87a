"""A read-only view of a `Document`, rendered from escaped HTML."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QColor, QImage, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from outsource_desktop.documents.document import Document
from outsource_desktop.documents.render_html import HtmlColours, render_html
from outsource_desktop.export.figures import add_figures
from outsource_desktop.gui.accessibility import describe
from outsource_desktop.i18n import translate

if TYPE_CHECKING:
    from outsource_desktop.documents.overview_snapshot import StoredFigures


def screen_colours(palette: QPalette) -> HtmlColours:
    """Document colours that read well on the current theme's background."""
    roles = QPalette.ColorRole
    text = palette.color(roles.Text)
    base = palette.color(roles.Base)
    highlight = palette.color(roles.Highlight)

    def mix(colour: QColor, weight: float) -> str:
        return QColor(
            round(base.red() + (colour.red() - base.red()) * weight),
            round(base.green() + (colour.green() - base.green()) * weight),
            round(base.blue() + (colour.blue() - base.blue()) * weight),
        ).name()

    return HtmlColours(
        text=text.name(),
        muted=mix(text, 0.65),
        references=palette.color(roles.Link).name(),
        border=mix(text, 0.35),
        header_background=mix(text, 0.12),
        group_background=mix(text, 0.07),
        difference_background=mix(highlight, 0.25),
    )


class InertDocument(QTextDocument):
    """A text document that loads nothing, whatever file or image its HTML names."""

    def loadResource(self, kind: int, name: QUrl | str, /) -> Any:
        # An empty answer, not None: given None (a null QVariant), QTextDocument
        # goes on to read a local file named by the URL itself.
        if kind == QTextDocument.ResourceType.ImageResource:
            return QImage()
        return ""


class DocumentView(QTextBrowser):
    """Shows a document; follows no links and loads no files or images.

    The HTML comes from `render_html`, which escapes every content string, so
    markup in content is shown literally. Refusing resources and links is a
    second fence in case that ever changes. The document's figures are drawn
    by the app and given to the text document before its HTML names them.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocument(InertDocument(self))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        # QTextBrowser is read-only from the start; setting it again re-runs
        # its text-interaction set-up, ~5 ms of the first paint.
        self.setUndoRedoEnabled(False)
        self._document: Document | None = None
        self._stored_figures: Sequence[StoredFigures] = ()
        describe(
            self,
            translate("DocumentView", "Document"),
            translate("DocumentView", "Read-only text; scroll with the arrow and page keys"),
        )

    def show_document(
        self, document: Document | None, stored_figures: Sequence[StoredFigures] = ()
    ) -> None:
        """Show `document`; `stored_figures` are its figures drawn before, used when one
        fits this view's colours and pixel ratio (documents/overview_snapshot.py)."""
        self._document = document
        self._stored_figures = stored_figures
        if document is None:
            self.clear()
            return
        colours = screen_colours(self.palette())
        scale = max(1.0, self.devicePixelRatioF())
        add_figures(self.document(), document, scale, colours, stored_figures)
        self.setHtml(render_html(document, colours=colours, figures="resource"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Re-render in the new theme's colours (printing keeps the light ones).
        if event.type() == QEvent.Type.PaletteChange and self._document is not None:
            self.show_document(self._document, self._stored_figures)

    def shown_document(self) -> Document | None:
        return self._document

    def scroll_to_heading(self, text: str) -> bool:
        """Scroll so the first heading reading `text` is at the top; False if there is none."""
        block = self.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() and block.text() == text:
                cursor = QTextCursor(block)
                self.setTextCursor(cursor)
                top = self.document().documentLayout().blockBoundingRect(block).top()
                self.verticalScrollBar().setValue(round(top))
                return True
            block = block.next()
        return False

    def select_text(self, text: str) -> bool:
        """Select the first `text` in the document, scrolled into view; False if it is not there.

        Qt finds text within one paragraph: `text` holds no line break.
        """
        self.moveCursor(QTextCursor.MoveOperation.Start)
        return self.find(text)

    def loadResource(self, kind: int, name: QUrl | str, /) -> Any:
        return None
