"""A read-only view of a `Document`, rendered from escaped HTML."""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QTimer, QUrl
from PySide6.QtGui import QFont, QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from outsource_desktop.documents.colours import HtmlColours
from outsource_desktop.documents.overview_snapshot import DEFLATE_BITS
from outsource_desktop.export.text_images import add_images
from outsource_desktop.gui.accessibility import describe
from outsource_desktop.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtGui import QColor, QPalette

    from outsource_desktop.documents.document import Document
    from outsource_desktop.documents.overview_snapshot import StoredFigure, StoredPage


# Text that reads as well unshaped: Latin, Greek and Cyrillic letters (which come
# precomposed), punctuation and symbols, or that Qt shapes whatever a font asks (the
# Indic scripts, Devanagari among them). Anything else keeps full shaping: Arabic joins
# its letters only when shaped, combining accents need placing, emoji come in sequences.
_NEEDS_SHAPING = re.compile(
    "[^\x00-\u02ff\u0370-\u04ff\u0900-\u0dff\u1e00-\u1fff\u2000-\u20cf\u2100-\u2bff\ua8e0-\ua8ff]"
)


def screen_colours(palette: QPalette) -> HtmlColours:
    """Document colours that read well on the current theme's background."""
    # The palette's own getters, not its colour roles, and hex worked out here, not by
    # QColor: each Qt class and enum PySide6 meets first costs the first frame a little.
    text = palette.text().color()
    base = palette.base().color()

    def mix(colour: QColor, weight: float) -> str:
        channels = (
            round(low + (high - low) * weight)
            for low, high in (
                (base.red(), colour.red()),
                (base.green(), colour.green()),
                (base.blue(), colour.blue()),
            )
        )
        return "#" + "".join(f"{channel:02x}" for channel in channels)

    return HtmlColours(
        text=text.name(),
        muted=mix(text, 0.65),
        references=palette.link().color().name(),
        border=mix(text, 0.35),
        header_background=mix(text, 0.12),
        group_background=mix(text, 0.07),
        difference_background=mix(palette.highlight().color(), 0.25),
    )


