"""A document's figures drawn with Qt, for the screen and for print alike.

QTextDocument shows pictures only from its own resources (the document views
load nothing else), so each figure of a `Document` is painted into a QImage
and added under the name render_html gives its <img> (`figure_resource_name`).
Uses QtGui only: the command line exports PDFs without any widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPolygonF

from outsource_desktop.documents.colours import HtmlColours
from outsource_desktop.documents.diagram import LINE_HEIGHT, SMALL_SIZE, TITLE_SIZE, Diagram
from outsource_desktop.documents.document import Document
from outsource_desktop.documents.render_html import figure_resource_name
from outsource_desktop.documents.render_svg import arrowhead
from outsource_desktop.documents.typefaces import font_families
from outsource_desktop.export.fonts import document_font, install_bundled_fonts


def _font(families: tuple[str, ...], pixels: float, *, bold: bool = False) -> QFont:
    font = document_font(families)
    font.setPixelSize(round(pixels))
    font.setBold(bold)
    return font


def paint_diagram(painter: QPainter, diagram: Diagram, colours: HtmlColours) -> None:
    """Draw `diagram` in its own units (CSS pixels) with `painter`."""
    # Imported here, not above: the first use of Qt's `Qt` namespace builds all its
    # Python enums (~14 ms), which importing this module must not cost (issue #16).
    from PySide6.QtCore import Qt

    text = QColor(colours.text)
    words = [box.title for box in diagram.boxes] + [box.subtitle for box in diagram.boxes]
    families = font_families(" ".join([*words, *diagram.legend, diagram.description]))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    for box in diagram.boxes:
        rect = QRectF(box.left, box.top, box.width, box.height)
        painter.setPen(QPen(text, 1.2))
        painter.setBrush(QColor(colours.group_background))
        painter.drawRoundedRect(rect, 6, 6)
        painter.setFont(_font(families, TITLE_SIZE, bold=True))
        painter.drawText(
            QRectF(box.left, box.top + 6, box.width, 20), Qt.AlignmentFlag.AlignCenter, box.title
        )
        painter.setFont(_font(families, SMALL_SIZE))
        painter.drawText(
            QRectF(box.left, box.top + 27, box.width, 16),
            Qt.AlignmentFlag.AlignCenter,
            box.subtitle,
        )
    for link in diagram.links:
        pen = QPen(text, 1.5)
        if link.disputed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(*link.start), QPointF(*link.end))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(text)
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in arrowhead(link)]))
        label = link.label
        painter.setPen(text)
        painter.setFont(_font(families, SMALL_SIZE))
        horizontal = {
            "centre": Qt.AlignmentFlag.AlignHCenter,
            "left": Qt.AlignmentFlag.AlignLeft,
            "right": Qt.AlignmentFlag.AlignRight,
        }[label.align]
        for number, line in enumerate(label.lines):
            painter.drawText(
                QRectF(label.left, label.top + number * LINE_HEIGHT, label.width, LINE_HEIGHT),
                horizontal | Qt.AlignmentFlag.AlignVCenter,
                line,
            )
    painter.setFont(_font(families, SMALL_SIZE))
    first_line = diagram.height - LINE_HEIGHT * (len(diagram.legend) + 0.5)
    for number, line in enumerate(diagram.legend):
        painter.drawText(
            QRectF(0, first_line + number * LINE_HEIGHT, diagram.width, LINE_HEIGHT),
            Qt.AlignmentFlag.AlignCenter,
            line,
        )


def diagram_image(diagram: Diagram, scale: float, colours: HtmlColours) -> QImage:
    """`diagram` painted at `scale` image pixels per diagram unit, on the page's colour."""
    install_bundled_fonts()
    image = QImage(
        round(diagram.width * scale),
        round(diagram.height * scale),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    from PySide6.QtCore import Qt  # see paint_diagram

    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        painter.scale(scale, scale)
        paint_diagram(painter, diagram, colours)
    finally:
        painter.end()
    return image


def figure_images(document: Document, scale: float, colours: HtmlColours) -> dict[str, QImage]:
    """`document`'s figures drawn at `scale`, by the names its <img> tags give them."""
    return {
        figure_resource_name(number): diagram_image(figure.diagram, scale, colours)
        for number, figure in enumerate(document.figures())
    }
