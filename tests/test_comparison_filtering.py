"""The Comparison tab's filter as a reader types in it: rows, headings, order, selection."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from outsource_desktop.content.models import Catalog
from outsource_desktop.gui.models.table_models import ITEM_ROLE, SectionHeading
from outsource_desktop.gui.tabs.comparison import ComparisonTab
from outsource_desktop.reference.queries import ComparisonRow, select_comparison_rows


def shown_tab(qtbot: QtBot, catalog: Catalog) -> ComparisonTab:
    tab = ComparisonTab(catalog)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def view_entries(tab: ComparisonTab) -> list[object]:
    return [tab.proxy.index(row, 0).data(ITEM_ROLE) for row in range(tab.proxy.rowCount())]


def assert_headings_lead_their_rows(tab: ComparisonTab) -> None:
    """Each row sits under its own section's heading, and each heading spans the table."""
    heading: SectionHeading | None = None
    for row, entry in enumerate(view_entries(tab)):
        if isinstance(entry, SectionHeading):
            heading = entry
            assert tab.table.columnSpan(row, 0) == tab.proxy.columnCount()
        else:
            assert isinstance(entry, ComparisonRow)
            assert heading is not None
            assert heading.section == entry.section
            assert tab.table.columnSpan(row, 0) == 1


def fitted_height(tab: ComparisonTab, row: int) -> int:
    """The height QTableView.resizeRowToContents gives a row: its text's, at least a header's."""
    table = tab.table
    return max(table.sizeHintForRow(row), table.verticalHeader().sectionSizeHint(row))


def test_typing_narrows_the_rows_and_erasing_brings_all_back(
    qtbot: QtBot, catalog: Catalog
) -> None:
    tab = shown_tab(qtbot, catalog)
    everything = tab.proxy.visible_rows()
    word = "knowledge"
    for count in range(1, len(word) + 1):
        qtbot.keyClicks(tab.filter_box, word[count - 1])
        # What the table shows is what an export of it contains.
        assert tab.proxy.visible_rows() == select_comparison_rows(catalog, tab.options())
        assert_headings_lead_their_rows(tab)
    narrowed = tab.proxy.visible_rows()
    assert 0 < len(narrowed) < len(everything)
    assert all(word in row.searchable_text for row in narrowed)
    for _ in word:
        qtbot.keyClick(tab.filter_box, Qt.Key.Key_Backspace)
    assert tab.proxy.visible_rows() == everything
    assert_headings_lead_their_rows(tab)


def test_filtering_combines_with_differences_and_collapsed_sections(
    qtbot: QtBot, catalog: Catalog
) -> None:
    tab = shown_tab(qtbot, catalog)
    tab.differences_only.setChecked(True)
    tab.set_collapsed({catalog.sections[0].id})
    tab.filter_box.setText("cost")
    assert tab.proxy.visible_rows() == select_comparison_rows(catalog, tab.options())
    # The collapsed section keeps its heading so that it can be opened again.
    assert view_entries(tab)[0] == tab.source_model.entry(0)
    assert_headings_lead_their_rows(tab)


def test_sorted_order_within_sections_holds_while_typing(qtbot: QtBot, catalog: Catalog) -> None:
    tab = shown_tab(qtbot, catalog)
    tab.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)

    def labels_sorted_in_each_section() -> bool:
        rows = tab.proxy.visible_rows()
        for section in catalog.sections:
            labels = [row.aspect.label.casefold() for row in rows if row.section == section]
            if labels != sorted(labels, reverse=True):
                return False
        return True

    qtbot.keyClicks(tab.filter_box, "the")
    assert labels_sorted_in_each_section()
    assert_headings_lead_their_rows(tab)
    tab.filter_box.clear()
    assert labels_sorted_in_each_section()
    assert len(tab.proxy.visible_rows()) == len(catalog.aspects)


def test_the_selected_row_stays_selected_while_it_still_shows(
    qtbot: QtBot, catalog: Catalog
) -> None:
    tab = shown_tab(qtbot, catalog)
    row = next(r for r, entry in enumerate(view_entries(tab)) if isinstance(entry, ComparisonRow))
    tab.master_detail.select_row(row + 3)
    (chosen,) = tab.master_detail.selected_items()
    assert isinstance(chosen, ComparisonRow)
    tab.filter_box.setText(chosen.aspect.label.split()[0])
    assert tab.master_detail.selected_items() == [chosen]
    assert chosen.aspect.label in tab.master_detail.detail.toPlainText()
    tab.filter_box.setText("no row says this")
    assert tab.proxy.rowCount() == 0
    assert tab.master_detail.selected_items() == []


def test_rows_refit_when_the_table_font_grows(qtbot: QtBot, catalog: Catalog) -> None:
    """Zooming changes how tall wrapped text is: heights fitted before do not stick."""
    tab = shown_tab(qtbot, catalog)
    row = 1  # the first aspect, under the first heading
    tab.filter_box.setText("a")  # fitted heights are remembered as rows come and go
    tab.filter_box.clear()
    qtbot.waitUntil(lambda: tab.table.rowHeight(row) == fitted_height(tab, row))
    before = tab.table.rowHeight(row)
    font = tab.table.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    tab.table.setFont(font)
    qtbot.waitUntil(lambda: tab.table.rowHeight(row) > before)
    tab.filter_box.setText("a")
    QApplication.processEvents()
    assert tab.table.rowHeight(row) == fitted_height(tab, row)


def test_rows_in_view_have_their_own_heights_as_soon_as_the_filter_changes(
    qtbot: QtBot, catalog: Catalog
) -> None:
    """The first paint after a keystroke shows rows at their fitted heights."""
    tab = shown_tab(qtbot, catalog)
    tab.filter_box.setText("cost")  # no events processed before looking
    first = max(tab.table.rowAt(0), 0)
    last = tab.table.rowAt(tab.table.viewport().height() - 1)
    last = tab.proxy.rowCount() - 1 if last < 0 else last
    assert last >= first
    for row in range(first, last + 1):
        assert tab.table.rowHeight(row) == fitted_height(tab, row)


def test_the_detail_pane_empties_when_the_filter_hides_the_selected_row(
    qtbot: QtBot, catalog: Catalog
) -> None:
    tab = shown_tab(qtbot, catalog)
    row = next(i for i, entry in enumerate(view_entries(tab)) if isinstance(entry, ComparisonRow))
    tab.master_detail.select_row(row)
    assert tab.master_detail.detail.toPlainText()
    tab.filter_box.setText("zzzzqqq")
    assert tab.proxy.rowCount() == 0
    assert tab.master_detail.detail.toPlainText() == ""
