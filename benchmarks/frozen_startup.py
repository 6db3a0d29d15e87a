"""Start-up time of the frozen app against a frozen bare PySide6 window.

    .venv/bin/python benchmarks/frozen_startup.py [--runs N]

Builds what is missing or older than its sources: the app with
packaging/build.sh, the bare window (benchmarks/bare_window.py) with
benchmarks/bare_window.spec, which trims Qt with the same packaging/trim.py.
Then starts both interleaved with --quit-after-show (benchmarks/startup.py's
timing: first painted frame, interactive, exit, peak memory) and prints medians,
min-max and the ratios. The budgets are benchmarks/budgets.toml's [startup].
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from startup import APP_TAB_COUNT, measure, print_table

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
APP = ROOT / "dist" / "outsource-desktop" / "outsource-desktop"
BARE_DIST = ROOT / "build" / "benchmarks" / "dist"
BARE = BARE_DIST / "bare-window" / "bare-window"


def newest_change(*paths: Path) -> float:
    files = [p for path in paths for p in ([path] if path.is_file() else path.rglob("*"))]
    return max(p.stat().st_mtime for p in files if p.is_file())


def is_stale(executable: Path, *sources: Path) -> bool:
    return not executable.exists() or executable.stat().st_mtime < newest_change(*sources)


def build_bare_window() -> None:
    subprocess.run(
        [
            str(Path(sys.executable).parent / "pyinstaller"),
            "--noconfirm",
            "--log-level=WARN",
            f"--distpath={BARE_DIST}",
            f"--workpath={ROOT / 'build' / 'benchmarks' / 'work'}",
            str(HERE / "bare_window.spec"),
        ],
        check=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    arguments = parser.parse_args()
    trim = ROOT / "packaging" / "trim.py"
    if is_stale(APP, ROOT / "src", ROOT / "resources", ROOT / "packaging"):
        subprocess.run([str(ROOT / "packaging" / "build.sh")], check=True)
    if is_stale(BARE, HERE / "bare_window.py", HERE / "bare_window.spec", trim):
        build_bare_window()

    baseline, app = measure(
        {
            "bare window": [str(BARE), f"--tabs={APP_TAB_COUNT}", "--quit-after-show"],
            "app": [str(APP), "--quit-after-show"],
        },
        arguments.runs,
        [BARE.parent, APP.parent],
    )
    print(f"frozen onedir, {arguments.runs} rounds, interleaved")
    print_table(baseline, app)
    for name, executable in (("bare window", BARE), ("app", APP)):
        size = sum(p.lstat().st_size for p in executable.parent.rglob("*") if not p.is_dir())
        print(f"{name:12} bundle {size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
