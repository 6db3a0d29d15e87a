"""Print and export from the window: what is shown is what is written."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from outsource_desktop.gui.main_window import MainWindow


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


def test_export_takes_the_current_comparison_view(window: MainWindow, tmp_path: Path) -> None:
    tab = window.comparison_tab
    window.tabs.setCurrentWidget(tab)
    tab.set_models(("lpo", "bpo"))
    tab.differences_only.setChecked(True)
    tab.filter_box.setText("training")
    path = tmp_path / "view.csv"
    assert window.export_current(path, "csv")
    rows = read_csv(path)
    assert rows[0] == ["Section", "Basis of comparison", "LPO", "BPO"]
    shown = len(tab.proxy.visible_rows())
    assert len(rows) - 1 == shown
    assert 0 < shown < len(window.catalog.aspects)
    # The rows of the view, each with the word (in its value or its explanation).
    visible = tab.proxy.visible_rows()
    assert [row[1] for row in rows[1:]] == [item.aspect.label for item in visible]
    assert all(" training" in item.searchable_text for item in visible)


def test_services_export_follows_the_model_choice(window: MainWindow, tmp_path: Path) -> None:
    tab = window.services_tab
    window.tabs.setCurrentWidget(tab)
    tab.model_choice.setCurrentIndex(tab.model_choice.findData("lpo"))
    path = tmp_path / "services.csv"
    assert window.export_current(path, "csv")
    rows = read_csv(path)
    assert rows[0][:2] == ["Service", "Model"]
    assert {row[1] for row in rows[1:]} == {"LPO"}


def test_failed_export_says_why_and_keeps_the_old_file(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    window.tabs.setCurrentWidget(window.comparison_tab)
    target = tmp_path / "taken"
    target.mkdir()
    assert not window.export_current(target, "pdf")
    boxes = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert len(boxes) == 1
    assert "is a folder" in boxes[0].text()
    assert "Nothing was overwritten" in boxes[0].text()
    boxes[0].close()
    assert target.is_dir()


def test_print_preview_and_print_dialogs_open_without_blocking(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.tabs.setCurrentWidget(window.careers_tab)
    window.menu_actions.print_preview.trigger()
    dialogs = [
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() in {"printPreviewDialog"} and w.isVisible()
    ]
    assert len(dialogs) == 1
    dialogs[0].close()
    window.menu_actions.print.trigger()
    printing = [
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "printDialog" and w.isVisible()
    ]
    assert len(printing) == 1
    printing[0].close()


def test_export_actions_follow_the_tab(window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.overview_tab)
    assert window.menu_actions.export_pdf.isEnabled()
    assert not window.menu_actions.export_csv.isEnabled()  # the overview has no single table
    window.tabs.setCurrentWidget(window.careers_tab)
    assert window.menu_actions.export_csv.isEnabled()
