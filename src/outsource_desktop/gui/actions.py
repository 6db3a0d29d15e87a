"""Every menu action of the main window, built in one place, in the language in use.

Standard key sequences are used where the platform has one, so shortcuts feel
native on each desktop. The window builds them again when the language changes.
Other keys are given as `QKeySequence.fromString` in a list to `setShortcuts`:
`QKeySequence("Ctrl+K")` and `QAction.setShortcut` have overloads taking a
`Qt.Key`, and resolving them makes PySide6 build every enum of Qt's `Qt`
namespace, ~14 ms before the first frame (issue #16).
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from outsource_desktop.i18n import NATIVE_NAMES, translate

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None
FALLBACK_KEYS = {QKeySequence.StandardKey.Quit: "Ctrl+Q"}


class Actions(NamedTuple):
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
    languages: dict[str, QAction]


def _action(window: QMainWindow, text: str, shortcut: Shortcut = None, tip: str = "") -> QAction:
    # Not QAction(text, window): a str could also make the QIcon of another overload,
    # and weighing it makes PySide6 build QIcon's enums, ~1 ms before the first frame.
    action = QAction(window)
    action.setText(text)
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
        open_content=_action(
            window,
            translate("Menus", "&Open Content…"),
            keys.Open,
            translate("Menus", "Open a content file"),
        ),
        print=_action(
            window,
            translate("Menus", "&Print…"),
            keys.Print,
            translate("Menus", "Print the current view"),
        ),
        print_preview=_action(
            window,
            translate("Menus", "Print Pre&view…"),
            "Ctrl+Shift+P",
            translate("Menus", "See the printed pages of the current view"),
        ),
        export_pdf=_action(
            window,
            translate("Menus", "Export as &PDF…"),
            keys.Save,
            translate("Menus", "Save the current view as a PDF document"),
        ),
        export_csv=_action(
            window,
            translate("Menus", "Export as &CSV…"),
            tip=translate("Menus", "Save the current table for a spreadsheet"),
        ),
        export_markdown=_action(
            window,
            translate("Menus", "Export as &Markdown…"),
            tip=translate("Menus", "Save the current view as Markdown"),
        ),
        export_html=_action(
            window,
            translate("Menus", "Export as &HTML…"),
            tip=translate("Menus", "Save the current view as a web page"),
        ),
        export_exam=_action(
            window,
            translate("Menus", "&Exam Answer (PDF)…"),
            tip=translate(
                "Menus",
                "'Distinguish between BPO and KPO' as one printed page (the first two models "
                "compared)",
            ),
        ),
        export_answer_key=_action(
            window,
            translate("Menus", "Answer &Key as PDF…"),
            tip=translate("Menus", "Save the answers to the current quiz as a PDF"),
        ),
        export_exam_sheet=_action(
            window,
            translate("Menus", "E&xam Practice Sheet as PDF…"),
            tip=translate("Menus", "Save exam questions and their model answers as a PDF"),
        ),
        export_anki=_action(
            window,
            translate("Menus", "&Anki Deck (.apkg)…"),
            tip=translate("Menus", "Save the flashcards as a deck to study in Anki"),
        ),
        quit=_action(window, translate("Menus", "&Quit"), keys.Quit),
        copy=_action(
            window,
            translate("Menus", "&Copy Rows"),
            keys.Copy,
            translate("Menus", "Copy the selected rows as tab-separated text"),
        ),
        find=_action(
            window,
            translate("Menus", "&Find…"),
            keys.Find,
            translate("Menus", "Filter the current table"),
        ),
        next_tab=_action(window, translate("Menus", "&Next Tab"), keys.NextChild),
        previous_tab=_action(window, translate("Menus", "&Previous Tab"), keys.PreviousChild),
        about=_action(window, translate("Menus", "&About Outsourcing Models")),
        sources=_action(
            window,
            translate("Menus", "&Sources"),
            tip=translate("Menus", "The pages this reference is drawn from"),
        ),
        # No platform standard key means "search everything"; Ctrl+K is the common choice.
        search_everywhere=_action(
            window,
            translate("Menus", "Search &Everywhere…"),
            "Ctrl+K",
            translate("Menus", "Find any text in the content and jump to it"),
        ),
        zoom_in=_action(
            window,
            translate("Menus", "Zoom &In"),
            keys.ZoomIn,
            translate("Menus", "Make the text larger"),
        ),
        zoom_out=_action(
            window,
            translate("Menus", "Zoom &Out"),
            keys.ZoomOut,
            translate("Menus", "Make the text smaller"),
        ),
        zoom_reset=_action(
            window,
            translate("Menus", "&Actual Size"),
            "Ctrl+0",
            translate("Menus", "Reset the text size"),
        ),
        shortcuts=_action(
            window,
            translate("Menus", "&Keyboard Shortcuts"),
            keys.HelpContents,
            translate("Menus", "List every keyboard shortcut"),
        ),
        themes=_choices(
            window,
            {
                "system": translate("Menus", "Follow the &System"),
                "light": translate("Menus", "&Light"),
                "dark": translate("Menus", "&Dark"),
            },
        ),
        # Each language named in itself, so a reader finds theirs whatever is shown now.
        languages=_choices(
            window,
            {
                "system": translate("Menus", "Follow the S&ystem"),
                "en": f"&{NATIVE_NAMES['en']}",
                "hi": f"{NATIVE_NAMES['hi']} (&H)",
            },
        ),
        papers=_choices(
            window,
            {
                "auto": translate("Menus", "&Automatic (from the locale)"),
                "a4": translate("Menus", "A&4"),
                "letter": translate("Menus", "&Letter"),
            },
        ),
    )


def build_menus(window: QMainWindow, actions: Actions) -> dict[str, QMenu]:
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("Menus", "&File"))
    file_menu.addAction(actions.open_content)
    file_menu.addAction(actions.print)
    file_menu.addAction(actions.print_preview)
    export_menu = file_menu.addMenu(translate("Menus", "&Export"))
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
    paper_menu = file_menu.addMenu(translate("Menus", "Paper &Size"))
    for action in actions.papers.values():
        paper_menu.addAction(action)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    edit_menu = bar.addMenu(translate("Menus", "&Edit"))
    edit_menu.addAction(actions.copy)
    edit_menu.addAction(actions.find)
    view_menu = bar.addMenu(translate("Menus", "&View"))
    view_menu.addAction(actions.next_tab)
    view_menu.addAction(actions.previous_tab)
    view_menu.addSeparator()
    view_menu.addAction(actions.zoom_in)
    view_menu.addAction(actions.zoom_out)
    view_menu.addAction(actions.zoom_reset)
    theme_menu = view_menu.addMenu(translate("Menus", "&Theme"))
    for action in actions.themes.values():
        theme_menu.addAction(action)
    language_menu = view_menu.addMenu(translate("Menus", "&Language"))
    for action in actions.languages.values():
        language_menu.addAction(action)
    view_menu.addSeparator()
    view_menu.addAction(actions.search_everywhere)
    help_menu = bar.addMenu(translate("Menus", "&Help"))
    help_menu.addAction(actions.shortcuts)
    help_menu.addAction(actions.sources)
    help_menu.addAction(actions.about)
    return {
        "file": file_menu,
        "export": export_menu,
        "edit": edit_menu,
        "view": view_menu,
        "language": language_menu,
        "help": help_menu,
    }
