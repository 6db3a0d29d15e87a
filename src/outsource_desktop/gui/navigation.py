"""Jump from a search hit to where the app shows it: switch tab, select the row or card."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QTextCursor

from outsource_desktop.gui.models.table_models import ITEM_ROLE
from outsource_desktop.gui.tabs.records import RecordsTab
from outsource_desktop.gui.widgets.master_detail import MasterDetailView
from outsource_desktop.reference.queries import ComparisonRow
from outsource_desktop.reference.search import Hit

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
        tab.filter_box.clear()
        return select_item(
            tab.master_detail,
            lambda item: isinstance(item, ComparisonRow) and item.aspect.id == entry.item_id,
        )
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
    view = window.overview_tab.view
    view.moveCursor(QTextCursor.MoveOperation.Start)
    return view.find(hit.snippet.strip("…")) or view.find(entry.title)