def stored_figure_images(figures: Sequence[StoredFigure]) -> dict[str, QImage]:
    """The images `figures` keep, by the names the page's <img> tags give them."""
    return {
        figure.name: QImage(
            zlib.decompress(figure.pixels, wbits=DEFLATE_BITS),
            figure.width,
            figure.height,
            figure.bytes_per_line,
            QImage.Format.Format_ARGB32_Premultiplied,
        ).copy()  # its own pixels: the unpacked bytes are not kept
        for figure in figures
    }


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
        self._shaped = True  # as Qt sets text until told otherwise
        self._shape_text(needed=False)  # the bundled content's scripts need none
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        # QTextBrowser is read-only from the start; setting it again re-runs
        # its text-interaction set-up, ~5 ms of the first paint.
        self.setUndoRedoEnabled(False)
        self._document: Document | None = None
        self._document_of: Callable[[], Document] | None = None
        self._pages: tuple[StoredPage, ...] = ()
        self._painted = False
        # A stored page not shown whole yet: until the first paint it shows nothing,
        # then its opening (set at that paint, at the view's own size).
        self._unshown: StoredPage | None = None
        describe(
            self,
            translate("DocumentView", "Document"),
            translate("DocumentView", "Read-only text; scroll with the arrow and page keys"),
        )

    def _shape_text(self, *, needed: bool) -> None:
        """Set the text with OpenType shaping, or without it where its script reads as
        well so (`_NEEDS_SHAPING`).

        Qt 6.11 keeps the shaping buffers of every paragraph it has laid out for as long
        as the document lives, ~60 bytes a character: 2.7 MiB for the whole Overview,
        against 0.2 MiB unshaped (and a third less time to lay it out). Unshaped, Latin
        text loses its kerning and its ligatures (PDFs turn ligatures off too), a pixel
        here and there; Qt shapes the Indic scripts whatever the font says. Print and PDF
        set their own fonts (export/pdf.py). Only the strategy is set here: the family
        and the size still come from the window (its zoom)."""
        if needed == self._shaped:
            return
        self._shaped = needed
        font = QFont()  # sets nothing: all comes from the window
        if not needed:
            font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
        self.setFont(font)

    def _set_html(self, html: str) -> None:
        self._shape_text(needed=_NEEDS_SHAPING.search(html) is not None)
        self.setHtml(html)

    def show_document(self, document: Document | None) -> None:
        """Show `document`, rendered now."""
        self._document, self._document_of, self._pages = document, None, ()
        self._render()

    def show_stored(self, pages: Sequence[StoredPage], document: Callable[[], Document]) -> None:
        """Show the document `document()` builds from the one of `pages` rendered in this
        view's colours and pixel ratio (documents/overview_snapshot.py), if one was: the
        document is built only when none was, or when first asked for.

        A stored page's opening is set at the view's first paint, and the whole page
        after it (or when `show_whole_page` is called): until then the text document
        is empty."""
        self._document, self._document_of, self._pages = None, document, tuple(pages)
        self._render()

    def _render(self) -> None:
        colours = screen_colours(self.palette())
        scale = max(1.0, self.devicePixelRatioF())
        page = next((page for page in self._pages if page.colours == colours), None)
        stored_figures = page.figures_at(scale) if page is not None else None
        if page is not None and stored_figures is not None:
            add_images(self.document(), stored_figure_images(stored_figures))
            if not self._painted:  # a first frame: the page's opening, the whole after
                self._keep_scroll_bar(True)
                # Set at the first paint, not now: before the window is shown the view
                # has a stand-in size, and the opening would be laid out twice.
                self._unshown = page
                return
            self._unshown = None
            self._set_html(page.html)
        else:
            self._unshown = None
            self._render_live(colours, scale)
        self._keep_scroll_bar(False)

    def _render_live(self, colours: HtmlColours, scale: float) -> None:
        document = self.shown_document()
        if document is None:
            self.clear()
            return
        from outsource_desktop.documents.render_html import render_html
        from outsource_desktop.export.figures import figure_images

        add_images(self.document(), figure_images(document, scale, colours))
        self._set_html(render_html(document, colours=colours, figures="resource"))

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            if self._unshown is not None:
                if self._set_opening(self._unshown):
                    # Set once this first frame is on screen (the window's start also
                    # asks for it, before it counts itself usable: gui/app.py).
                    QTimer.singleShot(0, self.show_whole_page)
                else:  # a tall view: the first frame shows the whole page, never less
                    self.show_whole_page()
        return super().viewportEvent(event)

    def _set_opening(self, page: StoredPage) -> bool:
        """Set the shortest of `page`'s openings that fills the view; False if none does."""
        for opening in page.openings():
            self._set_html(opening)
            if self._opening_fills_view():
                return True
        return False

    def _opening_fills_view(self) -> bool:
        """Whether the opening reaches the bottom of the view, unscrolled as a first frame is.

        Measured against the view's inside, not its viewport or scroll bar: asking for
        those makes PySide6 look for their Python classes through all of QtWidgets,
        building dozens of their enums (~5 ms)."""
        last = self.document().lastBlock()
        bottom = self.document().documentLayout().blockBoundingRect(last).bottom()
        return bottom >= self.contentsRect().height()

    def show_whole_page(self) -> None:
        """Show the whole stored page where only its opening is shown (documents/
        overview_snapshot.py); nothing else changes."""
        if self._unshown is not None:
            page, self._unshown = self._unshown, None
            self._set_html(page.html)
            self._keep_scroll_bar(False)

    def forget_stored_pages(self) -> None:
        """Let go of the stored pages (~0.4 MiB: both colourings, both pixel ratios) once
        the document they stand for can be built: new colours then render it live."""
        if self._document_of is not None or self._document is not None:
            self.show_whole_page()
            self._pages = ()

    def _keep_scroll_bar(self, keep: bool) -> None:
        """Keep the vertical scroll bar shown (the stored page is always taller than the
        view), or show it as needed again. Left as needed, it would come and go as the
        view first takes its size and as the opening gives way to the whole page, and
        each time the page is laid out again for the new width (~4 ms each).

        Set through Qt's property system with the values of Qt::ScrollBarAlwaysOn and
        Qt::ScrollBarAsNeeded: naming them in Python makes PySide6 build all of the
        `Qt` namespace's enums, ~15 ms, before the window is usable."""
        self.setProperty("verticalScrollBarPolicy", 2 if keep else 0)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Re-render in the new theme's colours (printing keeps the light ones).
        if event.type() == QEvent.Type.PaletteChange and (
            self._document is not None or self._document_of is not None
        ):
            self._render()

    def shown_document(self) -> Document | None:
        """The document shown, built now if it was shown from a stored page."""
        if self._document is None and self._document_of is not None:
            self._document = self._document_of()
        return self._document

    def scroll_to_heading(self, text: str) -> bool:
        """Scroll so the first heading reading `text` is at the top; False if there is none."""
        from PySide6.QtGui import QTextCursor

        self.show_whole_page()
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
        from PySide6.QtGui import QTextCursor

        self.show_whole_page()
        self.moveCursor(QTextCursor.MoveOperation.Start)
        return self.find(text)

    def loadResource(self, kind: int, name: QUrl | str, /) -> Any:
        return None
