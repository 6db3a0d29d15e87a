"""The command line where issue #18 found it wanting: options, models, and its own output."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from outsource_desktop.cli import main


def run_app(*arguments: str, **options: Any) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "outsource_desktop", *arguments],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
        check=False,
        **options,
    )


def test_content_may_be_given_after_the_export_subcommand(
    small_data: dict[str, Any], write_json: Any, tmp_path: Path
) -> None:
    content = write_json(small_data)
    output = tmp_path / "comparison.md"
    assert main(["export", "--content", str(content), "--output", str(output)]) == 0
    assert "# BPO vs KPO vs LPO: comparison" in output.read_text(encoding="utf-8")
    assert "Content version 2026\\.01\\.1" in output.read_text(encoding="utf-8")


def test_content_given_before_the_subcommand_still_counts(
    small_data: dict[str, Any], write_json: Any, tmp_path: Path
) -> None:
    content = write_json(small_data)
    output = tmp_path / "comparison.md"
    assert main(["--content", str(content), "export", "--output", str(output)]) == 0
    assert "Content version 2026\\.01\\.1" in output.read_text(encoding="utf-8")


def test_the_comparison_takes_two_or_three_models(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--models", "bpo", "--output", str(tmp_path / "x.csv")]) == 2
    assert "compares 2 to 3 models" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()
    assert main(["export", "--models", "lpo,bpo", "--output", str(tmp_path / "x.csv")]) == 0
    assert (
        (tmp_path / "x.csv")
        .read_text(encoding="utf-8-sig")
        .startswith("Section,Basis of comparison,LPO,BPO")
    )


def test_one_model_is_a_filter_for_services_and_careers(tmp_path: Path) -> None:
    path = tmp_path / "services.csv"
    assert main(["export", "--view", "services", "--models", "lpo", "--output", str(path)]) == 0
    rows = path.read_text(encoding="utf-8-sig").splitlines()[1:]
    assert rows
    assert all(",LPO," in row for row in rows)


def test_content_with_other_model_ids_exports_by_default(
    small_data: dict[str, Any], write_json: Any, tmp_path: Path
) -> None:
    for model in small_data["models"]:
        model["id"] = f"x{model['id']}"
        model.pop("parent", None)
    for aspect in small_data["aspects"]:
        aspect["claims"] = {f"x{key}": value for key, value in aspect["claims"].items()}
    for record in (*small_data["service_types"], *small_data["roles"]):
        record["model"] = f"x{record['model']}"
    for relation in small_data["relations"]:
        relation["subject"] = f"x{relation['subject']}"
        if "object" in relation:
            relation["object"] = f"x{relation['object']}"
    small_data["companies"][0]["models"] = ["xkpo"]
    output = tmp_path / "comparison.csv"
    content = write_json(small_data)
    assert main(["export", "--content", str(content), "--output", str(output)]) == 0
    assert output.read_text(encoding="utf-8-sig").startswith(
        "Section,Basis of comparison,BPO,KPO,LPO"
    )
    exam = tmp_path / "exam.md"
    arguments = ["export", "--content", str(content), "--view", "exam", "--output", str(exam)]
    assert main(arguments) == 0
    assert "BPO and KPO" in exam.read_text(encoding="utf-8")


def test_the_exam_answer_of_content_with_one_model_is_refused_in_words(
    small_data: dict[str, Any], write_json: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    small_data["models"] = small_data["models"][1:2]  # KPO alone
    small_data["models"][0].pop("parent", None)
    for aspect in small_data["aspects"]:
        aspect["claims"] = {"kpo": aspect["claims"].get("kpo", aspect["claims"]["bpo"])}
    for record in (*small_data["service_types"], *small_data["roles"]):
        record["model"] = "kpo"
    small_data["relations"] = []
    small_data["glossary"][0]["models"] = []
    content = write_json(small_data)
    output = tmp_path / "exam.pdf"
    arguments = ["export", "--content", str(content), "--view", "exam", "--output", str(output)]
    assert main(arguments) == 2
    assert capsys.readouterr().err == (
        "outsource-desktop: the exam view distinguishes two models, and this content has one\n"
    )
    assert not output.exists()


def test_a_full_stdout_gets_one_line_not_a_traceback() -> None:
    with Path("/dev/full").open("wb") as full:
        result = run_app("--version", stdout=full, stderr=subprocess.PIPE)
    error = result.stderr.decode()
    assert result.returncode == 1
    assert "Traceback" not in error
    assert "Exception ignored" not in error
    assert error.strip().splitlines() == [
        "outsource-desktop: could not write the output: the disk is full"
    ]


def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    # `outsource-desktop schema | head -c1`: the pipe closes after one byte. The
    # pipe holds less than the schema, so the app is still writing when it closes.
    read_end, write_end = os.pipe()
    fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, 4096)
    with subprocess.Popen(
        [sys.executable, "-m", "outsource_desktop", "schema"],
        stdout=write_end,
        stderr=subprocess.PIPE,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    ) as process:
        os.close(write_end)
        with os.fdopen(read_end, "rb") as reader:
            assert reader.read(1) == b"{"
        _, error = process.communicate(timeout=60)
    assert b"Traceback" not in error
    assert b"Exception ignored" not in error
    assert error == b""
    assert process.returncode == 1
