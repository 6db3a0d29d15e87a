"""Start-up of the app against a bare PySide6 window: first frame, interactive, exit, memory.

    .venv/bin/python benchmarks/startup.py [--runs N] [--tabs N] [--frozen] [--json]

Each child is started with --quit-after-show and OUTSOURCE_DESKTOP_START_MARKS
naming a file, into which it writes (on time.monotonic(), the same system-wide
clock as this process) when its first frame was painted and when it became
interactive (content loaded, every control usable). From these and the spawn
and exit times here come four figures per child: spawn to first painted frame
(the budgeted one: what a reader sees), to interactive, to exit (which counts
the final garbage collection and teardown, so it flatters a bigger process
less than it seems), and peak resident memory from the kernel's rusage.

Fair comparison on a shared machine:
- the two are interleaved round by round (plain sequential blocks drift), the
  order swapping each round so neither always follows the other;
- both are pinned to one core with `taskset -c 1` where taskset exists;
- both run from compiled bytecode: the app's sources and the bare window are
  compiled with compileall first (PYTHONDONTWRITEBYTECODE may be set, and a
  script run by path is never read from a .pyc, so the bare window runs with -m);
- both start with the files they run from in the same state in the page cache,
  which peak memory depends on (benchmarks/page_cache.py): the cached pages of the
  bundles (frozen) or of PySide6's libraries (unfrozen) are dropped first;
- both show a window of the same size: the app starts in an empty settings folder
  each round, so at its default size (1200 x 800), which the bare window copies,
  and never at whatever size a window on this machine last remembered.

Keep this process small: Linux counts a child's memory before exec() in its
peak, so a parent that has loaded Qt would inflate both figures alike
(benchmarks/run.py runs this script for that). --frozen starts the PyInstaller
bundles instead (benchmarks/frozen_startup.py builds them); --json prints the samples.
--also SRC adds a third contestant, the app from another checkout's src folder, in
the same interleaved rounds: the fair way to see what one change gained, e.g.
    git worktree add /tmp/before HEAD~1 && cp resources/content.json.cache /tmp/before/resources/
    .venv/bin/python benchmarks/startup.py --also /tmp/before/src
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from page_cache import forget_cached_pages

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
FROZEN_APP = ROOT / "dist" / "outsource-desktop" / "outsource-desktop"
# Where frozen_startup.py builds the frozen bare window (benchmarks/bare_window.spec).
FROZEN_BARE_CANDIDATES = (
    ROOT / "build" / "benchmarks" / "dist" / "bare-window" / "bare-window",
    ROOT / "dist" / "bare-window" / "bare-window",
)
APP_TAB_COUNT = 7  # benchmarks/run.py passes the count it reads from the app
MARKS_VARIABLE = "OUTSOURCE_DESKTOP_START_MARKS"  # read by gui/app.py and bare_window.py
PINNED_CORE = "1"


@dataclass
class Samples:
    name: str
    first_frame: list[float] = field(default_factory=list)
    interactive: list[float] = field(default_factory=list)
    exit: list[float] = field(default_factory=list)
    peak_mib: list[float] = field(default_factory=list)


def pinned(command: list[str]) -> list[str]:
    taskset = shutil.which("taskset")
    return [taskset, "-c", PINNED_CORE, *command] if taskset else command


def read_marks(path: Path) -> dict[str, float]:
    marks: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        name, _, value = line.partition(" ")
        marks.setdefault(name, float(value))  # the first of each
    return marks


def run_once(command: list[str], samples: Samples) -> None:
    """Run `command` once; a leading "PYTHONPATH=..." item puts that folder first."""
    paths = [str(HERE), os.environ.get("PYTHONPATH")]
    if command[0].startswith("PYTHONPATH="):
        paths.insert(0, command[0].removeprefix("PYTHONPATH="))
        command = command[1:]
    with tempfile.TemporaryDirectory(prefix="outsource-start-") as folder:
        marks_file = Path(folder) / "marks"
        environment = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "PYTHONPATH": os.pathsep.join(filter(None, paths)),
            MARKS_VARIABLE: str(marks_file),
            # A first start, in an empty settings folder: the app's window opens at its
            # default size, as the bare window does (1200 x 800), whatever size a window
            # on this machine last remembered.
            "XDG_CONFIG_HOME": str(Path(folder) / "config"),
        }
        started = time.monotonic()
        process = subprocess.Popen(pinned(command), env=environment, stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        ended = time.monotonic()
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"{command} exited with {os.waitstatus_to_exitcode(status)}")
        try:
            marks = read_marks(marks_file)
            samples.first_frame.append(marks["first_frame"] - started)
            samples.interactive.append(marks["interactive"] - started)
        except (OSError, KeyError, ValueError) as error:
            raise SystemExit(f"{command} wrote no start marks ({error})") from error
    samples.exit.append(ended - started)
    samples.peak_mib.append(usage.ru_maxrss / 1024)  # ru_maxrss is in KiB on Linux


def measure(commands: dict[str, list[str]], runs: int, files_run_from: list[Path]) -> list[Samples]:
    forget_cached_pages(files_run_from)
    samples = {name: Samples(name) for name in commands}
    for name, command in commands.items():  # one warm-up each: disk cache, font cache
        run_once(command, Samples(name))
    order = list(commands)
    for _ in range(runs):
        for name in order:
            run_once(commands[name], samples[name])
        order.reverse()  # neither always runs right after the other
    return list(samples.values())


def compile_bytecode(*extra_sources: str) -> None:
    """Compile the app's package and the bare window, so both start from .pyc files."""
    spec = importlib.util.find_spec("outsource_desktop")  # finds it without importing it
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("outsource_desktop is not installed (scripts/bootstrap.sh)")
    for folder in [*spec.submodule_search_locations, *extra_sources]:
        compileall.compile_dir(folder, quiet=1)
    compileall.compile_file(HERE / "bare_window.py", quiet=1)


