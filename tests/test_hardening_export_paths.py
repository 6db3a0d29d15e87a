"""Whatever the export path names, the export either writes what it should or says why.

Issue #18, items 1, 2 and the stale temporary files of item 8: links are
followed, character devices written into, pipes, sockets and block devices
refused, and no file-system failure escapes as a traceback.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from outsource_desktop.cli import main
from outsource_desktop.export.atomic import STALE_PART_SECONDS, ExportError, atomic_write_bytes
from outsource_desktop.gui.main_window import MainWindow
from tests.unprivileged import app_command, bare_environment, run_unprivileged, shared_folder

CSV_HEADER = "Section,Basis of comparison,BPO,KPO,LPO"


def export_csv(path: Path) -> int:
    return main(["export", "--format", "csv", "--output", str(path)])


def one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert "Traceback" not in captured.err
    return lines[0]


def test_a_link_to_a_file_is_followed_and_its_target_replaced(tmp_path: Path) -> None:
    target = tmp_path / "real.csv"
    target.write_text("the earlier export", encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "link.csv"
    link.symlink_to(target.name)
    assert export_csv(link) == 0
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8-sig").startswith(CSV_HEADER)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # the file keeps its permissions


def test_a_dangling_link_gets_its_target_written(tmp_path: Path) -> None:
    link = tmp_path / "link.csv"
    link.symlink_to("made-by-export.csv")
    assert export_csv(link) == 0
    assert link.is_symlink()
    assert (tmp_path / "made-by-export.csv").read_text(encoding="utf-8-sig").startswith(CSV_HEADER)


def test_a_loop_of_links_is_refused_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    first.symlink_to(second)
    second.symlink_to(first)
    assert export_csv(first) == 2
    assert "loop of symbolic links" in one_error_line(capsys)
    assert first.is_symlink()
    assert second.is_symlink()


def test_a_named_pipe_nothing_reads_is_refused_at_once_and_stays_a_pipe(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    assert export_csv(pipe) == 2
    assert "named pipe (FIFO) that nothing reads" in one_error_line(capsys)
    assert stat.S_ISFIFO(pipe.stat().st_mode)


def test_standard_output_piped_on_gets_the_export_and_the_note_goes_to_stderr() -> None:
    # `outsource-desktop export --output /dev/stdout | ...`: the pipe is read.
    result = subprocess.run(
        [*app_command("export", "--format", "csv", "--output", "/dev/stdout")],
        capture_output=True,
        timeout=60,
        check=False,
        env=bare_environment(),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("utf-8-sig").startswith(CSV_HEADER)
    assert result.stderr.decode().splitlines() == ["Wrote /dev/stdout"]


def test_a_socket_is_refused_and_stays_a_socket(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "socket.csv"
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(str(path))
        assert export_csv(path) == 2
    assert "a socket" in one_error_line(capsys)
    assert stat.S_ISSOCK(path.lstat().st_mode)


def device_node(folder: Path, name: str, kind: int, major: int, minor: int) -> Path:
    """A private copy of a device node, so no test ever touches the real /dev."""
    path = folder / name
    try:
        os.mknod(path, kind | 0o666, os.makedev(major, minor))
    except PermissionError:
        pytest.skip("making device nodes needs root")
    return path


def test_a_character_device_is_written_into_and_stays_one(tmp_path: Path) -> None:
    null = device_node(tmp_path, "null", stat.S_IFCHR, 1, 3)
    assert export_csv(null) == 0
    assert stat.S_ISCHR(null.stat().st_mode)


def test_a_full_device_says_so_and_stays_a_device(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    full = device_node(tmp_path, "full", stat.S_IFCHR, 1, 7)
    assert export_csv(full) == 2
    assert "full" in one_error_line(capsys)
    assert stat.S_ISCHR(full.stat().st_mode)


def test_a_block_device_is_refused_without_opening_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    block = device_node(tmp_path, "disk", stat.S_IFBLK, 7, 250)
    assert export_csv(block) == 2
    assert "block device" in one_error_line(capsys)
    assert stat.S_ISBLK(block.stat().st_mode)


def test_a_legal_250_byte_name_is_written(tmp_path: Path) -> None:
    path = tmp_path / ("n" * 246 + ".csv")
    assert export_csv(path) == 0
    assert path.read_text(encoding="utf-8-sig").startswith(CSV_HEADER)
    assert [entry.name for entry in tmp_path.iterdir()] == [path.name]


def test_a_name_over_the_limit_is_refused_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert export_csv(tmp_path / ("n" * 256 + ".csv")) == 2
    assert "file name is too long" in one_error_line(capsys)


def test_caching_a_file_whose_cache_name_is_too_long_says_why(
    tmp_path: Path, small_data: dict[str, object], capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / ("c" * 245 + ".json")  # 250 bytes: its .cache would be 256
    path.write_text(json.dumps(small_data), encoding="utf-8")
    assert main(["validate", str(path), "--cache"]) == 2
    captured = capsys.readouterr()
    assert "could not write the cache" in captured.err
    assert "file name is too long" in captured.err
    assert "Traceback" not in captured.err


def test_a_folder_that_cannot_be_entered_is_reported_not_a_traceback() -> None:
    with shared_folder() as folder:
        locked = folder / "locked"
        locked.mkdir(mode=0o000)
        try:
            result = run_unprivileged(
                app_command("export", "--format", "csv", "--output", str(locked / "x.csv")),
                bare_environment(HOME=str(folder)),
            )
        finally:
            locked.chmod(0o755)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "permission denied" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_newline_in_the_output_path_cannot_forge_a_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a\nWrote passwords.csv"
    assert export_csv(path) == 0
    output = capsys.readouterr().err
    assert output.count("\n") == 1
    assert output.startswith("Wrote ")
    assert "\\u000a" in output


def test_the_window_says_export_failed_for_a_name_over_the_limit(
    window: MainWindow, tmp_path: Path
) -> None:
    window.tabs.setCurrentWidget(window.comparison_tab)
    assert not window.export_current(tmp_path / ("n" * 300 + ".pdf"), "pdf")
    (box,) = [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QMessageBox) and widget.isVisible()
    ]
    assert box.windowTitle() == "Export failed"
    assert "file name is too long" in box.text()
    box.close()


# A process that dies mid-write: it blocks in fsync, with its temporary file
# written and locked, until killed.
DIES_MID_WRITE = """
import os, sys, time
from pathlib import Path
from outsource_desktop.export import atomic
def stuck(handle):
    print("writing", flush=True)
    time.sleep(600)
