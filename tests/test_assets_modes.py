"""content/assets.py finds the bundled files from a source checkout and from an installed wheel.

The third mode, the frozen bundle, is in test_frozen_bundle.py.
"""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import textwrap
from pathlib import Path

import pytest

from outsource_desktop.content import assets
from tests.packaging_support import ROOT, project_version


def test_source_checkout_uses_the_top_level_resources() -> None:
    # The test venv holds the project editable: the package is src/, without resources.
    assert Path(assets.__file__).is_relative_to(ROOT / "src")
    assert assets.resources_dir() == ROOT / "resources"
    assert assets.bundled_content_path().is_file()


@pytest.fixture(scope="module")
def wheel_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the project's wheel installed (its dependencies borrowed from ours)."""
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", work, ROOT],
        check=True,
        capture_output=True,
    )
    (wheel,) = work.glob("outsource_desktop-*.whl")
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", venv], check=True)
    python = venv / "bin" / "python"
    site_packages = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    # A plain path line: adds our site-packages (PySide6, pydantic) for imports but
    # does not run its .pth files, so the editable install's src/ stays out of sight.
    Path(site_packages, "borrowed-dependencies.pth").write_text(
        sysconfig.get_path("purelib") + "\n", encoding="utf-8"
    )
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps", wheel],
        check=True,
        capture_output=True,
    )
    return venv


def test_installed_wheel_uses_the_resources_inside_the_package(wheel_venv: Path) -> None:
    probe = textwrap.dedent(
        """
        from pathlib import Path
        import outsource_desktop
        from outsource_desktop.content import assets
        from outsource_desktop.content.loader import load_catalog
        package = Path(outsource_desktop.__file__).parent
        content = assets.bundled_content_path()
        assert content == package / "resources" / "content.json", content
        print(package)
        print(load_catalog(content).data_version)
        for relative in (*assets.FONT_FILES, *assets.WINDOW_ICON_FILES, *assets.FONT_LICENCE_FILES):
            assert assets.resource_path(relative).is_file(), relative
        hindi = assets.bundled_content_path("hi")
        assert hindi == package / "resources" / "content.hi.json", hindi
        assert load_catalog(hindi).data_version == load_catalog(content).data_version
        """
    )
    result = subprocess.run(
        [wheel_venv / "bin" / "python", "-I", "-c", probe],
        capture_output=True,
        text=True,
        check=False,
        cwd=wheel_venv,  # not the checkout, so nothing is found by accident
    )
    assert result.returncode == 0, result.stderr
    package, data_version = result.stdout.splitlines()
    assert Path(package).is_relative_to(wheel_venv)
    assert data_version


def test_installed_wheel_entry_point_runs(wheel_venv: Path) -> None:
    result = subprocess.run(
        [wheel_venv / "bin" / "outsource-desktop", "--version"],
        capture_output=True,
        text=True,
        check=False,
        cwd=wheel_venv,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"outsource-desktop {project_version()} (content ")
