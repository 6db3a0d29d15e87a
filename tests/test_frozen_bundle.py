"""The PyInstaller bundle, built for real and started the way users start it.

Builds dist/outsource-desktop with packaging/build.sh when it is missing or older
than its sources (about a minute), then runs the frozen executable with a bare
environment, and again without a network where `unshare` can take it away.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import tarfile
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from outsource_desktop.content.cache import read_cache
from outsource_desktop.content.loader import load_catalog
from tests.packaging_support import APP_ID, ROOT, project_version, works

pytestmark = pytest.mark.packaging

BUNDLE = ROOT / "dist" / "outsource-desktop"
EXECUTABLE = BUNDLE / "outsource-desktop"
SOURCES = (ROOT / "src", ROOT / "resources", ROOT / "packaging", ROOT / "pyproject.toml")
MAX_BUNDLE_BYTES = 120_000_000
MAX_ARCHIVE_BYTES = 50_000_000

# Lines no clean start may print: a missing plugin, a Python error, the C-locale warning.
TROUBLE = re.compile(r"Traceback|qt\.qpa\.plugin|Could not (load|find)|locale", re.IGNORECASE)

Runner = Callable[..., subprocess.CompletedProcess[str]]


def newest_source_change() -> float:
    files = (p for source in SOURCES for p in (source.rglob("*") if source.is_dir() else [source]))
    return max(p.stat().st_mtime for p in files if p.is_file() and "__pycache__" not in p.parts)


def archive_path() -> Path:
    name = f"outsource-desktop-{project_version()}-linux-{os.uname().machine}.tar.xz"
    return ROOT / "dist" / name


@pytest.fixture(scope="session")
def bundle() -> Path:
    stale = not EXECUTABLE.exists() or EXECUTABLE.stat().st_mtime < newest_source_change()
    if stale or not archive_path().exists():
        subprocess.run([ROOT / "packaging" / "build.sh"], check=True, cwd=ROOT)
    return BUNDLE


def bare_environment(home: Path) -> dict[str, str]:
    """What `env -i` leaves plus the four things a desktop session always sets."""
    return {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }


def network_free_prefix() -> list[str] | None:
    """How to run a command in a namespace without network, if this machine allows it."""
    for prefix in (["unshare", "--net"], ["unshare", "--map-root-user", "--net"]):
        if works([*prefix, "true"]):
            return prefix
    return None


@pytest.fixture(params=["bare-environment", "no-network"])
def run_frozen(request: pytest.FixtureRequest, bundle: Path, tmp_path: Path) -> Runner:
    prefix: list[str] = []
    if request.param == "no-network":
        found = network_free_prefix()
        if found is None:
            pytest.skip("`unshare --net` is not permitted on this machine")
        prefix = found
    home = tmp_path / "home"
    home.mkdir()

    def run(*arguments: str | Path, **environment: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*prefix, bundle / "outsource-desktop", *map(str, arguments)],
            env={**bare_environment(home), **environment},
            cwd=home,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    return run


def test_bundle_and_archive_sizes(bundle: Path) -> None:
    # lstat: the bundle links some libraries to a second name; count each file once.
    size = sum(path.lstat().st_size for path in bundle.rglob("*") if not path.is_dir())
    assert size <= MAX_BUNDLE_BYTES, f"bundle is {size / 1e6:.1f} MB"
    archive = archive_path().stat().st_size
    assert archive <= MAX_ARCHIVE_BYTES, f"archive is {archive / 1e6:.1f} MB"


def test_resources_sit_at_their_package_relative_path(bundle: Path) -> None:
    resources = bundle / "_internal" / "outsource_desktop" / "resources"
    for relative in (
        "content.json",
        "content.hi.json",
        "icons/outsource-desktop-32.png",
        "fonts/DejaVuSans.ttf",
        "fonts/NotoSansDevanagari-Regular.ttf",
        "fonts/LICENSE-NotoSansDevanagari.txt",
    ):
        assert (resources / relative).is_file(), relative
    assert not (bundle / "resources").exists()  # no checkout-style fallback to fall into


@pytest.mark.parametrize("name", ["content.json", "content.hi.json"])
def test_the_bundle_starts_from_a_current_cache_of_its_content(bundle: Path, name: str) -> None:
    # Without it every start would import pydantic and validate (content/cache.py).
    content = bundle / "_internal" / "outsource_desktop" / "resources" / name
    cached = read_cache(content, content.read_bytes())
    assert cached is not None
    assert cached == load_catalog(content)


def test_trimmed_qt_is_gone(bundle: Path) -> None:
    internal = bundle / "_internal"
    qm_files = {path.relative_to(internal).as_posix() for path in internal.rglob("*.qm")}
    # Qt's own catalogues are trimmed; the app carries its Hindi (and Hindi for Qt's dialogs).
    assert qm_files == {
        "outsource_desktop/resources/i18n/outsource_desktop_hi.qm",
        "outsource_desktop/resources/i18n/qtbase_hi.qm",
    }
    for dropped in ("libQt6Network*", "libQt6Qml*", "libQt6Quick*", "libQt6Pdf*", "libqgtk3*"):
        assert not list(internal.rglob(dropped)), dropped
    for kept in ("libqxcb.so", "libqwayland.so", "libqoffscreen.so", "libqsvgicon.so"):
        assert list(internal.rglob(kept)), kept
    assert list(internal.rglob("QtPrintSupport.abi3.so")), "QtPrintSupport (PDF export, printing)"


def test_version(run_frozen: Runner) -> None:
    catalog = load_catalog(ROOT / "resources" / "content.json")
    result = run_frozen("--version")
    assert result.returncode == 0, result.stderr
    expected = f"outsource-desktop {project_version()} (content {catalog.data_version})"
    assert result.stdout.strip() == expected
    assert not TROUBLE.search(result.stderr), result.stderr


def test_quit_after_show(run_frozen: Runner) -> None:
    result = run_frozen("--quit-after-show")
    assert result.returncode == 0, result.stderr
    assert not TROUBLE.search(result.stderr), result.stderr


def test_validate_reports_a_broken_file_without_a_traceback(
    run_frozen: Runner, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema_version": 1,', encoding="utf-8")
    result = run_frozen("validate", broken)
    assert result.returncode == 2
    assert f"{broken}: " in result.stderr
    assert "Traceback" not in result.stderr


def test_export_writes_a_pdf_whose_text_reads_back(run_frozen: Runner, tmp_path: Path) -> None:
    from pypdf import PdfReader

    catalog = load_catalog(ROOT / "resources" / "content.json")
    output = tmp_path / "comparison.pdf"
    result = run_frozen("export", "--view", "comparison", "--output", output)
    assert result.returncode == 0, result.stderr
    assert not TROUBLE.search(result.stderr), result.stderr
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(output).pages)
    for model in catalog.models:
        assert model.short_name in text
    assert " ".join(catalog.aspects[0].label.split()) in text


def test_export_writes_a_hindi_pdf_that_reads_back(run_frozen: Runner, tmp_path: Path) -> None:
    from pypdf import PdfReader

    hindi = load_catalog(ROOT / "resources" / "content.hi.json")
    output = tmp_path / "exam.pdf"
    result = run_frozen("export", "--view", "exam", "--language", "hi", "--output", output)
    assert result.returncode == 0, result.stderr
    assert not TROUBLE.search(result.stderr), result.stderr
    assert result.stderr.strip() == f"Wrote {output}"  # not even a font warning

    def compact(text: str) -> str:
        return "".join(text.split())

    definition = compact(hindi.model_by_id("bpo").definition.text)
    text = compact(" ".join(page.extract_text() for page in PdfReader(output).pages))
    assert definition in text
    assert compact("तुलना का आधार") in text  # the page's own words, from the bundled .qm
    assert compact("पृष्ठ 1 / 1") in text
    if shutil.which("pdftotext"):
        extracted = subprocess.run(
            ["pdftotext", "-raw", output, "-"], capture_output=True, text=True, check=True
        ).stdout
        assert definition in compact(extracted)


def test_export_writes_an_anki_deck_that_reads_back(run_frozen: Runner, tmp_path: Path) -> None:
    from outsource_desktop.reference.study.cards import flashcard_deck

    output = tmp_path / "flashcards.apkg"
    result = run_frozen("export", "--view", "study", "--output", output)
    assert result.returncode == 0, result.stderr
    assert not TROUBLE.search(result.stderr), result.stderr
    with zipfile.ZipFile(output) as archive:
        archive.extract("collection.anki2", tmp_path)
    connection = sqlite3.connect(tmp_path / "collection.anki2")
    (notes,) = connection.execute("SELECT count(*) FROM notes").fetchone()
    connection.close()
    catalog = load_catalog(ROOT / "resources" / "content.json")
    assert notes == len(flashcard_deck(catalog))


def test_the_study_stack_is_frozen_in(bundle: Path) -> None:
    """The Study tab imports the scheduler and the store on first use, not at start:
    the bundle must hold them all the same."""
    from PyInstaller.archive.readers import pkg_archive_contents

    contents = set(pkg_archive_contents(str(bundle / "outsource-desktop")))
    for module in (
        "fsrs.scheduler",
        "genanki.package",
        "sqlite3",
        "outsource_desktop.reference.study.scheduler",
        "outsource_desktop.reference.study.progress",
        "outsource_desktop.gui.widgets.flashcard_review",
        "outsource_desktop.export.anki",
    ):
        assert module in contents, module
    assert list((bundle / "_internal").rglob("_sqlite3*.so")), "the sqlite3 extension"


@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="xvfb-run missing")
def test_xcb_platform_plugin_loads_under_xvfb(bundle: Path, tmp_path: Path) -> None:
    environment = bare_environment(tmp_path)
    del environment["QT_QPA_PLATFORM"]  # let Qt pick xcb from DISPLAY, as on a desktop
    result = subprocess.run(
        ["xvfb-run", "--auto-servernum", bundle / "outsource-desktop", "--quit-after-show"],
        env={**environment, "QT_DEBUG_PLUGINS": "1"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert re.search(r"platforms/libqxcb\.so\" loaded library", result.stderr), result.stderr


@pytest.fixture
def wayland_display(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A headless Weston compositor: the environment that points a client at it."""
    if not shutil.which("weston"):
        pytest.skip("weston missing (scripts/system-packages.txt lists it)")
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    socket = "outsource-desktop-test"
    environment = {"XDG_RUNTIME_DIR": str(runtime), "WAYLAND_DISPLAY": socket}
    weston = subprocess.Popen(
        ["weston", "--backend=headless-backend.so", f"--socket={socket}", "--idle-time=0"],
        env={**bare_environment(tmp_path), **environment},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 15
        while not (runtime / socket).exists():
            if weston.poll() is not None or time.monotonic() > deadline:
                pytest.skip("weston could not start a headless compositor here")
            time.sleep(0.05)
        yield environment
    finally:
        weston.terminate()
        weston.wait(timeout=10)


def test_wayland_platform_plugin_loads_under_weston(
    bundle: Path, tmp_path: Path, wayland_display: dict[str, str]
) -> None:
    result = subprocess.run(
        [bundle / "outsource-desktop", "--quit-after-show"],
        env={
            **bare_environment(tmp_path),
            **wayland_display,
            "QT_QPA_PLATFORM": "wayland",
            "QT_DEBUG_PLUGINS": "1",
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    for plugin in ("platforms/libqwayland", "wayland-shell-integration/libxdg-shell"):
        assert re.search(rf'{plugin}\.so" loaded library', result.stderr), plugin


def files_under(root: Path) -> set[Path]:
    return {path.relative_to(root) for path in root.rglob("*") if not path.is_dir()}


@pytest.mark.parametrize("data_home", [None, "custom-data"], ids=["default", "XDG_DATA_HOME"])
def test_archive_installs_and_uninstalls_for_the_user(
    bundle: Path, tmp_path: Path, data_home: str | None
) -> None:
    with tarfile.open(archive_path()) as archive:
        archive.extractall(tmp_path / "unpacked", filter="tar")
    (unpacked,) = (tmp_path / "unpacked").iterdir()
    assert unpacked.name == f"outsource-desktop-{project_version()}"

    home = tmp_path / "home"
    home.mkdir()
    environment = bare_environment(home)
    data = home / ".local" / "share"
    if data_home is not None:
        data = tmp_path / data_home
        environment["XDG_DATA_HOME"] = str(data)

    def run(command: list[str | Path]) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            command, env=environment, capture_output=True, text=True, check=False, cwd=tmp_path
        )
        assert result.returncode == 0, result.stdout + result.stderr
        return result

    run([unpacked / "install.sh"])
    run([unpacked / "install.sh"])  # again, as an upgrade would: replaces, never nests
    app_dir = data / "outsource-desktop"
    launcher = home / ".local" / "bin" / "outsource-desktop"
    desktop_file = data / "applications" / f"{APP_ID}.desktop"
    installed = {
        launcher,
        app_dir / "outsource-desktop",
        app_dir / "uninstall.sh",
        desktop_file,
        data / "metainfo" / f"{APP_ID}.metainfo.xml",
        data / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png",
        data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
    }
    for path in installed:
        assert path.is_file(), path
    assert launcher.resolve() == app_dir / "outsource-desktop"
    assert not (app_dir / unpacked.name).exists()

    entry = desktop_file.read_text(encoding="utf-8")
    assert f'Exec="{app_dir}/outsource-desktop"' in entry.splitlines()
    if shutil.which("desktop-file-validate"):
        run(["desktop-file-validate", desktop_file])

    # The installed copy runs on its own, away from the build tree.
    shutil.rmtree(unpacked)
    version = run([launcher, "--version"])
    assert version.stdout.startswith(f"outsource-desktop {project_version()} ")

    run([app_dir / "uninstall.sh"])
    # Only the desktop's shared caches, which the tools rebuilt, may stay.
    left = {path for path in files_under(tmp_path) if path.name != "mimeinfo.cache"}
    assert left == set(), left
