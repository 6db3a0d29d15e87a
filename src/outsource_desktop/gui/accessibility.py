"""Names and descriptions that screen readers announce for the app's widgets."""

from __future__ import annotations

import itertools
from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def describe(widget: W, name: str, description: str) -> W:
    """Give `widget` an accessible name and description; the description is also its tooltip,
    so sighted readers get the same hint."""
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    if not widget.toolTip():
        widget.setToolTip(description)
    return widget


def chain_focus(*widgets: QWidget) -> None:
    """Make Tab visit `widgets` in reading order, whatever order they were built in."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)
