"""Settings files that are not files, and damage that happens twice (issue #18, items 7 and 8)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from outsource_desktop.gui.settings import CORRUPT_SUFFIX, app_settings, settings_path

# Qt blocked for ever opening a pipe; the subprocess keeps a hang from stalling the suite.
OPEN_SETTINGS = """
from outsource_desktop.gui.settings import app_settings
settings = app_settings()
settings.setValue("zoom", 2)
settings.sync()
print(settings.value("zoom"))
"""


def test_a_pipe_in_place_of_the_settings_is_set_aside_not_waited_on(
    private_user_folders: Path,
) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    os.mkfifo(path)
    result = subprocess.run(
        [sys.executable, "-c", OPEN_SETTINGS],
        capture_output=True,
        text=True,
        timeout=20,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "2"
    assert path.read_text(encoding="utf-8").strip() == "[General]\nzoom=2"
    kept = path.with_name(path.name + CORRUPT_SUFFIX)
    assert kept.is_fifo()
    assert "damaged" in result.stderr


def test_a_second_damaged_file_does_not_replace_the_first_one_kept() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\0first")
    app_settings()
    path.write_bytes(b"\0second")
    app_settings()
    path.write_bytes(b"\0third")
    app_settings()
    kept = sorted(path.parent.glob(path.name + CORRUPT_SUFFIX + "*"))
    assert [item.name for item in kept] == [
        f"{path.name}{CORRUPT_SUFFIX}",
        f"{path.name}{CORRUPT_SUFFIX}.2",
        f"{path.name}{CORRUPT_SUFFIX}.3",
    ]
    assert [item.read_bytes() for item in kept] == [b"\0first", b"\0second", b"\0third"]
