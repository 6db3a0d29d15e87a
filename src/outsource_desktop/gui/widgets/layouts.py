"""Layout helpers the tabs share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget


def fill_with_split(
    owner: QWidget,
    parts: list[tuple[QWidget, int]],
    orientation: Qt.Orientation = Qt.Orientation.Horizontal,
) -> QSplitter:
    """Fill `owner` edge to edge with a splitter of `parts` (widget, stretch).

    Parts cannot be collapsed to nothing, so no pane can be lost by a drag.
    """
    splitter = QSplitter(orientation)
    for index, (widget, stretch) in enumerate(parts):
        splitter.addWidget(widget)
        splitter.setStretchFactor(index, stretch)
    splitter.setChildrenCollapsible(False)
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(splitter)
    return splitter
