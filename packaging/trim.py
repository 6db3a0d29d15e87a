"""Which Qt pieces a PyInstaller bundle keeps: shared by the app's spec and the benchmark's.

PyInstaller's Qt hooks collect every plugin and translation that the imported Qt
modules might use, and `excludes=` only removes Python modules, so the Qt shared
libraries, plugins and translations are filtered here, after Analysis, by their
destination path in the bundle. Both specs call `trim_analysis`, so the frozen
app and the frozen bare window compare like with like.

It is an allow-list: a new PySide6 release that adds libraries or plugins does
not grow the bundle until someone decides the app needs them.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterable
from pathlib import PurePosixPath
from typing import Any

# Python modules the app never imports. Excluding them keeps PyInstaller's hooks
# from collecting their Qt libraries in the first place.
EXCLUDED_PYTHON_MODULES = [
    "tkinter",
    "unittest",
    "pydoc",
    # The app never goes online: no TLS (libssl) and hashlib's builtin hashes (no libcrypto).
    "ssl",
    "_ssl",
    "_hashlib",
    "curses",
    "readline",
    # genanki imports PyYAML but the app never has it parse YAML (note types are
    # given as lists); its pure-Python half is enough, and the C one is 0.4 MB.
    "yaml._yaml",
    # The app reads and writes UTF-8 only (content, settings, exports): the East
    # Asian codecs, 0.9 MB, are never used. Dropped to keep the budget when the
    # Hindi edition (content, its cache, Noto Sans Devanagari) came in.
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "_multibytecodec",
    # decimal's C half (0.37 MB): only pydantic imports decimal, when a content file is
    # validated (never at start, which reads the cache), and the content has no decimal
    # fields; decimal falls back to its pure-Python half, _pydecimal, which is kept.
    "_decimal",
    # lzma and bz2 (their modules and libraries, 0.5 MB): the app compresses nothing
    # but the Anki deck, which is a deflated zip; zipfile and shutil import them only
    # when they are there.
    "_lzma",
    "lzma",
    "_bz2",
    "bz2",
    # Neither XML (pyexpat, 0.2 MB) nor process pools are used: Qt draws the SVG icon
    # itself, and the app runs in one process.
    "xml",
    "xmlrpc",
    "pyexpat",
    "multiprocessing",
    "_multiprocessing",
    "_posixshmem",
    # The build runs in the dev venv: PyInstaller's pydantic hook collects
    # pydantic.mypy (-> mypy) and the hypothesis plugin (-> rich, pygments).
    "mypy",
    "hypothesis",
    "pytest",
    "_pytest",
    "rich",
    "pygments",
    "markdown_it",
    "PySide6.QtNetwork",
    "PySide6.QtDBus",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
]

# Qt libraries kept (module names without the Qt6/lib prefix). Gui links DBus on
# Linux (accessibility, portals), XcbQpa and WaylandClient back the xcb and
# wayland platform plugins, Svg draws the icon, PrintSupport prints and writes PDFs.
KEPT_QT_LIBRARIES = frozenset(
    {"Core", "Gui", "Widgets", "DBus", "XcbQpa", "WaylandClient", "PrintSupport", "Svg"}
)

# Plugin folder -> plugin names kept (None keeps the whole folder). Folders not
# listed are dropped: eglfs/linuxfb/vnc platforms, evdev input, networking, TLS,
# SQL drivers, QML tooling, GL integrations (widgets paint in software).
KEPT_PLUGINS: dict[str, frozenset[str] | None] = {
    "platforms": frozenset({"qxcb", "qoffscreen", "qwayland", "qwindows", "qcocoa"}),
    # The portal theme gives native file dialogs in sandboxes; gtk3 would drag in GTK.
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    # Dead keys and input methods in the search field.
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    "iconengines": frozenset({"qsvgicon"}),
    # The icon is an SVG; ICO files are made for Windows installers, not read by the app.
    "imageformats": frozenset({"qsvg"}),
    "printsupport": None,
    "styles": None,
    "wayland-shell-integration": frozenset({"xdg-shell"}),
    "wayland-decoration-client": None,
}

_QT_LIBRARY = re.compile(
    r"(?:^|/)(?:lib)?Qt6?(?P<module>[A-Za-z0-9]+?)(?:\.so[.0-9]*|\.dll|\.dylib|\.framework/.*)$"
)
_PLUGIN = re.compile(r"(?:^|/)plugins/(?P<folder>[^/]+)/(?:lib)?(?P<name>[^/.]+)[^/]*$")
_PYSIDE_EXTENSION = re.compile(r"^PySide6/Qt(?P<module>[A-Za-z0-9]+)\.(?:abi3\.so|pyd)$")
_TRANSLATION = re.compile(r"(?:^|/)translations/[^/]+\.qm$")

TocEntry = tuple[str, str, str]


def keeps(destination: str) -> bool:
    """Whether a file at this path inside the bundle stays in it."""
    path = destination.replace("\\", "/")
    if _TRANSLATION.search(path):
        return False  # Qt's own: the app carries its translations in resources/i18n
    if plugin := _PLUGIN.search(path):
        names = KEPT_PLUGINS.get(plugin["folder"], frozenset())
        return names is None or plugin["name"] in names
    if extension := _PYSIDE_EXTENSION.match(path):
        return extension["module"] in KEPT_QT_LIBRARIES
    if library := _QT_LIBRARY.search(path):
        return library["module"] in KEPT_QT_LIBRARIES
    return True


def trimmed(entries: Iterable[TocEntry]) -> list[TocEntry]:
    return [entry for entry in entries if keeps(entry[0])]


# System libraries the bundle leaves to the host. libdbus must match the host's
# D-Bus daemon and libcups its print server (bundling either from the build
# machine would also bring libsystemd, libgcrypt, GnuTLS, Kerberos and Avahi).
# Every desktop has libdbus-1; without libcups the print plugin fails to load
# and Qt still prints to PDF.
HOST_LIBRARIES = frozenset({"libdbus-1.so.3", "libcups.so.2"})

_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[(?P<name>[^\]]+)\]")


def _is_root(entry: TocEntry) -> bool:
    """Files something loads by name at run time, rather than as another file's dependency."""
    destination, _, kind = entry
    return (
        kind == "EXTENSION"  # Python imports it
        or "/plugins/" in destination  # Qt loads it
        or PurePosixPath(destination).name.startswith("libpython")  # the bootloader loads it
    )


