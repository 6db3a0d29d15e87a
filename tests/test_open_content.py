"""File > Open Content and --content: good files replace the content, bad ones never do."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from outsource_desktop.cli import main
from outsource_desktop.content.models import Catalog
from outsource_desktop.gui.main_window import MainWindow
from tests.bad_content import BAD_FILES, BadFile


def open_windows(kind: type[Any]) -> list[Any]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_open_content_is_in_the_file_menu_with_the_standard_shortcut(window: MainWindow) -> None:
    action = window.menu_actions.open_content
    assert action in window.menus["file"].actions()
    assert action.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Open)


def test_a_valid_file_replaces_the_content_and_keeps_the_tab(
    window: MainWindow, small_data: dict[str, Any], write_json: Any, qtbot: QtBot
) -> None:
    window.tabs.setCurrentWidget(window.services_tab)
    old_tab = window.services_tab
    assert window.open_content(write_json(small_data))
    assert window.catalog.title == "Test content"
    assert window.tabs.count() == 7
    assert window.tabs.currentWidget() is window.services_tab is not old_tab
    assert window.services_tab.proxy.rowCount() == len(small_data["service_types"])
    assert "Business tasks done by another firm." in window.overview_tab.view.toPlainText()
    assert "2026.01.1" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not old_tab.isVisible())


def test_the_file_dialog_opens_without_blocking_and_opens_the_chosen_file(
    window: MainWindow, small_data: dict[str, Any], write_json: Any, qtbot: QtBot
) -> None:
    path = write_json(small_data)
    window.menu_actions.open_content.trigger()  # returns at once: the dialog is open()ed
    dialogs = open_windows(QFileDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog.isModal()
    dialog.setDirectory(str(path.parent))
    dialog.selectFile(str(path))
    dialog.accept()
    assert window.catalog.title == "Test content"
    qtbot.waitUntil(lambda: not open_windows(QFileDialog))


def test_cancelling_the_file_dialog_keeps_the_content(
    window: MainWindow, catalog: Catalog, qtbot: QtBot
) -> None:
    dialog = window.choose_content_file()
    dialog.reject()
    assert window.catalog is catalog
    qtbot.waitUntil(lambda: not open_windows(QFileDialog))


@pytest.mark.parametrize("bad", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_a_bad_file_is_explained_and_the_content_stays(
    window: MainWindow, catalog: Catalog, tmp_path: Path, bad: BadFile
) -> None:
    overview_before = window.overview_tab.view.toPlainText()
    path = bad.make(tmp_path)
    assert not window.open_content(path)
    assert window.catalog is catalog
    assert window.overview_tab.view.toPlainText() == overview_before
    boxes = open_windows(QMessageBox)
    assert len(boxes) == 1
    box = boxes[0]
    assert box.parent() is window
    assert str(path) in box.text()
    assert bad.expected in box.text()
    box.close()


def test_the_dialog_lists_several_problems(
    window: MainWindow, small_data: dict[str, Any], write_json: Any
) -> None:
    small_data["models"][0].pop("full_name")
    small_data["aspects"][0]["label"] = ""
    small_data["questions"][0]["kind"] = "riddle"
    small_data["roles"][0]["companies"] = ["ghost"]
    window.open_content(write_json(small_data))
    (box,) = open_windows(QMessageBox)
    assert "(3 problems)" in box.text()  # field errors first; references need valid fields
    for fragment in ("models[0].full_name", "aspects[0].label", "questions[0].kind"):
        assert fragment in box.text()
    box.close()


@pytest.mark.parametrize("bad", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_validate_names_file_path_and_problem_on_stderr(
    tmp_path: Path, bad: BadFile, capsys: pytest.CaptureFixture[str]
) -> None:
    path = bad.make(tmp_path)
    assert main(["validate", str(path)]) == 2
    errors = capsys.readouterr().err.splitlines()
    assert errors
    assert all(line.startswith(f"{path}: ") for line in errors)
    assert any(bad.expected in line for line in errors), errors


def test_content_option_reports_every_problem_and_exits_2(
    small_data: dict[str, Any], write_json: Any
) -> None:
    small_data["models"][0].pop("full_name")
    small_data["models"][1]["colour"] = "red"
    small_data["aspects"][0]["label"] = 5
    path = write_json(small_data)
    result = subprocess.run(
        [sys.executable, "-m", "outsource_desktop", "--content", str(path), "--quit-after-show"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if line.startswith(str(path))]
    assert len(lines) == 3, result.stderr
    assert "Traceback" not in result.stderr


def test_a_cache_beside_a_chosen_file_is_never_read(
    window: MainWindow, small_data: dict[str, Any], write_json: Any, qtbot: QtBot
) -> None:
    from outsource_desktop.content.cache import cache_bytes, cache_path

    small_data["aspects"][0]["claims"]["bpo"]["sources"] = ["nowhere"]
    path = write_json(small_data)
    # Anyone can write one, keyed to the file, holding a good catalog (or code).
    cache_path(path).write_bytes(cache_bytes(window.catalog, path.read_bytes()))
    old_catalog = window.catalog
    assert not window.open_content(path)
    assert window.catalog is old_catalog
    boxes = open_windows(QMessageBox)
    assert len(boxes) == 1
    assert "refers to the unknown source 'nowhere'" in boxes[0].detailedText()
    boxes[0].close()
