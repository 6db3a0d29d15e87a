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


def test_starting_the_app_does_not_import_pydantic() -> None:
    """The start-up budget (benchmarks/budgets.toml) rests on this: pydantic is
    about 130 ms and 20 MiB, so only content that needs checking loads it."""
    probe = (
        "import sys\n"
        "from outsource_desktop.cli import main\n"
        "code = main(['--quit-after-show'])\n"
        "loaded = sorted(name for name in sys.modules if name.split('.')[0] in "
        "{'pydantic', 'pydantic_core'})\n"
        "print(code, loaded)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
    )
    assert result.stdout.split(maxsplit=1) == ["0", "[]\n"], result.stdout + result.stderr


def test_values_of_the_wrong_json_type_are_refused_so_never_sealed(
    tmp_path: Path, small_data: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    # Lax pydantic read "false" as false and 2.0 as 2; strict content refuses
    # them, so no seal can vouch for a value the trusted loader would read apart.
    small_data["models"][0]["definition"][0]["opinion"] = "false"
    small_data["qualifications"][0]["rank"] = 2.0
    path = tmp_path / "content.json"
    path.write_text(json.dumps(small_data), encoding="utf-8")
    assert main(["validate", str(path), "--seal"]) == 2
    errors = capsys.readouterr().err
    assert "models[0].definition[0].opinion: expected true or false, found text" in errors
    assert "qualifications[0].rank: expected a whole number, found a decimal number" in errors
    assert not seal_path(path).exists()


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
