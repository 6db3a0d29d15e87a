"""Every benchmark of issue #7 in one run, each against a bare Qt baseline, with budgets.

    .venv/bin/python benchmarks/run.py [--quick] [--report-only]

Prints one table of medians, min-max and app/baseline ratios, then the figures
over their budget (benchmarks/budgets.toml). Exits 1 when any figure is over
budget, unless --report-only. --quick runs fewer repetitions (a noisier look).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from export_pdf import compare as compare_pdf_export
from export_pdf import qt_plain_print
from filtering import compare_filtering
from PySide6.QtWidgets import QApplication
from scaled_content import bundled_content, scaled, with_aspects, write_content

from outsource_desktop.content.loader import load_catalog
from outsource_desktop.content.models import Catalog
from outsource_desktop.documents.views import comparison_document
from outsource_desktop.export.fonts import install_bundled_fonts
from outsource_desktop.export.formats import to_text_format
from outsource_desktop.export.pdf import render_pdf
from outsource_desktop.reference.queries import ComparisonOptions, select_comparison_rows

HERE = Path(__file__).resolve().parent
SCALE_ASPECTS = 10_000
SCALE_FACTORS = (1, 10, 100)
FILTER_WORD = "knowledge"


@dataclass(frozen=True)
class Settings:
    startup_runs: int
    pdf_runs: int
    filter_rounds: int
    export_runs: int
    load_runs: int
    scale_pdf_rows: int


FULL = Settings(
    startup_runs=21, pdf_runs=15, filter_rounds=3, export_runs=3, load_runs=7, scale_pdf_rows=1000
)
QUICK = Settings(
    startup_runs=5, pdf_runs=5, filter_rounds=1, export_runs=1, load_runs=2, scale_pdf_rows=300
)


@dataclass(frozen=True)
class Figure:
    """One line of the table: the app's samples, maybe a baseline's, maybe a budget."""

    name: str
    unit: str  # "ms" (samples in seconds) or "MiB"
    app: Sequence[float]
    baseline: Sequence[float] = ()
    max_ratio: float | None = None
    max_app: float | None = None  # in `unit`
    note: str = ""

    @property
    def scale(self) -> float:
        return 1000.0 if self.unit == "ms" else 1.0

    @property
    def ratio(self) -> float | None:
        if not self.baseline:
            return None
        return statistics.median(self.app) / statistics.median(self.baseline)

    def over_budget(self) -> list[str]:
        problems: list[str] = []
        ratio = self.ratio
        if self.max_ratio is not None and ratio is not None and ratio > self.max_ratio:
            problems.append(f"{self.name}: ratio {ratio:.2f} > {self.max_ratio:.2f}")
        if self.max_app is not None:
            # The worst keystroke is what a reader feels, so an absolute limit
            # applies to the slowest sample, not the median.
            worst = max(self.app) * self.scale
            if worst > self.max_app:
                problems.append(f"{self.name}: max {worst:.1f} {self.unit} > {self.max_app:g}")
        return problems

    def cells(self) -> list[str]:
        budget = []
        if self.max_ratio is not None:
            budget.append(f"≤{self.max_ratio:g}×")
        if self.max_app is not None:
            budget.append(f"max ≤{self.max_app:g} {self.unit}")
        ratio = self.ratio
        return [
            self.name,
            describe(self.app, self.scale, self.unit),
            describe(self.baseline, self.scale, self.unit) if self.baseline else "",
            f"{ratio:.2f}" if ratio is not None else "",
            ", ".join(budget),
            ("OVER" if self.over_budget() else "ok") if budget else "",
        ]


def describe(values: Sequence[float], scale: float, unit: str) -> str:
    median = statistics.median(values) * scale
    return f"{median:.1f} {unit} ({min(values) * scale:.1f}-{max(values) * scale:.1f})"


def timed(task: Callable[[], object], runs: int) -> list[float]:
    seconds: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        task()
        seconds.append(time.perf_counter() - started)
    return seconds


def app_tab_count(catalog: Catalog) -> int:
    from outsource_desktop.gui.main_window import MainWindow

    window = MainWindow(catalog)
    count = window.tabs.count()
    window.deleteLater()
    return count


def startup_figures(
    budgets: dict[str, float], runs: int, tabs: int, *, frozen: bool = False
) -> list[Figure]:
    """Start-up, measured by startup.py in a process of its own (see its docstring)."""
    command = [sys.executable, str(HERE / "startup.py"), f"--runs={runs}", f"--tabs={tabs}"]
    output = subprocess.run(
        [*command, "--json", *(["--frozen"] if frozen else [])],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    samples = json.loads(output)
    if samples is None:
        print(
            "note: frozen start skipped: no dist/outsource-desktop bundle (packaging/build.sh)"
            " or frozen bare window (benchmarks/frozen_startup.py) was found"
        )
        return []
    bare, app = samples["bare window"], samples["app"]
    prefix = "frozen " if frozen else ""
    return [
        Figure(
            f"{prefix}start to first painted frame ({tabs} tabs)",
            "ms",
            app["first_frame"],
            bare["first_frame"],
            max_ratio=budgets["first_frame_ratio"],
        ),
        Figure(
            f"{prefix}start to interactive",
            "ms",
            app["interactive"],
            bare["interactive"],
            max_ratio=budgets["interactive_ratio"],
            note="content loaded, every control usable; a bare window is so once painted",
        ),
        Figure(
            f"{prefix}start to exit (--quit-after-show)",
            "ms",
            app["exit"],
            bare["exit"],
            note="reported, not budgeted: it adds each process's teardown to its start",
        ),
        Figure(
            f"{prefix}peak memory at start",
            "MiB",
            app["peak_mib"],
            bare["peak_mib"],
            max_ratio=budgets["memory_ratio"],
        ),
    ]


def all_rows_options(catalog: Catalog) -> ComparisonOptions:
    return ComparisonOptions(tuple(model.id for model in catalog.models))


def pdf_figure(catalog: Catalog, name: str, runs: int, max_ratio: float) -> Figure:
    options = all_rows_options(catalog)
    rows = select_comparison_rows(catalog, options)
    document = comparison_document(catalog, rows, options, dt.date.today())
    baseline, app = compare_pdf_export(document, runs)
    return Figure(name, "ms", app, baseline, max_ratio=max_ratio)


def scale_figures(
    budgets: dict[str, dict[str, float]], settings: Settings, folder: Path
) -> list[Figure]:
    data = bundled_content()
    path = write_content(with_aspects(data, SCALE_ASPECTS), folder / "aspects-10k.json")
    figures = [
        Figure(
            f"load {SCALE_ASPECTS:,} aspects",
            "ms",
            timed(lambda: load_catalog(path), settings.load_runs),
        )
    ]
    catalog = load_catalog(path)
    baseline, app = compare_filtering(catalog, FILTER_WORD, settings.filter_rounds)
    figures.append(
        Figure(
            f"filter keystroke, {SCALE_ASPECTS:,} rows",
            "ms",
            app,
            baseline,
            max_ratio=budgets["filter"]["ratio"],
            max_app=budgets["filter"]["keystroke_ms"],
        )
    )
    options = all_rows_options(catalog)
    rows = select_comparison_rows(catalog, options)
    document = comparison_document(catalog, rows, options, dt.date.today())
    figures.append(
        Figure(
            f"CSV export, {SCALE_ASPECTS:,} rows",
            "ms",
            timed(lambda: to_text_format(document, "csv"), settings.export_runs),
            note="no Qt baseline: CSV is plain Python",
        )
    )
    subset = rows[: settings.scale_pdf_rows]
    subset_document = comparison_document(catalog, subset, options, dt.date.today())
    pdf_baseline: list[float] = []
    pdf_app: list[float] = []
    for _ in range(settings.export_runs):
        pdf_baseline += timed(lambda: qt_plain_print(subset_document), 1)
        pdf_app += timed(lambda: render_pdf(subset_document), 1)
    figures.append(
        Figure(
            f"PDF export, first {len(subset):,} of {SCALE_ASPECTS:,} rows",
            "ms",
            pdf_app,
            pdf_baseline,
            max_ratio=budgets["export"]["pdf_ratio"],
        )
    )
    return figures


def load_once(path: Path) -> float:
    """Seconds to load `path` in a fresh process (see load_once.py)."""
    output = subprocess.run(
        [sys.executable, str(HERE / "load_once.py"), str(path)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return float(output)


def load_growth_figures(budgets: dict[str, float], runs: int, folder: Path) -> list[Figure]:
    """Load time at 1, 10 and 100 times the bundled content, per megabyte.

    Each load runs in a fresh process, as the app's does (load_once.py), and the
    rounds alternate the sizes so machine noise hits each alike.
    """
    data = bundled_content()
    largest, smallest = SCALE_FACTORS[-1], SCALE_FACTORS[0]
    paths = {
        factor: write_content(scaled(data, factor), folder / f"content-x{factor}.json")
        for factor in SCALE_FACTORS
    }
    megabytes = {factor: path.stat().st_size / 1_000_000 for factor, path in paths.items()}
    seconds: dict[int, list[float]] = {factor: [] for factor in SCALE_FACTORS}
    for _ in range(runs):
        for factor, path in paths.items():
            seconds[factor].append(load_once(path))
    figures = [
        Figure(f"load {factor}× content ({megabytes[factor]:.1f} MB)", "ms", seconds[factor])
        for factor in SCALE_FACTORS
    ]
    per_mb = {
        factor: [value / megabytes[factor] for value in seconds[factor]] for factor in SCALE_FACTORS
    }
    figures.append(
        Figure(
            f"load time per MB, {largest}× vs {smallest}×",
            "ms",
            per_mb[largest],
            per_mb[smallest],
            max_ratio=budgets["growth_ratio"],
        )
    )
    return figures


def print_table(figures: Sequence[Figure]) -> None:
    header = [
        "figure",
        "app: median (min-max)",
        "baseline: median (min-max)",
        "ratio",
        "budget",
        "",
    ]
    lines = [header, *(figure.cells() for figure in figures)]
    widths = [max(len(line[column]) for line in lines) for column in range(len(header))]
    for line in lines:
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)))
    for figure in figures:
        if figure.note:
            print(f"note: {figure.name}: {figure.note}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--report-only", action="store_true", help="exit 0 even when over budget")
    parser.add_argument(
        "--startup-only", action="store_true", help="only the start-up figures (about 1 minute)"
    )
    arguments = parser.parse_args()
    settings = QUICK if arguments.quick else FULL
    budgets = tomllib.loads((HERE / "budgets.toml").read_text(encoding="utf-8"))
    QApplication(sys.argv[:1])
    install_bundled_fonts()
    from outsource_desktop.content.assets import bundled_content_path

    bundled = load_catalog(bundled_content_path())
    tabs = app_tab_count(bundled)
    started = time.perf_counter()
    figures = startup_figures(budgets["startup"], settings.startup_runs, tabs)
    figures += startup_figures(budgets["startup"], settings.startup_runs, tabs, frozen=True)
    if not arguments.startup_only:
        figures.append(
            pdf_figure(
                bundled,
                "PDF export, bundled comparison",
                settings.pdf_runs,
                budgets["export"]["pdf_ratio"],
            )
        )
        with tempfile.TemporaryDirectory(prefix="outsource-bench-") as folder:
            figures += scale_figures(budgets, settings, Path(folder))
            figures += load_growth_figures(budgets["load"], settings.load_runs, Path(folder))
    print()
    print_table(figures)
    print(
        f"({time.perf_counter() - started:.0f} s; {os.cpu_count()} CPUs; "
        f"load average {os.getloadavg()[0]:.2f})"
    )
    over = [problem for figure in figures for problem in figure.over_budget()]
    if over:
        print("\nOver budget:")
        for problem in over:
            print(f"  {problem}")
    else:
        print("\nEvery figure is within its budget.")
    return 1 if over and not arguments.report_only else 0


if __name__ == "__main__":
    sys.exit(main())