def qt_library_folders() -> list[Path]:
    """PySide6's and shiboken6's installed folders (Qt's libraries among them), found
    without importing them: this process stays small."""
    folders = []
    for package in ("PySide6", "shiboken6"):
        spec = importlib.util.find_spec(package)
        if spec is not None and spec.submodule_search_locations:
            folders.extend(Path(folder) for folder in spec.submodule_search_locations)
    return folders


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
        # -m, not the script's path: only a module is run from its .pyc.
        "bare window": [python, "-m", "bare_window", f"--tabs={tabs}", "--quit-after-show"],
        "app": [python, "-m", "outsource_desktop", "--quit-after-show"],
    }


FIGURES = (
    ("first frame", "first_frame", 1000, "ms"),
    ("interactive", "interactive", 1000, "ms"),
    ("exit", "exit", 1000, "ms"),
    ("peak memory", "peak_mib", 1, "MiB"),
)


def print_table(baseline: Samples, *apps: Samples) -> None:
    print(f"{'':12} {'bare window (median, min-max)':>32}", end="")
    print("".join(f" {app.name:>32}  ratio" for app in apps))
    for label, key, scale, unit in FIGURES:
        bare_values = getattr(baseline, key)
        print(f"{label:12} {describe(bare_values, scale, unit):>32}", end="")
        for app in apps:
            app_values = getattr(app, key)
            ratio = statistics.median(app_values) / statistics.median(bare_values)
            print(f" {describe(app_values, scale, unit):>32}  {ratio:5.2f}", end="")
        print()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--tabs", type=int, default=APP_TAB_COUNT)
    parser.add_argument("--frozen", action="store_true", help="start the PyInstaller bundles")
    parser.add_argument("--json", action="store_true", help="print the samples as JSON")
    parser.add_argument("--also", metavar="SRC", help="also time the app from this src folder")
    arguments = parser.parse_args()
    chosen = commands(arguments.tabs, arguments.frozen)
    if chosen is None:
        print(json.dumps(None) if arguments.json else "no frozen app or bare window found")
        return 0
    if not arguments.frozen:
        compile_bytecode(*([arguments.also] if arguments.also else []))
        if arguments.also:
            chosen[f"app from {arguments.also}"] = [f"PYTHONPATH={arguments.also}", *chosen["app"]]
    run_from = (
        [Path(chosen[name][0]).parent for name in ("bare window", "app")]
        if arguments.frozen
        else qt_library_folders()
    )
    baseline, *apps = measure(chosen, arguments.runs, run_from)
    if arguments.json:
        print(json.dumps({sample.name: vars(sample) for sample in (baseline, *apps)}))
        return 0
    print(f"{arguments.runs} rounds, interleaved" + (", frozen" if arguments.frozen else ""))
    print_table(baseline, *apps)
    return 0


if __name__ == "__main__":
    sys.exit(main())
