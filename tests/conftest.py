"""Shared fixtures. Qt runs offscreen; no test leaves a window behind."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# Must be set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from outsource_desktop.content.assets import bundled_content_path
from outsource_desktop.content.loader import load_catalog
from outsource_desktop.content.models import Catalog
from tests.content_factory import minimal_content


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog(bundled_content_path())


@pytest.fixture
def bundled_data() -> dict[str, Any]:
    """A fresh, mutable copy of the bundled content as plain JSON data."""
    data: dict[str, Any] = json.loads(bundled_content_path().read_text(encoding="utf-8"))
    return data


@pytest.fixture
def small_data() -> dict[str, Any]:
    return minimal_content()


@pytest.fixture
def write_json(tmp_path: Path) -> Any:
    def write(data: Any, name: str = "content.json") -> Path:
        path = tmp_path / name
        path.write_text(json.dumps(data), encoding="utf-8")
        return path

    return write


@pytest.fixture(autouse=True)
def private_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: Any) -> Path:
    """Settings, logs, caches and study progress of every test go to a fresh folder,
    never the user's.

    Qt reads these XDG variables each time a location is asked for (settings.py,
    error_hook.py and the study session ask on every call), so setting them here
    is enough.
    """
    root = tmp_path_factory.mktemp("user")
    for variable, folder in {
        "XDG_CONFIG_HOME": "config",
        "XDG_STATE_HOME": "state",
        "XDG_DATA_HOME": "data",
        "XDG_CACHE_HOME": "cache",
    }.items():
        monkeypatch.setenv(variable, str(root / folder))
    return root


@pytest.fixture
def study_database(private_user_folders: Path, qapp: Any) -> Path:
    """Where the Study tab keeps progress in this test: inside the test's own folders."""
    from outsource_desktop.gui.app import application
    from outsource_desktop.gui.widgets.study_session import study_data_folder
    from outsource_desktop.reference.study.progress import DATABASE_FILE_NAME

    application()
    path = study_data_folder() / DATABASE_FILE_NAME
    assert path.is_relative_to(private_user_folders), path
    return path


@pytest.fixture
def show_window(qtbot: Any) -> Any:
    """Open a main window on a catalog, shown and exposed, closed after the test."""
    from outsource_desktop.gui.app import application
    from outsource_desktop.gui.main_window import MainWindow

    def show(shown_catalog: Catalog) -> MainWindow:
        application()
        window = MainWindow(shown_catalog)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return show


@pytest.fixture
def window(show_window: Any, catalog: Catalog) -> Any:
    """The main window on the bundled content."""
    return show_window(catalog)


@pytest.fixture(autouse=True)
def _no_leftover_windows(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail a GUI test that leaves top-level widgets open (as napari's test support does)."""
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        yield
        return
    from PySide6.QtWidgets import QApplication

    before = set(QApplication.topLevelWidgets())
    yield
    QApplication.processEvents()
    leftover = [
        widget
        for widget in QApplication.topLevelWidgets()
        if widget not in before and widget.isVisible()
    ]
    for widget in leftover:
        widget.close()
    assert not leftover, f"test left windows open: {leftover}"
