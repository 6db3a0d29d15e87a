"""Every menu action of the main window, built in one place.

Standard key sequences are used where the platform has one, so shortcuts feel
native on each desktop. Other keys are given as `QKeySequence.fromString` in a
list to `setShortcuts`: `QKeySequence("Ctrl+K")` and `QAction.setShortcut`
have overloads taking a `Qt.Key`, and resolving them makes PySide6 build every
enum of Qt's `Qt` namespace, ~14 ms before the first frame (issue #16).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None
FALLBACK_KEYS = {QKeySequence.StandardKey.Quit: "Ctrl+Q"}


@dataclass(frozen=True)
class Actions:
    open_content: QAction
    print: QAction
    print_preview: QAction
    export_pdf: QAction
    export_csv: QAction
    export_markdown: QAction
    export_html: QAction
    export_exam: QAction
    export_answer_key: QAction
    export_exam_sheet: QAction
    export_anki: QAction
    quit: QAction
    copy: QAction
    find: QAction
    next_tab: QAction
    previous_tab: QAction
    about: QAction
    sources: QAction
    search_everywhere: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    shortcuts: QAction
    themes: dict[str, QAction]
    papers: dict[str, QAction]


def _action(window: QMainWindow, text: str, shortcut: Shortcut = None, tip: str = "") -> QAction:
    action = QAction(text, window)
    if isinstance(shortcut, QKeySequence.StandardKey):
        action.setShortcuts(shortcut)
        # Some platforms (plain X11 without a desktop theme) define no key for
        # a few standard actions; the common one keeps them on the keyboard.
        if not action.shortcuts() and shortcut in FALLBACK_KEYS:
            action.setShortcuts([QKeySequence.fromString(FALLBACK_KEYS[shortcut])])
    elif isinstance(shortcut, QKeySequence):
        action.setShortcuts([shortcut])
    elif shortcut is not None:
        action.setShortcuts([QKeySequence.fromString(shortcut)])
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    return action


def _choices(window: QMainWindow, labels: dict[str, str]) -> dict[str, QAction]:
    """Checkable actions of which exactly one is on (a radio group in a menu)."""
    group = QActionGroup(window)
    group.setExclusive(True)
    actions = {}
    for key, label in labels.items():
        action = _action(window, label)
        action.setCheckable(True)
        action.setData(key)
        group.addAction(action)
        actions[key] = action
    return actions


def create_actions(window: QMainWindow) -> Actions:
    keys = QKeySequence.StandardKey
    return Actions(
        open_content=_action(window, "&Open Content…", keys.Open, "Open a content file"),
        print=_action(window, "&Print…", keys.Print, "Print the current view"),
        print_preview=_action(
            window, "Print Pre&view…", "Ctrl+Shift+P", "See the printed pages of the current view"
        ),
        export_pdf=_action(
            window, "Export as &PDF…", keys.Save, "Save the current view as a PDF document"
        ),
        export_csv=_action(
            window, "Export as &CSV…", tip="Save the current table for a spreadsheet"
        ),
        export_markdown=_action(
            window, "Export as &Markdown…", tip="Save the current view as Markdown"
        ),
        export_html=_action(window, "Export as &HTML…", tip="Save the current view as a web page"),
        export_exam=_action(
            window,
            "&Exam Answer (PDF)…",
            tip="'Distinguish between BPO and KPO' as one printed page (the first two models "
            "compared)",
        ),
        export_answer_key=_action(
            window, "Answer &Key as PDF…", tip="Save the answers to the current quiz as a PDF"
        ),
        export_exam_sheet=_action(
            window,
            "E&xam Practice Sheet as PDF…",
            tip="Save exam questions and their model answers as a PDF",
        ),
        export_anki=_action(
            window, "&Anki Deck (.apkg)…", tip="Save the flashcards as a deck to study in Anki"
        ),
        quit=_action(window, "&Quit", keys.Quit),
        copy=_action(
            window, "&Copy Rows", keys.Copy, "Copy the selected rows as tab-separated text"
        ),
        find=_action(window, "&Find…", keys.Find, "Filter the current table"),
        next_tab=_action(window, "&Next Tab", keys.NextChild),
        previous_tab=_action(window, "&Previous Tab", keys.PreviousChild),
        about=_action(window, "&About Outsourcing Models"),
        sources=_action(window, "&Sources", tip="The pages this reference is drawn from"),
        # No platform standard key means "search everything"; Ctrl+K is the common choice.
        search_everywhere=_action(
            window, "Search &Everywhere…", "Ctrl+K", "Find any text in the content and jump to it"
        ),
        zoom_in=_action(window, "Zoom &In", keys.ZoomIn, "Make the text larger"),
        zoom_out=_action(window, "Zoom &Out", keys.ZoomOut, "Make the text smaller"),
        zoom_reset=_action(window, "&Actual Size", "Ctrl+0", "Reset the text size"),
        shortcuts=_action(
            window, "&Keyboard Shortcuts", keys.HelpContents, "List every keyboard shortcut"
        ),
        themes=_choices(
            window, {"system": "Follow the &System", "light": "&Light", "dark": "&Dark"}
        ),
        papers=_choices(
            window, {"auto": "&Automatic (from the locale)", "a4": "A&4", "letter": "&Letter"}
        ),
    )


def build_menus(window: QMainWindow, actions: Actions) -> dict[str, QMenu]:
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addAction(actions.open_content)
    file_menu.addAction(actions.print)
    file_menu.addAction(actions.print_preview)
    export_menu = file_menu.addMenu("&Export")
    for action in (
        actions.export_pdf,
        actions.export_csv,
        actions.export_markdown,
        actions.export_html,
    ):
        export_menu.addAction(action)
    export_menu.addSeparator()
    export_menu.addAction(actions.export_exam)
    for action in (actions.export_answer_key, actions.export_exam_sheet, actions.export_anki):
        export_menu.addAction(action)
    paper_menu = file_menu.addMenu("Paper &Size")
    for action in actions.papers.values():
        paper_menu.addAction(action)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    edit_menu = bar.addMenu("&Edit")
    edit_menu.addAction(actions.copy)
    edit_menu.addAction(actions.find)
    view_menu = bar.addMenu("&View")
    view_menu.addAction(actions.next_tab)
    view_menu.addAction(actions.previous_tab)
    view_menu.addSeparator()
    view_menu.addAction(actions.zoom_in)
    view_menu.addAction(actions.zoom_out)
    view_menu.addAction(actions.zoom_reset)
    theme_menu = view_menu.addMenu("&Theme")
    for action in actions.themes.values():
        theme_menu.addAction(action)
    view_menu.addSeparator()
    view_menu.addAction(actions.search_everywhere)
    help_menu = bar.addMenu("&Help")
    help_menu.addAction(actions.shortcuts)
    help_menu.addAction(actions.sources)
    help_menu.addAction(actions.about)
    return {
        "file": file_menu,
        "export": export_menu,
        "edit": edit_menu,
        "view": view_menu,
        "help": help_menu,
    }
