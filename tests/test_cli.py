"""The command line: exit codes and messages, and the app's smoke mode."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from outsource_desktop import __version__
from outsource_desktop.cli import main
from outsource_desktop.content.models import Catalog


def run_app(*arguments: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "outsource_desktop", *arguments],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=environment,
        check=False,
    )


def test_version_names_app_and_content(
    catalog: Catalog, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--version"]) == 0
    output = capsys.readouterr().out
    assert __version__ in output
    assert f"content {catalog.data_version}" in output


def test_validate_accepts_the_bundled_content(capsys: pytest.CaptureFixture[str]) -> None:
    from outsource_desktop.content.assets import bundled_content_path

    assert main(["validate", str(bundled_content_path())]) == 0
    assert "valid content" in capsys.readouterr().out


def test_validate_reports_problems_with_exit_2(
    small_data: dict[str, Any], write_json: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    small_data["aspects"][0]["claims"]["kpo"]["sources"] = ["nope"]
    small_data["sections"].append({"id": "basics", "title": "Again"})
    path = write_json(small_data)
    assert main(["validate", str(path)]) == 2
    errors = capsys.readouterr().err.splitlines()
    assert (
        f"{path}: aspects[0].claims.kpo.sources[0]: refers to the unknown source 'nope'" in errors
    )
    assert f"{path}: sections: the id 'basics' is used more than once" in errors


def test_validate_never_shows_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{", encoding="utf-8")
    result = run_app("validate", str(path))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert str(path) in result.stderr


def test_schema_prints_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "Catalog"


def test_quit_after_show_exits_cleanly() -> None:
    result = run_app("--quit-after-show")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_start_marks_record_the_first_frame_then_interactive(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """benchmarks/startup.py times the start from these marks (issue #16)."""
    marks = tmp_path / "marks"
    monkeypatch.setenv("OUTSOURCE_DESKTOP_START_MARKS", str(marks))
    result = run_app("--quit-after-show")
    assert result.returncode == 0, result.stderr
    names = [line.split()[0] for line in marks.read_text(encoding="utf-8").splitlines()]
    times = [float(line.split()[1]) for line in marks.read_text(encoding="utf-8").splitlines()]
    assert names == ["first_frame", "interactive"]
    assert times == sorted(times)


def test_app_refuses_to_start_on_broken_content(
    small_data: dict[str, Any], write_json: Any
) -> None:
    small_data["models"][0]["parent"] = "bpo"
    path = write_json(small_data)
    result = run_app("--content", str(path), "--quit-after-show")
    assert result.returncode == 2
    assert f"{path}: models[0].parent: a model cannot be its own parent" in result.stderr
    assert "Traceback" not in result.stderr


def test_app_runs_on_another_content_file(small_data: dict[str, Any], write_json: Any) -> None:
    result = run_app("--content", str(write_json(small_data)), "--version")
    assert result.returncode == 0
    assert "content 2026.01.1" in result.stdout
