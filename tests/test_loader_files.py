"""Files that are not content at all: each gets one plain message naming the file."""

from __future__ import annotations

import codecs
import gc
import json
import os
from pathlib import Path
from typing import Any

import pytest

from outsource_desktop.core.loader import MAX_CONTENT_BYTES, ContentError, load_catalog


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


def test_nan_is_refused(small_data: dict[str, Any], tmp_path: Path) -> None:
    small_data["roles"][0]["salary_bands"][0]["minimum"] = float("nan")
    path = tmp_path / "nan.json"
    path.write_text(json.dumps(small_data), encoding="utf-8")  # json writes a bare NaN
    assert "roles[0].salary_bands[0].minimum" in message_for(path)


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as stream:  # sparse: takes no disk space
        stream.truncate(MAX_CONTENT_BYTES + 1)
    assert "was not read" in message_for(path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(small_data: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "locked.json"
    path.write_text(json.dumps(small_data), encoding="utf-8")
    path.chmod(0)
    assert "denied" in message_for(path)


def test_loading_leaves_the_garbage_collector_as_it_was(tmp_path: Path) -> None:
    """The loader pauses the cyclic collector while validating, and must restore it,
    after a good file and after a bad one alike."""
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
