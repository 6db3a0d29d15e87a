"""Pictures handed to a text document under the names its HTML's <img> tags give them.

Apart from drawing the figures (export/figures.py): the window's first frame hands
over stored pictures (gui/widgets/document_view.py) without importing what draws them.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument


def add_images(text_document: QTextDocument, images: Mapping[str, QImage]) -> None:
    """Give `text_document` `images`, by name, before any HTML that names them is set."""
    for name, image in images.items():
        text_document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
