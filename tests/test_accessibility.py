"""Every interactive widget and table speaks to assistive technology (via QAccessible)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)

from outsource_desktop.gui.main_window import MainWindow

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
)


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """Widgets a reader operates, leaving out the inner parts of Qt's composite widgets
    (a spin box's line edit, a combo box's list, scroll bars, tab scroll arrows),
    which assistive technology reaches through their owner."""
    widgets = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QScrollBar):
            continue
        if widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget.parent(), (QAbstractSpinBox, QComboBox, QTabBar, QLineEdit)):
            continue  # a spin box's editor, a line edit's clear button
        owner = widget.parent()
        if owner is not None and isinstance(owner.parent(), QComboBox):
            continue  # a combo box's drop-down list
        if isinstance(widget, QHeaderView):
            continue  # announced as the table's column headers (tested below)
        if isinstance(widget, QToolButton) and isinstance(widget.parent(), QTabWidget):
            continue
        widgets.append(widget)
    return widgets


def speaks(widget: QWidget) -> tuple[str, str]:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name), interface.text(QAccessible.Text.Description)


def test_every_interactive_widget_has_a_name_and_description(window: MainWindow) -> None:
    missing = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
    window.careers_tab.show_explorer(True)
    for widget in interactive_widgets(window):
        name, description = speaks(widget)
        if not name.strip() or not description.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} name={name!r}")
    assert not missing, "\n".join(missing)


def test_comparison_table_exposes_its_headers(window: MainWindow) -> None:
    table = QAccessible.queryAccessibleInterface(window.comparison_tab.table)
    assert table.role() == QAccessible.Role.Table
    children = [table.child(index) for index in range(table.childCount())]
    headers = [
        c.text(QAccessible.Text.Name) for c in children if c.role() == QAccessible.Role.ColumnHeader
    ]
    assert headers == ["Basis of comparison", "BPO", "KPO", "LPO"]
    cells = [c.text(QAccessible.Text.Name) for c in children if c.role() == QAccessible.Role.Cell]
    assert "▾ What it is" in cells
    assert any(text.startswith("≠ ") for text in cells)
