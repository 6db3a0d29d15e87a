"""Files that are not content at all: each gets one plain message naming the file."""

from __future__ import annotations

import codecs
import gc
import json
import os
import time
from pathlib import Path
from typing import Any

import pytest

from outsource_desktop.content.loader import load_catalog
from outsource_desktop.content.problems import ContentError
from outsource_desktop.content.reading import MAX_CONTENT_BYTES
from tests.unprivileged import app_command, bare_environment, run_unprivileged, shared_folder

MIB = 1024 * 1024


def message_for(path: Path) -> str:
    with pytest.raises(ContentError) as caught:
        load_catalog(path)
    lines = caught.value.lines()
    assert all(line.startswith(str(path)) for line in lines)
    return "\n".join(lines)


def test_missing_file(tmp_path: Path) -> None:
    assert "does not exist" in message_for(tmp_path / "nothing.json")


def test_folder(tmp_path: Path) -> None:
    assert "is a folder" in message_for(tmp_path)


def test_not_json(tmp_path: Path) -> None:
    path = tmp_path / "notes.json"
    path.write_text("BPO vs KPO, my notes", encoding="utf-8")
    assert "not valid JSON" in message_for(path)


def test_truncated(small_data: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "cut.json"
    path.write_text(json.dumps(small_data)[:200], encoding="utf-8")
    assert "truncated" in message_for(path)


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes('{"title": "caf\u00e9"}'.encode("latin-1"))
    assert "not UTF-8" in message_for(path)


def test_utf16_is_named(small_data: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "utf16.json"
    path.write_bytes(json.dumps(small_data).encode("utf-16"))
    assert "UTF-16" in message_for(path)


def test_utf8_byte_order_mark_is_accepted(small_data: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(codecs.BOM_UTF8 + json.dumps(small_data).encode("utf-8"))
    assert load_catalog(path).title == "Test content"


@pytest.mark.parametrize("number", [float("nan"), float("inf"), float("-inf")])
def test_nan_and_infinity_are_refused(
    small_data: dict[str, Any], tmp_path: Path, number: float
) -> None:
    small_data["roles"][0]["salary_bands"][0]["minimum"] = number
    path = tmp_path / "not-finite.json"
    path.write_text(json.dumps(small_data), encoding="utf-8")  # json writes bare NaN/Infinity
    message = message_for(path)
    assert "roles[0].salary_bands[0].minimum" in message
    assert "NaN and Infinity are not allowed" in message


def test_overflowing_exponent_is_refused_as_infinite(
    small_data: dict[str, Any], tmp_path: Path
) -> None:
    text = json.dumps(small_data).replace('"minimum": 2.5', '"minimum": 1e99999')
    path = tmp_path / "exponent.json"
    path.write_text(text, encoding="utf-8")
    assert "roles[0].salary_bands[0].minimum: numbers must be finite" in message_for(path)


@pytest.mark.parametrize("field", ['"rank": 20', '"minimum": 2.5'])
def test_number_with_thousands_of_digits_is_refused_quickly(
    small_data: dict[str, Any], tmp_path: Path, field: str
) -> None:
    name = field.split(":")[0]
    text = json.dumps(small_data).replace(field, f"{name}: {'9' * 100_000}")
    path = tmp_path / "digits.json"
    path.write_text(text, encoding="utf-8")
    started = time.perf_counter()
    message = message_for(path)
    assert time.perf_counter() - started < 1
    assert "(line 1, column" in message
    assert "too large or has too many digits" in message


@pytest.mark.parametrize(("opening", "closing"), [("[", "]"), ('{"a":', "}")])
def test_nesting_100000_levels_deep_is_refused(tmp_path: Path, opening: str, closing: str) -> None:
    path = tmp_path / "deep.json"
    path.write_text(opening * 100_000 + "1" + closing * 100_000, encoding="utf-8")
    assert "nested too deeply" in message_for(path)


def test_repeated_key_is_reported_not_silently_overridden(
    small_data: dict[str, Any], tmp_path: Path
) -> None:
    # JSON readers keep the last of two equal keys; an editor shows the first.
    text = json.dumps(small_data).replace('"label": "Work"', '"label": "Work", "label": "Play"')
    path = tmp_path / "repeated.json"
    path.write_text(text, encoding="utf-8")
    assert "aspects[0].label: this field is written more than once" in message_for(path)


def test_empty_file_reads_as_truncated(tmp_path: Path) -> None:
    path = tmp_path / "empty.json"
    path.write_bytes(b"")
    assert "truncated" in message_for(path)


def test_a_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    path = tmp_path / "pipe.json"
    os.mkfifo(path)  # opening it for reading would wait for a writer forever
    assert "not a regular file" in message_for(path)


def test_hostile_names_cannot_forge_report_lines(
    small_data: dict[str, Any], tmp_path: Path
) -> None:
    small_data["aspects"][0]["\u202e<b>\nforged: line" + "k" * 10_000] = 1
    path = tmp_path / "keys.json"
    path.write_text(json.dumps(small_data), encoding="utf-8")
    message = message_for(path)
    assert len(message.splitlines()) == 1
    assert "\u202e" not in message
    assert "aspects[0].\\u202e<b>\\u000aforged: line" in message
    assert len(message) < 400


def sparse_file(path: Path, size: int) -> Path:
    with path.open("wb") as stream:  # sparse: takes no disk space
        stream.truncate(size)
    return path


@pytest.mark.parametrize("size", [MAX_CONTENT_BYTES + 1, 100 * MIB, 4096 * MIB])
def test_oversized_file_is_refused_by_its_size(tmp_path: Path, size: int) -> None:
    assert "was not read" in message_for(sparse_file(tmp_path / "huge.json", size))


def test_unreadable_file(small_data: dict[str, Any]) -> None:
    with shared_folder() as folder:
        path = folder / "locked.json"
        path.write_text(json.dumps(small_data), encoding="utf-8")
        path.chmod(0)
        result = run_unprivileged(app_command("validate", str(path)), bare_environment())
    assert result.returncode == 2, result.stderr
    assert f"{path}: (file): permission to read the file was denied" in result.stderr
    assert "Traceback" not in result.stderr


def test_100_mb_file_is_refused_before_it_is_opened() -> None:
    # The file is unreadable to the user running the check: a size message
    # (rather than "permission denied") proves it was refused without opening it.
    with shared_folder() as folder:
        path = sparse_file(folder / "huge.json", 100 * MIB)
        path.chmod(0)
        result = run_unprivileged(app_command("validate", str(path)), bare_environment())
    assert result.returncode == 2, result.stderr
    assert "the file is 100 MiB" in result.stderr
    assert "was not read" in result.stderr
    assert "denied" not in result.stderr


def test_loading_leaves_the_garbage_collector_as_it_was(tmp_path: Path) -> None:
    """Loading, good file or bad, never changes the cyclic collector's state: the
    command line and tests load too, and gui/app.py is the one place that sets it."""
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    assert gc.isenabled()
    with pytest.raises(ContentError):
        load_catalog(bad)
    assert gc.isenabled()
    gc.disable()
    try:
        with pytest.raises(ContentError):
            load_catalog(bad)
        assert not gc.isenabled()
    finally:
        gc.enable()
