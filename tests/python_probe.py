"""Run a few lines of Python in a fresh interpreter: for what only a new process shows
(a whole start, as a double-click runs it, or state Qt keeps for the process's life)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping


def run_python(code: str, environment: Mapping[str, str], *, timeout: float = 120) -> str:
    """`code`'s standard output, run offscreen with `environment` added to this one's;
    fails the test, with its error output, if it does not exit cleanly."""
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **environment},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout
