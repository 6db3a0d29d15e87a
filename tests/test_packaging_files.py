"""The packaging sources, without building: desktop entry, metainfo, Qt trimming,
and the Windows/macOS files generated from the project's own icon and version."""

from __future__ import annotations

import ast
import shutil
import subprocess
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import pytest

from tests.packaging_support import (
    APP_ID,
    DESKTOP_FILE,
    METAINFO_FILE,
    ROOT,
    load_packaging_module,
    project_version,
)

trim = load_packaging_module("trim")
platform_files = load_packaging_module("platform_files")


def read_desktop_entry(path: Path) -> dict[str, str]:
    parser = ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils missing")
def test_desktop_file_validates() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""  # not even hints


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream missing")
def test_metainfo_validates() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO_FILE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_file_metainfo_and_app_agree_on_the_id() -> None:
    from outsource_desktop.gui.app import DESKTOP_FILE_NAME

    entry = read_desktop_entry(DESKTOP_FILE)
    metainfo = ET.parse(METAINFO_FILE).getroot()
    assert DESKTOP_FILE_NAME == APP_ID  # what Wayland matches windows to .desktop files by
    assert entry["Icon"] == APP_ID
    assert metainfo.findtext("id") == APP_ID
    assert metainfo.findtext("launchable") == DESKTOP_FILE.name
    assert metainfo.findtext("provides/binary") == entry["Exec"] == "outsource-desktop"
    # Qt's X11 window class is the executable's name (xprop WM_CLASS, frozen, under Xvfb).
    assert entry["StartupWMClass"] == "outsource-desktop"


def test_metainfo_names_the_package_version_as_its_newest_release() -> None:
    newest = ET.parse(METAINFO_FILE).getroot().find("releases/release")
    assert newest is not None
    assert newest.get("version") == project_version()


@pytest.mark.parametrize(
    "destination",
    [
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6PrintSupport.so.6",
        "PySide6/Qt/lib/libicudata.so.73",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/QtPrintSupport.abi3.so",
        "PySide6/QtSvg.abi3.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6\\Qt6Widgets.dll",
        "PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui",
        "outsource_desktop/resources/content.json",
        "libpython3.11.so.1.0",
    ],
)
def test_trim_keeps(destination: str) -> None:
    assert trim.keeps(destination)


@pytest.mark.parametrize(
    "destination",
    [
        "PySide6/Qt/lib/libQt6Network.so.6",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt/lib/libQt6OpenGLWidgets.so.6",
        "libQt6Network.so.6",
        "PySide6/QtNetwork.abi3.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
        "PySide6/Qt6Network.dll",
        "PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml",
    ],
)
def test_trim_drops(destination: str) -> None:
    assert not trim.keeps(destination)


def test_generated_ico_holds_every_windows_size(tmp_path: Path) -> None:
    from PIL import Image

    ico = platform_files.write_ico(ROOT / "resources" / "icons", tmp_path / "app.ico")
    with Image.open(ico) as image:
        assert image.format == "ICO"
        assert {(size, size) for size in platform_files.ICO_SIZES} <= image.info["sizes"]


def test_generated_icns_opens(tmp_path: Path) -> None:
    from PIL import Image

    icns = platform_files.write_icns(ROOT / "resources" / "icons", tmp_path / "app.icns")
    with Image.open(icns) as image:
        assert image.format == "ICNS"
        drawn = {(width, height) for width, height, _ in image.info["sizes"]}
    assert {(16, 16), (32, 32), (128, 128), (256, 256)} <= drawn


@pytest.mark.parametrize(
    ("version", "expected"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2.3rc1", (1, 2, 3, 0)), ("2.0", (2, 0, 0, 0))],
)
def test_windows_version_numbers(version: str, expected: tuple[int, ...]) -> None:
    assert platform_files.version_tuple(version) == expected


def test_windows_version_file_is_the_expression_pyinstaller_evaluates() -> None:
    text = platform_files.windows_version_info(project_version())
    tree = ast.parse(text, mode="eval")  # PyInstaller eval()s it with its versioninfo classes
    assert isinstance(tree.body, ast.Call)
    assert ast.unparse(tree.body.func) == "VSVersionInfo"
    assert f"'ProductVersion', '{project_version()}'" in text
    assert f"filevers={platform_files.version_tuple(project_version())}" in text