atomic.os.fsync = stuck
atomic.atomic_write_bytes(Path(sys.argv[1]), b"never finished")
"""


def part_files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.iterdir() if path.name.endswith(".part"))


@contextmanager
def stuck_writer(target: Path) -> Iterator[subprocess.Popen[str]]:
    """An export of `target` stopped in the middle of writing, until killed."""
    with subprocess.Popen(
        [sys.executable, "-c", DIES_MID_WRITE, str(target)], stdout=subprocess.PIPE, text=True
    ) as writer:
        assert writer.stdout is not None
        assert writer.stdout.readline() == "writing\n"
        try:
            yield writer
        finally:
            writer.kill()


def age(path: Path) -> None:
    past = time.time() - 2 * STALE_PART_SECONDS
    os.utime(path, (past, past))


def test_a_temporary_file_left_by_a_killed_export_is_removed_by_the_next(tmp_path: Path) -> None:
    target = tmp_path / "report.csv"
    target.write_text("the earlier export", encoding="utf-8")
    with stuck_writer(target) as writer:
        writer.send_signal(signal.SIGKILL)
        writer.wait()
    (left,) = part_files(tmp_path)
    assert left.name.startswith(".report.csv.")
    assert target.read_text(encoding="utf-8") == "the earlier export"
    age(left)  # as if the export had died a while ago
    atomic_write_bytes(target, b"new")
    assert part_files(tmp_path) == []
    assert target.read_bytes() == b"new"


def test_a_temporary_file_still_being_written_is_left_alone(tmp_path: Path) -> None:
    target = tmp_path / "report.csv"
    with stuck_writer(target):
        (live,) = part_files(tmp_path)
        age(live)  # old, but its writer still holds it
        atomic_write_bytes(target, b"mine")
        assert part_files(tmp_path) == [live]


def test_a_young_or_foreign_file_is_never_removed(tmp_path: Path) -> None:
    target = tmp_path / "report.csv"
    young = tmp_path / ".report.csv.abcd1234.part"  # may be an export that just started
    young.write_bytes(b"")
    foreign = tmp_path / ".report.csv.not-ours.part"
    foreign.write_bytes(b"")
    age(foreign)
    atomic_write_bytes(target, b"new")
    assert part_files(tmp_path) == [young, foreign]


def test_export_error_names_the_path_on_one_line(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as caught:
        atomic_write_bytes(tmp_path / "missing\nfolder" / "x.csv", b"")
    assert "\n" not in str(caught.value)
