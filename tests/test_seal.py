"""Sealed content loads without pydantic, and exactly as validation would have built it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from outsource_desktop.assets import bundled_content_path
from outsource_desktop.cli import main
from outsource_desktop.content import load_content
from outsource_desktop.core.loader import ContentError, load_catalog
from outsource_desktop.core.seal import is_sealed, seal_path, write_seal


def test_the_bundled_content_ships_with_a_current_seal() -> None:
    content = bundled_content_path()
    assert is_sealed(content, content.read_bytes()), (
        "resources/content.json changed (or the app version did) since it was sealed; run "
        "`.venv/bin/python -m outsource_desktop validate resources/content.json --seal`"
    )


def test_sealed_content_is_built_exactly_as_validation_builds_it() -> None:
    trusted = load_catalog(bundled_content_path(), trust_seal=True)
    validated = load_catalog(bundled_content_path(), trust_seal=False)
    assert trusted == validated
    # Equality alone would let 3 stand for 3.0: the types must match as well.
    for role_trusted, role_validated in zip(trusted.roles, validated.roles, strict=True):
        for ours, theirs in zip(
            role_trusted.salary_bands, role_validated.salary_bands, strict=True
        ):
            assert [type(ours.minimum), type(ours.maximum)] == [
                type(theirs.minimum),
                type(theirs.maximum),
            ]
    assert [type(source.date) for source in trusted.sources] == [
        type(source.date) for source in validated.sources
    ]


def sealed_copy(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "content.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["validate", str(path), "--seal"]) == 0
    assert seal_path(path).is_file()
    return path


def test_a_file_edited_after_sealing_is_checked_again(
    tmp_path: Path, small_data: dict[str, Any]
) -> None:
    path = sealed_copy(tmp_path, small_data)
    small_data["aspects"][0]["label"] = ""
    path.write_text(json.dumps(small_data), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_catalog(path, trust_seal=True)
    assert any(": aspects[0].label: " in line for line in caught.value.lines())


def test_a_forged_seal_on_a_misshapen_file_still_gets_a_plain_report(
    tmp_path: Path, small_data: dict[str, Any]
) -> None:
    small_data["models"] = "not a list"
    path = tmp_path / "content.json"
    path.write_text(json.dumps(small_data), encoding="utf-8")
    write_seal(path, path.read_bytes())  # a seal it never earned
    with pytest.raises(ContentError) as caught:
        load_catalog(path, trust_seal=True)
    assert any(line.startswith(f"{path}: models") for line in caught.value.lines())


def test_a_broken_file_is_not_sealed(
    tmp_path: Path, small_data: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    small_data["roles"] = []
    path = tmp_path / "content.json"
    path.write_text(json.dumps(small_data), encoding="utf-8")
    assert main(["validate", str(path), "--seal"]) == 2
    assert not seal_path(path).exists()
    assert "roles: this may not be empty" in capsys.readouterr().err


def test_validate_checks_in_full_even_when_sealed(
    tmp_path: Path, small_data: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    path = sealed_copy(tmp_path, small_data)
    capsys.readouterr()
    assert main(["validate", str(path)]) == 0
    assert "valid content" in capsys.readouterr().out


# Run in a fresh process: notes the heavy modules loaded when the window is first
# painted (QuitAfterPaint sees that paint) and when the app has quit.
START_PROBE = """
import json
import sys

from PySide6.QtCore import QEvent

from outsource_desktop.gui import app

HEAVY = {"pydantic", "pydantic_core", "sqlite3", "_sqlite3", "fsrs", "genanki"}


def heavy_loaded():
    return sorted(name for name in sys.modules if name.split(".")[0] in HEAVY)


at_first_paint = []
quit_after_paint = app.QuitAfterPaint.eventFilter


def note_first_paint(self, watched, event):
    if event.type() == QEvent.Type.Paint and not at_first_paint:
        at_first_paint.append(heavy_loaded())
    return quit_after_paint(self, watched, event)


app.QuitAfterPaint.eventFilter = note_first_paint
from outsource_desktop.cli import main

code = main(["--quit-after-show"])
print(json.dumps({"code": code, "at_first_paint": at_first_paint, "at_exit": heavy_loaded()}))
"""


@pytest.mark.parametrize("opening_tab", ["default", "study"])
def test_nothing_heavy_is_imported_before_the_first_paint(opening_tab: str) -> None:
    """The start-up budget (benchmarks/budgets.toml) rests on this: pydantic is
    about 130 ms and 20 MiB, so only content that needs checking loads it; the
    study stack (sqlite3, fsrs) waits until the Study tab has been painted, even
    when the window reopens on it; genanki waits for an Anki export."""
    if opening_tab == "study":
        from outsource_desktop.gui.main_window import STUDY
        from outsource_desktop.gui.settings import settings_path

        settings = settings_path()
        settings.parent.mkdir(parents=True, exist_ok=True)
        settings.write_text(f"[window]\ntab={STUDY}\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", START_PROBE],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
    )
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["code"] == 0, result.stderr
    assert report["at_first_paint"] == [[]], result.stdout + result.stderr
    if opening_tab == "default":  # nothing on the way needs them at all
        assert report["at_exit"] == [], result.stdout


def test_values_validation_would_convert_are_never_taken_on_trust(
    tmp_path: Path, small_data: dict[str, Any]
) -> None:
    # Pydantic's lax mode reads "false" as false and 2.0 as 2: a sealed file
    # holding such values must load exactly as validation reads it.
    small_data["models"][0]["definition"][0]["opinion"] = "false"
    small_data["qualifications"][0]["rank"] = 2.0
    path = sealed_copy(tmp_path, small_data)
    trusted = load_catalog(path, trust_seal=True)
    assert trusted == load_catalog(path, trust_seal=False)
    assert trusted.models[0].definition[0].opinion is False
    assert type(trusted.qualifications[0].rank) is int


def test_only_the_bundled_content_is_loaded_through_its_seal(
    tmp_path: Path, small_data: dict[str, Any]
) -> None:
    small_data["roles"][0]["companies"] = ["ghost"]
    path = tmp_path / "content.json"
    path.write_text(json.dumps(small_data), encoding="utf-8")
    write_seal(path, path.read_bytes())
    with pytest.raises(ContentError) as caught:
        load_content(path)
    assert any("roles[0].companies[0]" in line for line in caught.value.lines())
