"""Comparison cells at a glance: short values, "Same as KPO", explanations on request."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from outsource_desktop.cli import main
from outsource_desktop.content.loader import load_catalog
from outsource_desktop.content.models import Catalog
from outsource_desktop.gui.main_window import MainWindow
from outsource_desktop.gui.models.table_models import ITEM_ROLE
from outsource_desktop.reference.queries import (
    ComparisonOptions,
    ComparisonRow,
    select_comparison_rows,
)


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


def test_only_differences_compares_the_short_values(
    small_data: dict[str, Any], write_json: Any
) -> None:
    # "Long term" for every model, each explained in other words: the same value.
    catalog = load_catalog(write_json(small_data))
    options = ComparisonOptions(("bpo", "kpo", "lpo"), differences_only=True)
    shown = [row.aspect.id for row in select_comparison_rows(catalog, options)]
    assert "period" not in shown
    assert "investment" in shown


def test_only_differences_hides_rows_bpo_and_kpo_share(catalog: Catalog) -> None:
    every = select_comparison_rows(catalog, ComparisonOptions(("bpo", "kpo")))
    differing = select_comparison_rows(
        catalog, ComparisonOptions(("bpo", "kpo"), differences_only=True)
    )
    assert 0 < len(differing) < len(every)
    kept = {row.aspect.id for row in differing}
    for row in every:
        if row.aspect.id in kept:
            continue
        values = {cell.claim.value for cell in row.cells if cell.claim}
        assert len(values) == 1, row.aspect.id


def test_exports_show_short_values_and_details_add_explanations(
    catalog: Catalog, tmp_path: Path
) -> None:
    short, detailed = tmp_path / "short.csv", tmp_path / "detailed.csv"
    assert main(["export", "--models", "bpo,kpo,lpo", "--output", str(short)]) == 0
    assert main(["export", "--details", "--output", str(detailed)]) == 0
    investment = next(aspect for aspect in catalog.aspects if aspect.id == "investment")
    bpo = investment.claims["bpo"]
    short_row = next(row for row in read_csv(short) if row[1] == investment.label)
    detailed_row = next(row for row in read_csv(detailed) if row[1] == investment.label)
    assert short_row[2].startswith(f"≠ {bpo.value} [")
    assert bpo.text not in short_row[2]
    assert bpo.text in detailed_row[2]
    assert short_row[4] == "Same as KPO"  # LPO: the relation, not copied text
    assert detailed_row[4] == "Same as KPO"


def test_markdown_and_html_exports_follow_the_details_choice(
    catalog: Catalog, tmp_path: Path
) -> None:
    # Four plain words of an explanation: the same in Markdown and HTML, unescaped.
    explanation = catalog.aspects[0].claims["bpo"].text
    found = re.search(r"[A-Za-z]+(?: [A-Za-z]+){3}", explanation)
    assert found is not None
    phrase = found.group()
    for export_format in ("md", "html"):
        plain, detailed = tmp_path / f"plain.{export_format}", tmp_path / f"full.{export_format}"
        assert main(["export", "--output", str(plain)]) == 0
        assert main(["export", "--details", "--output", str(detailed)]) == 0
        assert phrase not in plain.read_text(encoding="utf-8")
        text = detailed.read_text(encoding="utf-8")
        assert "with explanations" in text
        assert phrase in text, export_format


def test_show_details_puts_explanations_in_the_table_and_its_export(
    window: MainWindow, tmp_path: Path
) -> None:
    tab = window.comparison_tab
    window.tabs.setCurrentWidget(tab)
    row = next(
        r
        for r in range(tab.proxy.rowCount())
        if isinstance(item := tab.proxy.index(r, 0).data(ITEM_ROLE), ComparisonRow)
        and item.aspect.id == "key-difference"
    )
    comparison_row = tab.proxy.index(row, 0).data(ITEM_ROLE)
    claim = comparison_row.cells[0].claim
    before = tab.proxy.index(row, 1).data()
    assert claim.text not in before
    assert claim.text in tab.proxy.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    short_height = tab.table.rowHeight(row)
    tab.show_details.setChecked(True)
    after = tab.proxy.index(row, 1).data()
    assert after.startswith(before)
    assert claim.text in after
    assert tab.table.rowHeight(row) > short_height  # the row grew to show it
    path = tmp_path / "shown.csv"
    assert window.export_current(path, "csv")
    exported = next(r for r in read_csv(path) if r[1] == comparison_row.aspect.label)
    assert claim.text in exported[2]
    assert "with explanations" in tab.printable_document().subtitle


def test_the_comparison_pdf_is_shorter_with_short_values(catalog: Catalog, tmp_path: Path) -> None:
    from pypdf import PdfReader

    short, detailed = tmp_path / "short.pdf", tmp_path / "detailed.pdf"
    assert main(["export", "--output", str(short)]) == 0
    assert main(["export", "--details", "--output", str(detailed)]) == 0
    assert len(PdfReader(short).pages) < len(PdfReader(detailed).pages)
