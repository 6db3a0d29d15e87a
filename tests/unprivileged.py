"""Run a command as an ordinary user, so file permissions really apply.

The suite runs as root in CI, and root reads any file: a chmod-0 file is only
unreadable to someone else. `setpriv` drops to the `nobody` user for one
subprocess (no mocks); when the suite already runs unprivileged, the command
simply runs as it is.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest

NOBODY = 65534


def can_drop_privileges() -> bool:
    return os.geteuid() != 0 or shutil.which("setpriv") is not None


def run_unprivileged(
    command: Sequence[str], env: Mapping[str, str], timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    if not can_drop_privileges():
        pytest.skip("running as root without setpriv: cannot drop privileges")
    prefix: list[str] = []
    if os.geteuid() == 0:
        prefix = [
            "setpriv",
            f"--reuid={NOBODY}",
            f"--regid={NOBODY}",
            "--clear-groups",
            "--",
        ]
    return subprocess.run(
        [*prefix, *command],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=dict(env),
        check=False,
    )


def app_command(*arguments: str) -> list[str]:
    return [sys.executable, "-m", "outsource_desktop", *arguments]


def bare_environment(**extra: str) -> dict[str, str]:
    """The environment a subprocess of the app needs, without the test's XDG folders."""
    keep = {"PATH", "LANG", "LC_ALL", "PYTHONPATH", "VIRTUAL_ENV"}
    environment = {key: value for key, value in os.environ.items() if key in keep}
    environment.update(
        QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1", LANG="C.UTF-8", **extra
    )
    return environment


@contextmanager
def shared_folder() -> Iterator[Path]:
    """A folder the `nobody` user can enter (pytest's tmp_path is private to root)."""
    with tempfile.TemporaryDirectory(prefix="outsource-desktop-test-") as name:
        folder = Path(name)
        folder.chmod(0o755)
        yield folder
