"""The app starts whatever the surroundings: no home folder, a read-only one, no network."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pypdf import PdfReader

from outsource_desktop.content.assets import bundled_content_path
from tests.unprivileged import (
    app_command,
    bare_environment,
    run_unprivileged,
    shared_folder,
)


def run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=60, env=env, check=False)


def test_starts_with_a_missing_home_folder(tmp_path: Path) -> None:
    home = tmp_path / "no-such-home"
    result = run(app_command("--quit-after-show"), bare_environment(HOME=str(home)))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_starts_with_a_missing_home_folder_as_an_ordinary_user() -> None:
    with shared_folder() as folder:
        home = folder / "no-such-home"  # nobody cannot create it: the folder is root's
        result = run_unprivileged(
            app_command("--quit-after-show"), bare_environment(HOME=str(home))
        )
        assert not home.exists()
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_starts_with_a_read_only_home_folder() -> None:
    # Root ignores permissions, so the app runs as nobody in a home it cannot write.
    with shared_folder() as home:
        (home / ".config" / "outsource-desktop").mkdir(parents=True)
        home.chmod(0o555)
        result = run_unprivileged(
            app_command("--quit-after-show"), bare_environment(HOME=str(home))
        )
        assert list(home.iterdir()) == [home / ".config"]
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_a_corrupt_settings_file_is_set_aside_at_start_up(tmp_path: Path) -> None:
    settings = tmp_path / "config" / "outsource-desktop" / "outsource-desktop.ini"
    settings.parent.mkdir(parents=True)
    settings.write_bytes(b"\0" * 64)
    environment = bare_environment(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = run(app_command("--quit-after-show"), environment)
    assert result.returncode == 0, result.stderr
    assert (settings.parent / "outsource-desktop.ini.corrupt").read_bytes() == b"\0" * 64


# Runs the app's own entry point with every Python-level network call refused
# and recorded (an audit hook sees socket use from any library), then reports
# whether Qt's network library was ever loaded, which Python cannot watch.
OFFLINE_WRAPPER = textwrap.dedent(
    """
    import sys

    attempts = []

    def refuse_network(event, args):
        if event.startswith("socket.") and event != "socket.__new__":
            attempts.append(event)
            raise OSError("network blocked by the offline test: " + event)

    sys.addaudithook(refuse_network)
    from outsource_desktop.cli import main

    code = main(sys.argv[1:])
    with open("/proc/self/maps", encoding="utf-8") as maps:
        qt_network = "libQt6Network" in maps.read()
    print(f"NETWORK ATTEMPTS {attempts} QT NETWORK LOADED {qt_network}", file=sys.stderr)
    sys.exit(code)
    """
)


def run_offline(*arguments: str, prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    command = [*prefix, sys.executable, "-c", OFFLINE_WRAPPER, *arguments]
    return run(command, bare_environment(HOME=str(Path.home())))


@pytest.mark.parametrize(
    "arguments",
    [("--quit-after-show",), ("validate", str(bundled_content_path())), ("--version",)],
    ids=["window", "validate", "version"],
)
def test_opens_no_network_connection(arguments: tuple[str, ...]) -> None:
    result = run_offline(*arguments)
    assert result.returncode == 0, result.stderr
    assert "NETWORK ATTEMPTS [] QT NETWORK LOADED False" in result.stderr


def test_export_opens_no_network_connection(tmp_path: Path) -> None:
    output = tmp_path / "comparison.pdf"
    result = run_offline("export", "--output", str(output))
    assert result.returncode == 0, result.stderr
    assert "NETWORK ATTEMPTS [] QT NETWORK LOADED False" in result.stderr
    assert "Page 1 of" in " ".join(PdfReader(output).pages[0].extract_text().split())


def network_namespace_available() -> bool:
    try:
        return run(["unshare", "-n", "true"], bare_environment()).returncode == 0
    except FileNotFoundError:
        return False


@pytest.mark.skipif(
    not network_namespace_available(),
    reason="unshare -n is not allowed here (needs root or user namespaces)",
)
def test_runs_without_any_network_interface() -> None:
    result = run_offline("--quit-after-show", prefix=("unshare", "-n"))
    assert result.returncode == 0, result.stderr
    assert "NETWORK ATTEMPTS [] QT NETWORK LOADED False" in result.stderr
