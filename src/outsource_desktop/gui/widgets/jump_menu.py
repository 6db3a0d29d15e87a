"""A button whose menu takes the reader to one place of a long page: the Overview's
parts, the comparison's sections."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget


class JumpMenu(QToolButton):
    """Shows `prompt`; its menu names each place, and choosing one emits `chosen` with
    that place's key. A button's menu, not a combo box: the first item put in a combo
    box sets up Qt's item views (~1.2 MiB and ~1 ms of the window's start, which shows
    the Overview's), for a list that only jumps."""

    chosen = Signal(str)

    def __init__(
        self, prompt: str, places: Sequence[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setText(prompt)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        for name, key in places:
            # QAction(parent) and setText: the (text, parent) overload sets up QIcon's
            # Python class and enums (gui/actions.py). Content names are plain text:
            # an "&" in one is shown, not taken for a shortcut.
            action = QAction(menu)
            action.setText(name.replace("&", "&&"))
            action.triggered.connect(lambda _checked=False, place=key: self.chosen.emit(place))
            menu.addAction(action)
        self.setMenu(menu)

    def place_actions(self) -> list[QAction]:
        """The menu's entries, one per place, in order."""
        menu = self.menu()
        return [] if menu is None else menu.actions()
