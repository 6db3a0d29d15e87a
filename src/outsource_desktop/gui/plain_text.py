"""Helpers that keep content text plain: never parsed as rich text, never a link."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

# A tooltip is rich text whenever Qt guesses it might be; escaping it inside an
# explicit paragraph makes Qt show exactly the characters of the content.
TOOLTIP_WIDTH_PX = 480


def plain_tooltip(text: str) -> str:
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>"


def plain_label(text: str, parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setOpenExternalLinks(False)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


def resized(label: QLabel, step: int) -> QLabel:
    """`label` with its font `step` points larger (smaller when negative), through the
    font for the same reason as `make_bold`; handed back for use in an expression."""
    font = QFont(label.font())
    font.setPointSize(max(1, font.pointSize() + step))
    label.setFont(font)
    return label


def make_bold(widget: QWidget) -> None:
    """Bold through the font, not a style sheet: a style sheet would freeze the
    widget's colours and ignore a later switch between light and dark."""
    font = QFont(widget.font())
    font.setBold(True)
    widget.setFont(font)
