"""A read-only view of a core `Document`, rendered from escaped HTML."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from outsource_desktop.core.document import Document
from outsource_desktop.core.render_html import render_html


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
    second fence in case that ever changes.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocument(InertDocument(self))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self._document: Document | None = None

    def show_document(self, document: Document | None) -> None:
        self._document = document
        if document is None:
            self.clear()
            return
        self.setHtml(render_html(document))

    def shown_document(self) -> Document | None:
        return self._document

    def loadResource(self, kind: int, name: QUrl | str, /) -> Any:
        return None
