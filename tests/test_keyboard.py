"""Everything reachable from the keyboard, with the platform's standard shortcuts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from outsource_desktop.gui.actions import FALLBACK_KEYS
from outsource_desktop.gui.main_window import MainWindow

StandardKey = QKeySequence.StandardKey


@pytest.fixture
def window(window: MainWindow, qtbot: QtBot) -> MainWindow:
    """The shared window, made active so key presses reach it."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.mark.parametrize(
    ("action_name", "standard"),
    [
        ("print", StandardKey.Print),
        ("export_pdf", StandardKey.Save),
        ("find", StandardKey.Find),
        ("quit", StandardKey.Quit),
        ("zoom_in", StandardKey.ZoomIn),
        ("zoom_out", StandardKey.ZoomOut),
        ("shortcuts", StandardKey.HelpContents),
        ("copy", StandardKey.Copy),
        ("open_content", StandardKey.Open),
    ],
)
def test_standard_shortcuts(window: MainWindow, action_name: str, standard: StandardKey) -> None:
    action = getattr(window.menu_actions, action_name)
    platform_keys = QKeySequence.keyBindings(standard)
    if platform_keys:
        assert action.shortcuts() == platform_keys
    else:  # the platform defines none: the common key stands in
        assert action.shortcuts() == [QKeySequence(FALLBACK_KEYS[standard])]


def test_every_menu_entry_has_a_mnemonic_or_a_shortcut(window: MainWindow) -> None:
    for menu_action in window.menuBar().actions():
        assert "&" in menu_action.text(), menu_action.text()
        menu = menu_action.menu()
        assert menu is not None
        for action in menu.actions():
            if action.isSeparator():
                continue
            assert "&" in action.text() or action.shortcuts(), action.text()
            if action.menu() is not None:
                for inner in action.menu().actions():
                    assert inner.isSeparator() or "&" in inner.text(), inner.text()


def test_zoom_keys_scale_the_content(window: MainWindow, qtbot: QtBot) -> None:
    size = window.overview_tab.view.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.overview_tab.view.font().pointSizeF() == size + 1
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.overview_tab.view.font().pointSizeF() == size


def focus_chain(start: QWidget, steps: int) -> list[QWidget]:
    start.setFocus()
    visited = [start]
    for _ in range(steps):
        focused = QApplication.focusWidget()
        assert focused is not None
        focused.focusNextChild()
        visited.append(QApplication.focusWidget())  # type: ignore[arg-type]
    return visited


def test_tab_moves_through_the_comparison_in_reading_order(window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.comparison_tab)
    tab = window.comparison_tab
    expected = [
        *tab.model_boxes,
        tab.differences_only,
        tab.show_details,
        tab.section_jump,
        tab.collapse_all,
        tab.expand_all,
        tab.filter_box,
        tab.table,
    ]
    assert focus_chain(tab.model_boxes[0], len(expected) - 1) == expected


def test_label_mnemonics_reach_their_fields(window: MainWindow, qtbot: QtBot) -> None:
    window.tabs.setCurrentWidget(window.services_tab)
    window.services_tab.master_detail.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # F&ilter:
    assert window.services_tab.filter_box.hasFocus()


def test_f1_lists_the_shortcuts(window: MainWindow) -> None:
    window.menu_actions.shortcuts.trigger()
    boxes = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert len(boxes) == 1
    text = boxes[0].text()
    assert "Ctrl+P" in text
    assert "Print" in text
    assert "Ctrl+K" in text
    boxes[0].close()
