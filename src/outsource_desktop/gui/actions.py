"""Every menu action of the main window, built in one place.

Standard key sequences are used where the platform has one, so shortcuts feel
native on each desktop.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


@dataclass(frozen=True)
class Actions:
    open_content: QAction
    quit: QAction
    next_tab: QAction
    previous_tab: QAction
    about: QAction
    sources: QAction


def _action(
    window: QMainWindow, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | None = None
) -> QAction:
    action = QAction(text, window)
    if isinstance(shortcut, QKeySequence.StandardKey):
        action.setShortcuts(shortcut)
    elif shortcut is not None:
        action.setShortcut(shortcut)
    return action


def create_actions(window: QMainWindow) -> Actions:
    return Actions(
        open_content=_action(window, "&Open Content…", QKeySequence.StandardKey.Open),
        quit=_action(window, "&Quit", QKeySequence.StandardKey.Quit),
        next_tab=_action(window, "&Next Tab", QKeySequence.StandardKey.NextChild),
        previous_tab=_action(window, "&Previous Tab", QKeySequence.StandardKey.PreviousChild),
        about=_action(window, "&About Outsourcing Models"),
        sources=_action(window, "&Sources"),
    )


def build_menus(window: QMainWindow, actions: Actions) -> dict[str, QMenu]:
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addAction(actions.open_content)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    view_menu = bar.addMenu("&View")
    view_menu.addAction(actions.next_tab)
    view_menu.addAction(actions.previous_tab)
    help_menu = bar.addMenu("&Help")
    help_menu.addAction(actions.sources)
    help_menu.addAction(actions.about)
    return {"file": file_menu, "view": view_menu, "help": help_menu}
