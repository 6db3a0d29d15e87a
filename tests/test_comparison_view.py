"""The Comparison tab's options, as a reader uses them."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from outsource_desktop.content.loader import load_catalog
from outsource_desktop.gui.main_window import MainWindow
from outsource_desktop.gui.models.table_models import DIFFERS_ROLE, ITEM_ROLE, SectionHeading
from outsource_desktop.gui.tabs.comparison import NO_MODEL
from outsource_desktop.reference.queries import ComparisonRow


@pytest.fixture
def window(show_window: Any, small_data: dict[str, Any], write_json: Any) -> MainWindow:
    window: MainWindow = show_window(load_catalog(write_json(small_data)))
    window.tabs.setCurrentWidget(window.comparison_tab)
    return window


def shown_aspects(window: MainWindow) -> list[str]:
    proxy = window.comparison_tab.proxy
    items = [proxy.index(row, 0).data(ITEM_ROLE) for row in range(proxy.rowCount())]
    return [item.aspect.id for item in items if isinstance(item, ComparisonRow)]


def headers(window: MainWindow) -> list[str]:
    proxy = window.comparison_tab.proxy
    return [proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(proxy.columnCount())]


def choose(window: MainWindow, position: int, model_id: str) -> None:
    box = window.comparison_tab.model_boxes[position]
    box.setCurrentIndex(box.findData(model_id))


def test_two_models_in_the_order_chosen(window: MainWindow) -> None:
    choose(window, 2, NO_MODEL)
    choose(window, 0, "kpo")  # KPO was second: the two swap places
    assert headers(window) == ["Basis of comparison", "KPO", "BPO"]
    assert window.comparison_tab.chosen_models() == ("kpo", "bpo")


def test_choosing_a_model_twice_swaps_instead_of_repeating(window: MainWindow) -> None:
    choose(window, 2, "bpo")
    assert window.comparison_tab.chosen_models() == ("lpo", "kpo", "bpo")


def test_lpo_without_a_cell_shows_same_as_kpo_not_a_copy(window: MainWindow) -> None:
    proxy = window.comparison_tab.proxy
    row = shown_aspects(window).index("investment")
    # +section headings before it: find its view row through the item role
    view_row = next(
        r
        for r in range(proxy.rowCount())
        if isinstance(proxy.index(r, 0).data(ITEM_ROLE), ComparisonRow)
        and proxy.index(r, 0).data(ITEM_ROLE).aspect.id == "investment"
    )
    assert row >= 0
    assert proxy.index(view_row, 3).data() == "Same as KPO"
    # The value itself is a hover away.
    kpo_value = proxy.index(view_row, 2).data(ITEM_ROLE).cell_for("kpo").claim.value
    assert kpo_value in proxy.index(view_row, 3).data(Qt.ItemDataRole.ToolTipRole)


def test_only_differences_hides_rows_where_models_agree(window: MainWindow) -> None:
    assert "period" in shown_aspects(window)
    window.comparison_tab.differences_only.setChecked(True)
    assert "period" not in shown_aspects(window)
    assert "investment" in shown_aspects(window)


def test_differing_cells_have_colour_and_a_mark(window: MainWindow) -> None:
    proxy = window.comparison_tab.proxy
    for row in range(proxy.rowCount()):
        item = proxy.index(row, 0).data(ITEM_ROLE)
        if isinstance(item, ComparisonRow) and item.aspect.id == "investment":
            bpo = proxy.index(row, 1)
            assert bpo.data(DIFFERS_ROLE) is True
            assert bpo.data(Qt.ItemDataRole.BackgroundRole) is not None
            assert bpo.data().startswith("≠ ")
        if isinstance(item, ComparisonRow) and item.aspect.id == "period":
            assert proxy.index(row, 1).data(DIFFERS_ROLE) is False
            assert not proxy.index(row, 1).data().startswith("≠")


def test_filter_is_live_and_ctrl_f_focuses_it(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.comparison_tab.filter_box.hasFocus()
    qtbot.keyClicks(window.comparison_tab.filter_box, "long")
    assert shown_aspects(window) == ["period"]
    window.comparison_tab.filter_box.clear()
    assert len(shown_aspects(window)) == 4


def test_sorting_keeps_rows_inside_their_sections(window: MainWindow) -> None:
    table = window.comparison_tab.table
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert shown_aspects(window) == ["work", "hr", "period", "investment"]
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert shown_aspects(window) == ["hr", "work", "investment", "period"]
    proxy = window.comparison_tab.proxy
    assert isinstance(proxy.index(0, 0).data(ITEM_ROLE), SectionHeading)


def test_sections_collapse_and_jump(window: MainWindow, qtbot: QtBot) -> None:
    tab = window.comparison_tab
    heading = tab.proxy.index(0, 0)
    assert heading.data().startswith("▾")
    tab._toggle_section_at(heading)
    assert shown_aspects(window) == ["investment", "period"]
    assert tab.proxy.index(0, 0).data().startswith("▸")
    tab.collapse_all.click()
    assert shown_aspects(window) == []
    tab.jump_to_section("money")
    assert shown_aspects(window) == ["investment", "period"]
    tab.expand_all.click()
    assert len(shown_aspects(window)) == 4


def test_ctrl_c_copies_selected_rows_as_tab_separated_text(window: MainWindow) -> None:
    tab = window.comparison_tab
    choose(window, 2, NO_MODEL)
    tab.master_detail.select_row(1)
    window.menu_actions.copy.trigger()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0] == "Basis of comparison\tBPO\tKPO"
    assert lines[1].split("\t")[0] == "Work"
    assert len(lines[1].split("\t")) == 3


def test_header_stays_visible_while_scrolling(window: MainWindow) -> None:
    table = window.comparison_tab.table
    table.verticalScrollBar().setValue(table.verticalScrollBar().maximum())
    assert table.horizontalHeader().isVisible()
    assert table.horizontalHeader().geometry().top() < table.viewport().geometry().top()
