"""Jump from a search hit to where the app shows it: switch tab, select the row or card."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextEdit

from outsource_desktop.core.search import PAY_PREFIX, Hit
from outsource_desktop.gui.master_detail import MasterDetailView
from outsource_desktop.gui.records_tab import RecordsTab
from outsource_desktop.gui.table_models import ITEM_ROLE

if TYPE_CHECKING:
    from outsource_desktop.gui.main_window import MainWindow


def select_item(view: MasterDetailView, wanted: Callable[[Any], bool]) -> bool:
    """Select the first row whose item `wanted` accepts; False when none shows."""
    for row in range(view.proxy.rowCount()):
        if wanted(view.proxy.index(row, 0).data(ITEM_ROLE)):
            view.select_row(row)
            return True
    return False


def _show_all(tab: RecordsTab) -> None:
    # A filter left in the tab could hide the row the reader asked for.
    tab.model_choice.setCurrentIndex(0)
    tab.filter_box.clear()


def jump_to(window: MainWindow, hit: Hit) -> bool:
    """Show `hit` in its tab; True when the item itself was found and selected."""
    entry = hit.entry
    if entry.tab == "sources":
        window.show_sources()
        return True
    if entry.tab == "comparison":
        tab = window.comparison_tab
        window.tabs.setCurrentWidget(tab)
        return tab.jump_to_aspect(entry.item_id)
    if entry.tab == "glossary":
        window.tabs.setCurrentWidget(window.glossary_tab)
        return window.glossary_tab.show_term(entry.item_id)
    if entry.tab == "careers" and entry.item_id.startswith(PAY_PREFIX):
        window.tabs.setCurrentWidget(window.careers_tab)
        window.careers_tab.show_pay(True)
        return find_in(window.careers_tab.pay, hit)
    if entry.tab in ("services", "careers"):
        records: RecordsTab = window.services_tab if entry.tab == "services" else window.careers_tab
        if entry.tab == "careers":
            window.careers_tab.show_explorer(False)
        window.tabs.setCurrentWidget(records)
        _show_all(records)
        return select_item(
            records.master_detail, lambda item: getattr(item, "id", None) == entry.item_id
        )
    if entry.tab == "study":
        window.tabs.setCurrentWidget(window.study_tab)
        return window.study_tab.show_question(entry.item_id)
    window.tabs.setCurrentWidget(window.overview_tab)
    return find_in(window.overview_tab.view, hit)


def find_in(view: QTextEdit, hit: Hit) -> bool:
    """Select the hit's text in a document view, scrolled into view."""
    view.moveCursor(QTextCursor.MoveOperation.Start)
    return view.find(hit.snippet.strip("…")) or view.find(hit.entry.title)
