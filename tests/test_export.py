"""Print and export: real PDFs read back, CSV round trips, escaping, nothing lost."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from outsource_desktop.cli import main
from outsource_desktop.content.loader import load_catalog
from outsource_desktop.content.models import Catalog
from outsource_desktop.documents.views import view_document
from outsource_desktop.export.atomic import ExportError
from outsource_desktop.export.pdf import ensure_gui_application
from outsource_desktop.export.write import export_document
from outsource_desktop.reference.queries import ComparisonOptions
from tests.content_factory import long_content

TODAY = dt.date(2026, 11, 23)
ALL_MODELS = ComparisonOptions(("bpo", "kpo", "lpo"))


def pdf_pages(path: Path) -> list[str]:
    """Each page's text with runs of whitespace (pypdf emits tabs too) as one space."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


@pytest.fixture
def long_catalog(write_json: Any) -> Catalog:
    return load_catalog(write_json(long_content(), "long.json"))


def test_long_pdf_has_header_and_page_numbers_on_every_page(
    long_catalog: Catalog, tmp_path: Path
) -> None:
    ensure_gui_application()
    path = tmp_path / "long.pdf"
    # With explanations: long enough to break over several pages.
    detailed = ComparisonOptions(ALL_MODELS.model_ids, details=True)
    export_document(view_document(long_catalog, "comparison", detailed, TODAY), path, "pdf")
    pages = pdf_pages(path)
    assert len(pages) >= 5
    for number, text in enumerate(pages, start=1):
        assert re.search(r"Basis of comparison\s+BPO\s+KPO\s+LPO", text), (
            f"no header row on page {number}"
        )
        assert f"Page {number} of {len(pages)}" in text
    assert "BPO vs KPO vs LPO: comparison" in pages[0]
    assert "Content version 2026.01.1" in pages[0]
    assert "23 November 2026" in pages[0]
    assert "Sources" in pages[-1]
    assert "[1] “Article A”. example.org. By Ann Author." in pages[-1]
    # every row made it, none lost at a page break
    joined = "\n".join(pages)
    assert all(f"Aspect number {n}" in joined for n in range(120))


def test_pdf_is_landscape_and_follows_the_paper_setting(catalog: Catalog, tmp_path: Path) -> None:
    ensure_gui_application()
    document = view_document(catalog, "comparison", ALL_MODELS, TODAY)
    export_document(document, tmp_path / "a4.pdf", "pdf", "a4")
    export_document(document, tmp_path / "letter.pdf", "pdf", "letter")
    a4 = PdfReader(tmp_path / "a4.pdf").pages[0].mediabox
    letter = PdfReader(tmp_path / "letter.pdf").pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (842, 595)
    assert (round(float(letter.width)), round(float(letter.height))) == (792, 612)


def test_pdf_embeds_the_bundled_font(catalog: Catalog, tmp_path: Path) -> None:
    ensure_gui_application()
    path = tmp_path / "fonts.pdf"
    export_document(view_document(catalog, "services", ALL_MODELS, TODAY), path, "pdf")
    fonts = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object(), "font not embedded"
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert any("DejaVuSans" in name for name in fonts)


def test_subtitle_says_what_is_shown(catalog: Catalog, tmp_path: Path) -> None:
    options = ComparisonOptions(("kpo", "bpo"), filter_text="training", differences_only=True)
    path = tmp_path / "view.md"
    export_document(view_document(catalog, "comparison", options, TODAY), path, "md")
    text = path.read_text(encoding="utf-8")
    assert "Models: KPO, BPO; filtered by “training”; only rows where the models differ" in text
    assert "| Basis of comparison | KPO | BPO |" in text


def test_csv_round_trips_through_the_csv_module(catalog: Catalog, tmp_path: Path) -> None:
    path = tmp_path / "comparison.csv"
    document = view_document(catalog, "comparison", ALL_MODELS, TODAY)
    export_document(document, path, "csv")
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == ["Section", "Basis of comparison", "BPO", "KPO", "LPO"]
    assert len(rows) - 1 == len(catalog.aspects)
    table = document.blocks[0]
    data_rows = [row for i, row in enumerate(table.rows) if i not in table.group_rows]  # type: ignore[union-attr]
    assert [row[1:] for row in rows[1:]] == [list(row) for row in data_rows]
    sections = {section.title for section in catalog.sections}
    assert {row[0] for row in rows[1:]} <= sections


HOSTILE = "<b>bold</b> <img src='file:///etc/passwd'> <a href=\"file:///x\">x</a> & \u202eevil"


def hostile_catalog(small_data: dict[str, Any], write_json: Any) -> Catalog:
    small_data["aspects"][0]["label"] = HOSTILE
    small_data["aspects"][0]["claims"]["bpo"]["text"] = HOSTILE
    return load_catalog(write_json(small_data, "hostile.json"))


def test_html_escapes_markup_in_content(
    small_data: dict[str, Any], write_json: Any, tmp_path: Path
) -> None:
    catalog = hostile_catalog(small_data, write_json)
    path = tmp_path / "hostile.html"
    export_document(view_document(catalog, "comparison", ALL_MODELS, TODAY), path, "html")
    html = path.read_text(encoding="utf-8")
    assert "<img" not in html
    assert "<a href" not in html
    assert "<b>bold" not in html
    assert "&lt;img src=&#x27;file:///etc/passwd&#x27;&gt;" in html


