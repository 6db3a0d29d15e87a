"""Start-up time and peak memory of the app against a bare PySide6 window.

    .venv/bin/python benchmarks/startup.py [--runs N] [--tabs N] [--frozen] [--json]

Both are started alternately in the same run (so machine noise hits both alike)
with --quit-after-show, timed from spawn to exit, and their peak resident memory
read from the kernel's rusage of each child. Keep this process small: Linux
counts a child's memory before exec() in its peak, so a parent that has loaded
Qt would inflate both figures alike (benchmarks/run.py runs this script for that).
--frozen starts the PyInstaller bundles instead; --json prints the samples.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
FROZEN_APP = ROOT / "dist" / "outsource-desktop" / "outsource-desktop"
# Where the packaging branch's frozen_startup.py builds the frozen bare window.
FROZEN_BARE_CANDIDATES = (
    ROOT / "dist" / "bare-window" / "bare-window",
    ROOT / "build" / "benchmarks" / "dist" / "bare-window" / "bare-window",
)
APP_TAB_COUNT = 6  # benchmarks/run.py passes the count it reads from the app


@dataclass
class Samples:
    name: str
    seconds: list[float] = field(default_factory=list)
    peak_mib: list[float] = field(default_factory=list)


def run_once(command: list[str]) -> tuple[float, float]:
    environment = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    started = time.perf_counter()
    process = subprocess.Popen(command, env=environment, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{command} exited with {process.returncode}")
    return elapsed, usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def measure(commands: dict[str, list[str]], runs: int) -> list[Samples]:
    samples = {name: Samples(name) for name in commands}
    for command in commands.values():  # one warm-up each: disk cache, font cache
        run_once(command)
    for _ in range(runs):
        for name, command in commands.items():
            seconds, peak = run_once(command)
            samples[name].seconds.append(seconds)
            samples[name].peak_mib.append(peak)
    return list(samples.values())


def describe(values: list[float], scale: float, unit: str) -> str:
    median = statistics.median(values) * scale
    return f"{median:8.1f} {unit} ({min(values) * scale:.1f}-{max(values) * scale:.1f})"


def commands(tabs: int, frozen: bool) -> dict[str, list[str]] | None:
    """The bare window's and the app's command lines; None when a bundle is missing."""
    if frozen:
        bare = next((path for path in FROZEN_BARE_CANDIDATES if path.exists()), None)
        if bare is None or not FROZEN_APP.exists():
            return None
        return {
            "bare window": [str(bare), f"--tabs={tabs}", "--quit-after-show"],
            "app": [str(FROZEN_APP), "--quit-after-show"],
        }
    python = sys.executable
    return {
        "bare window": [
            python,
            str(HERE / "bare_window.py"),
            f"--tabs={tabs}",
            "--quit-after-show",
        ],
        "app": [python, "-m", "outsource_desktop", "--quit-after-show"],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--tabs", type=int, default=APP_TAB_COUNT)
    parser.add_argument("--frozen", action="store_true", help="start the PyInstaller bundles")
    parser.add_argument("--json", action="store_true", help="print the samples as JSON")
    arguments = parser.parse_args()
    chosen = commands(arguments.tabs, arguments.frozen)
    if chosen is None:
        print(json.dumps(None) if arguments.json else "no frozen app or bare window found")
        return 0
    results = measure(chosen, arguments.runs)
    if arguments.json:
        print(json.dumps({sample.name: vars(sample) for sample in results}))
        return 0
    baseline, app = results
    print(f"{'':12} {'start (median, min-max)':>28} {'peak memory':>28}")
    for sample in results:
        print(
            f"{sample.name:12} {describe(sample.seconds, 1000, 'ms'):>28}"
            f" {describe(sample.peak_mib, 1, 'MiB'):>28}"
        )
    start_ratio = statistics.median(app.seconds) / statistics.median(baseline.seconds)
    memory_ratio = statistics.median(app.peak_mib) / statistics.median(baseline.peak_mib)
    print(f"ratio app/bare: start {start_ratio:.2f}, peak memory {memory_ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
