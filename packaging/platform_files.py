"""Files only the Windows and macOS builds need, generated from the project's own sources.

The .ico and .icns come from resources/icons/*.png (one source of truth for the
icon) and the Windows version resource from the package version, so nothing
here can drift from what the Linux bundle ships. Pure Python plus Pillow: the
tests exercise it on Linux even though the builds that use it run elsewhere.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

ICON_STEM = "outsource-desktop"
ICO_SIZES = (16, 32, 48, 64, 128, 256)  # what Windows picks from, Explorer to taskbar


def icon_pngs(icons_dir: Path) -> dict[int, Path]:
    """The PNG renderings of the icon, by pixel size."""
    found: dict[int, Path] = {}
    for path in icons_dir.glob(f"{ICON_STEM}-*.png"):
        size = path.stem.rsplit("-", 1)[1]
        if size.isdigit():
            found[int(size)] = path
    return dict(sorted(found.items()))


def _open_png(path: Path) -> Any:
    from PIL import Image

    with Image.open(path) as image:
        image.load()  # read now, so the file closes here
        return image


def write_ico(icons_dir: Path, output: Path) -> Path:
    pngs = icon_pngs(icons_dir)
    output.parent.mkdir(parents=True, exist_ok=True)
    # Pillow scales the largest image down for every size listed.
    largest = _open_png(pngs[max(pngs)])
    largest.save(output, format="ICO", sizes=[(size, size) for size in ICO_SIZES])
    return output


def write_icns(icons_dir: Path, output: Path) -> Path:
    pngs = icon_pngs(icons_dir)
    output.parent.mkdir(parents=True, exist_ok=True)
    # The drawn sizes are used as they are; Pillow scales the largest for the others.
    largest = _open_png(pngs[max(pngs)])
    smaller = [_open_png(path) for size, path in pngs.items() if size != max(pngs)]
    largest.save(output, format="ICNS", append_images=smaller)
    return output


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """A PEP 440 version as Windows' four 16-bit numbers (pre/dev suffixes dropped)."""
    numbers = [int(part) for part in re.findall(r"\d+", version.split("+")[0])[:3]]
    padded = [*numbers, 0, 0, 0, 0][:4]
    return padded[0], padded[1], padded[2], padded[3]


def windows_version_info(version: str) -> str:
    """The text PyInstaller's EXE(version=...) reads: a VSVersionInfo expression."""
    numbers = version_tuple(version)
    strings = {
        "CompanyName": "outsource-desktop developers",
        "FileDescription": "Outsourcing Models",
        "FileVersion": version,
        "InternalName": "outsource-desktop",
        "LegalCopyright": "MIT licence",
        "OriginalFilename": "outsource-desktop.exe",
        "ProductName": "Outsourcing Models",
        "ProductVersion": version,
    }
    string_structs = ",\n".join(
        f"          StringStruct({key!r}, {value!r})" for key, value in strings.items()
    )
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable('040904B0', [
{string_structs}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0409, 1200])])
  ]
)
"""


def write_windows_version_file(version: str, output: Path) -> Path:
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(windows_version_info(version), encoding="utf-8")
    return output