def test_markdown_escapes_markup_in_content(
    small_data: dict[str, Any], write_json: Any, tmp_path: Path
) -> None:
    catalog = hostile_catalog(small_data, write_json)
    path = tmp_path / "hostile.md"
    export_document(view_document(catalog, "comparison", ALL_MODELS, TODAY), path, "md")
    text = path.read_text(encoding="utf-8")
    assert re.search(r"(?<!\\)<", text) is None, "an unescaped < would start HTML in Markdown"
    assert "\\<img" in text


def test_pdf_shows_markup_in_content_as_text(
    small_data: dict[str, Any], write_json: Any, tmp_path: Path
) -> None:
    ensure_gui_application()
    catalog = hostile_catalog(small_data, write_json)
    path = tmp_path / "hostile.pdf"
    export_document(view_document(catalog, "comparison", ALL_MODELS, TODAY), path, "pdf")
    text = " ".join(" ".join(pdf_pages(path)).split())
    assert "<b>bold</b>" in text
    assert "<img src='file:///etc/passwd'>" in text


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"the earlier export")
    return path


def test_failed_export_into_a_missing_folder(catalog: Catalog, tmp_path: Path) -> None:
    document = view_document(catalog, "comparison", ALL_MODELS, TODAY)
    with pytest.raises(ExportError, match="folder does not exist"):
        export_document(document, tmp_path / "missing" / "x.csv", "csv")


def test_failed_export_onto_a_folder(catalog: Catalog, tmp_path: Path) -> None:
    document = view_document(catalog, "comparison", ALL_MODELS, TODAY)
    (tmp_path / "folder.csv").mkdir()
    with pytest.raises(ExportError, match="is a folder"):
        export_document(document, tmp_path / "folder.csv", "csv")


DISK_FULL_SCRIPT = """
import resource, signal, sys
from pathlib import Path
from outsource_desktop.cli import main
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG instead of being killed
resource.setrlimit(resource.RLIMIT_FSIZE, (2000, 2000))
sys.exit(main(["export", "--view", "comparison", "--output", sys.argv[1]]))
"""


def test_disk_full_keeps_the_old_file(old_file: Path) -> None:
    # A file-size limit fails the write exactly as a full disk would, midway.
    result = subprocess.run(
        [sys.executable, "-c", DISK_FULL_SCRIPT, str(old_file.with_suffix(".csv"))],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    old_csv = old_file.with_suffix(".csv")
    assert result.returncode == 2
    assert "too large" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not old_csv.exists()
    assert [p.name for p in old_file.parent.iterdir()] == [old_file.name]  # no temp file left


def test_disk_full_over_an_existing_file_keeps_it(old_file: Path) -> None:
    target = old_file.with_suffix(".csv")
    target.write_bytes(b"the earlier export")
    result = subprocess.run(
        [sys.executable, "-c", DISK_FULL_SCRIPT, str(target)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 2
    assert target.read_bytes() == b"the earlier export"


@pytest.mark.skipif(shutil.which("setpriv") is None, reason="needs setpriv to drop root")
def test_unwritable_folder_keeps_the_old_file(old_file: Path) -> None:
    # Root writes anywhere, so run the export as 'nobody' into a folder it may not write.
    old_file.parent.chmod(0o755)
    for parent in old_file.parents:
        if parent == Path("/"):
            break
        parent.chmod(parent.stat().st_mode | 0o005)
    result = subprocess.run(
        [
            "setpriv",
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            sys.executable,
            "-m",
            "outsource_desktop",
            "export",
            "--output",
            str(old_file),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(old_file.parent)},
    )
    assert result.returncode == 2, result.stderr
    assert "not writable" in result.stderr
    assert old_file.read_bytes() == b"the earlier export"


def test_cli_export_writes_each_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("c.pdf", "c.csv", "c.md", "c.html"):
        assert (
            main(
                ["export", "--view", "careers", "--models", "kpo", "--output", str(tmp_path / name)]
            )
            == 0
        )
    assert "Careers" in pdf_pages(tmp_path / "c.pdf")[0]
    assert (tmp_path / "c.csv").read_text(encoding="utf-8-sig").startswith("Role,Model,")
    rows = list(csv.reader(io.StringIO((tmp_path / "c.csv").read_text(encoding="utf-8-sig"))))
    assert {row[1] for row in rows[1:]} == {"KPO"}
    capsys.readouterr()


def test_cli_export_all_views_into_one_pdf(tmp_path: Path) -> None:
    path = tmp_path / "all.pdf"
    assert main(["export", "--view", "all", "--format", "pdf", "--output", str(path)]) == 0
    text = "\n".join(pdf_pages(path))
    for title in ("comparison", "Service types", "Careers", "Sources"):
        assert title in text


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--output", "{tmp}/x.txt"], "cannot tell the format"),
        (["--output", "{tmp}/none/x.pdf"], "folder does not exist"),
        (["--models", "bpo,xpo", "--output", "{tmp}/x.pdf"], "unknown model"),
        (["--view", "all", "--output", "{tmp}/x.csv"], "CSV holds a single table"),
    ],
)
def test_cli_export_errors_are_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    arguments = [argument.format(tmp=tmp_path) for argument in arguments]
    assert main(["export", *arguments]) == 2
    error = capsys.readouterr().err.strip()
    assert message in error
    assert len(error.splitlines()) == 1