def needed_libraries(path: str) -> list[str]:
    """The ELF DT_NEEDED entries: a library's direct dependencies, by soname."""
    # readelf comes with binutils, which PyInstaller already requires on Linux (objdump).
    output = subprocess.run(
        ["readelf", "--dynamic", "--wide", path], capture_output=True, text=True, check=True
    ).stdout
    return [match["name"] for match in _NEEDED.finditer(output)]


def without_orphans(entries: list[TocEntry]) -> list[TocEntry]:
    """Drop the shared libraries that only removed files or host libraries needed.

    Analysis collected the dependencies of every plugin before we removed any (the
    gtk3 theme alone brings GTK, cairo and pango), so walk the dependency graph
    again from what is loaded by name, stopping at HOST_LIBRARIES.
    """
    libraries = {
        PurePosixPath(destination).name: source
        for destination, source, kind in entries
        if kind == "BINARY"
    }
    reached: set[str] = set()
    pending = [entry[1] for entry in entries if _is_root(entry)]
    while pending:
        for name in needed_libraries(pending.pop()):
            if name not in reached and name not in HOST_LIBRARIES and name in libraries:
                reached.add(name)
                pending.append(libraries[name])
    return [
        entry
        for entry in entries
        if entry[2] not in {"BINARY", "SYMLINK"}
        or _is_root(entry)
        or PurePosixPath(entry[0]).name in reached
    ]


def trim_analysis(analysis: Any) -> None:
    """Drop the unwanted Qt files from a PyInstaller Analysis, in place, before COLLECT."""
    analysis.binaries = trimmed(analysis.binaries)
    analysis.datas = trimmed(analysis.datas)
    if sys.platform == "linux":  # verified here; Windows and macOS keep what Analysis found
        analysis.binaries = without_orphans(analysis.binaries)
