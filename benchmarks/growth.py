"""How validation, export and start-up grow with the size of the content (issue #18).

    .venv/bin/python benchmarks/growth.py [--cases NAME,...] [--sizes N,...] [--timeout S]

Each case makes content files of growing size from the bundled content and runs
the app's own command on each, in a fresh process, as a user would. For each
size it prints the seconds from spawn to exit, the peak resident memory (the
kernel's rusage of that child), the exit code, and the growth ratio: the time
per unit of size over that of the size before it. A ratio near 1 is linear
growth; 2 when the size doubles is quadratic. A run over --timeout is killed
and shown as such. Files are made in a process of their own too: Linux counts
the memory a parent holds when it starts a child in that child's peak.

To measure another version of the code (say, before a change), put its `src`
first on PYTHONPATH: `PYTHONPATH=/tmp/old/src .venv/bin/python benchmarks/growth.py`.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scaled_content import bundled_content, with_aspects

Maker = Callable[[int, Path], Path]


def _write(text: str, path: Path) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def empty_aspects(count: int, folder: Path) -> Path:
    """The bundled content with `count` empty aspects: four problems each."""
    data = bundled_content()
    data["aspects"] = [{}] * count
    return _write(json.dumps(data), folder / f"empty-aspects-{count}.json")


def empty_strings(count: int, folder: Path) -> Path:
    """A service type with `count` empty examples: one problem each."""
    data = bundled_content()
    data["service_types"][0]["examples"] = [""] * count
    return _write(json.dumps(data), folder / f"empty-strings-{count}.json")


def repeated_keys(count: int, folder: Path) -> Path:
    """`count` different unknown keys at the top level, each written twice."""
    text = json.dumps(bundled_content())[:-1]
    extra = "".join(f', "k{number}": 0, "k{number}": 0' for number in range(count))
    return _write(text + extra + "}", folder / f"repeated-keys-{count}.json")


def unknown_keys(count: int, folder: Path) -> Path:
    """`count` different unknown keys in one object, each written once."""
    text = json.dumps(bundled_content())[:-1]
    extra = "".join(f', "k{number}": 0' for number in range(count))
    return _write(text + extra + "}", folder / f"unknown-keys-{count}.json")


def valid_aspects(count: int, folder: Path) -> Path:
    return _write(json.dumps(with_aspects(bundled_content(), count)), folder / f"a-{count}.json")


def cited_sources(count: int, folder: Path) -> Path:
    """`count` sources, each cited by one aspect of its own and all by the overview."""
    data = with_aspects(bundled_content(), count)
    new_ids = [f"source-{number}" for number in range(count)]
    data["sources"] = data["sources"] + [
        {"id": source_id, "title": f"Article {number}"} for number, source_id in enumerate(new_ids)
    ]
    for source_id, aspect in zip(new_ids, data["aspects"], strict=True):
        for claim in aspect["claims"].values():
            claim["sources"] = [source_id]
            claim.pop("disagreements", None)
    data["models"][0]["definition"]["sources"] += new_ids
    return _write(json.dumps(data), folder / f"sources-{count}.json")


def app(*arguments: str) -> list[str]:
    return [sys.executable, "-m", "outsource_desktop", *arguments]


@dataclass(frozen=True)
class Case:
    name: str
    unit: str
    sizes: tuple[int, ...]
    make: Maker
    command: Callable[[Path, Path], list[str]]  # (content file, output folder) -> command


CASES = {
    case.name: case
    for case in (
        Case(
            "validate-empty-aspects",
            "aspects",
            (10_000, 100_000, 1_000_000),
            empty_aspects,
            lambda path, _out: app("validate", str(path)),
        ),
        Case(
            "validate-empty-strings",
            "strings",
            (10_000, 100_000, 1_000_000),
            empty_strings,
            lambda path, _out: app("validate", str(path)),
        ),
        Case(
            "validate-repeated-keys",
            "keys",
            (10_000, 100_000, 1_000_000),
            repeated_keys,
            lambda path, _out: app("validate", str(path)),
        ),
        Case(
            "validate-unknown-keys",
            "keys",
            (10_000, 100_000, 1_000_000),
            unknown_keys,
            lambda path, _out: app("validate", str(path)),
        ),
        Case(
            "validate-valid-aspects",
            "aspects",
            (10_000, 20_000, 40_000),
            valid_aspects,
            lambda path, _out: app("validate", str(path)),
        ),
        Case(
            "export-pdf-aspects",
            "aspects",
            (2_500, 5_000, 10_000, 20_000),
            valid_aspects,
            lambda path, out: app(
                "--content", str(path), "export", "--output", str(out / "comparison.pdf")
            ),
        ),
        Case(
            "export-md-sources",
            "sources",
            (5_000, 10_000, 20_000),
            cited_sources,
            lambda path, out: app(
                "--content", str(path), "export", "--output", str(out / "comparison.md")
            ),
        ),
        Case(
            "start-sources",
            "sources",
            (5_000, 10_000, 20_000),
            cited_sources,
            lambda path, _out: app("--content", str(path), "--quit-after-show"),
        ),
    )
}


@dataclass(frozen=True)
class Run:
    size: int
    megabytes: float
    seconds: float
    peak_mib: float
    exit_code: int | None  # None: killed at the timeout


def run_once(command: Sequence[str], timeout: float, environment: dict[str, str]) -> Run:
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        elapsed = time.perf_counter() - started
        if pid:
            process.returncode = os.waitstatus_to_exitcode(status)
            return Run(0, 0.0, elapsed, usage.ru_maxrss / 1024, process.returncode)
        if elapsed > timeout:
            os.kill(process.pid, signal.SIGKILL)
            _, _, usage = os.wait4(process.pid, 0)
            process.returncode = -signal.SIGKILL
            return Run(0, 0.0, elapsed, usage.ru_maxrss / 1024, None)
        time.sleep(0.02)


def make_file(case: Case, size: int, folder: Path) -> Path:
    """Make the case's file in a fresh process, so this one stays small (see above)."""
    output = subprocess.run(
        [sys.executable, __file__, "--make", case.name, str(size), str(folder)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return Path(output.strip())


def measure(case: Case, sizes: Sequence[int], timeout: float, folder: Path) -> list[Run]:
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(folder / "config"),
        "XDG_STATE_HOME": str(folder / "state"),
    }
    runs = []
    for size in sizes:
        path = make_file(case, size, folder)
        result = run_once(case.command(path, folder), timeout, environment)
        runs.append(
            Run(
                size,
                path.stat().st_size / 1_000_000,
                result.seconds,
                result.peak_mib,
                result.exit_code,
            )
        )
        path.unlink()
        print_run(case, runs)
        if result.exit_code is None:
            break  # a larger size would only be killed too
    return runs


def growth(runs: Sequence[Run], index: int) -> str:
    if index == 0:
        return ""
    before, now = runs[index - 1], runs[index]
    if now.exit_code is None:
        return ""
    return f"{(now.seconds / before.seconds) / (now.size / before.size):.2f}"


def print_run(case: Case, runs: Sequence[Run]) -> None:
    index = len(runs) - 1
    run = runs[index]
    outcome = f"exit {run.exit_code}" if run.exit_code is not None else "KILLED"
    print(
        f"{case.name:<24} {run.size:>10,} {case.unit:<8} {run.megabytes:7.1f} MB "
        f"{run.seconds:8.2f} s {run.peak_mib:8.0f} MiB  {outcome:<7} {growth(runs, index):>6}",
        flush=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", default=",".join(CASES), help="comma-separated case names")
    parser.add_argument("--sizes", default="", help="comma-separated sizes for every case")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per run")
    parser.add_argument(
        "--make", nargs=3, metavar=("CASE", "SIZE", "FOLDER"), help=argparse.SUPPRESS
    )
    arguments = parser.parse_args()
    if arguments.make:
        name, size, folder = arguments.make
        print(CASES[name].make(int(size), Path(folder)))
        return 0
    names = [name for name in arguments.cases.split(",") if name]
    unknown = [name for name in names if name not in CASES]
    if unknown:
        parser.error(f"unknown case(s): {', '.join(unknown)}; known: {', '.join(CASES)}")
    print(
        f"{'case':<24} {'size':>10} {'unit':<8} {'file':>10} {'time':>10} {'peak':>12}  "
        f"{'outcome':<7} {'growth':>6}"
    )
    with tempfile.TemporaryDirectory(prefix="outsource-growth-") as name:
        for case_name in names:
            case = CASES[case_name]
            sizes: Any = tuple(int(size) for size in arguments.sizes.split(",") if size)
            measure(case, sizes or case.sizes, arguments.timeout, Path(name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
