"""The interface's translations: current with the code, complete, and faithful to what they
translate (placeholders, keys); Qt's dialogs translated from the strings Qt really asks for."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, QTranslator

from outsource_desktop.content.assets import TRANSLATION_FILES, resource_path

ROOT = Path(__file__).resolve().parent.parent
APP_TS = ROOT / "translations" / "outsource_desktop_hi.ts"
QT_TS = ROOT / "translations" / "qtbase_hi.ts"
LUPDATE = ROOT / ".venv" / "bin" / "pyside6-lupdate"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\d")
DEVANAGARI = re.compile("[\u0900-\u097f]")

Message = tuple[str, str, str]  # context, source, translation
# Texts whose Hindi is the English as written: names, keys and codes.
KEPT_AS_WRITTEN = {
    ("MainWindow", "flashcards"),  # a file name's stem, kept Latin for every file system
    ("Printing", "Markdown (*.md)"),  # a format's name
    ("QFileDialog", "Alt+Left"),  # key names, as the keyboard says them
    ("QFileDialog", "Alt+Right"),
    ("QFileDialog", "Alt+Up"),
    ("QGuiApplication", "QT_LAYOUT_DIRECTION"),  # answered LTR: Hindi is written left to right
}


def messages(path: Path) -> list[Message]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            unfinished = translation.get("type") in ("unfinished", "obsolete", "vanished")
            found.append(
                (
                    name,
                    message.findtext("source") or "",
                    "" if unfinished else translation.text or "",
                )
            )
    return found


def mnemonic(text: str) -> str | None:
    """The Alt+letter of a label: the character after a single '&'."""
    found = re.search(r"(?<!&)&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not in the venv")
def test_the_translation_source_is_current_with_the_code(tmp_path: Path) -> None:
    """Every marked text of src/ is in the .ts, and nothing else is."""
    current = tmp_path / APP_TS.name
    shutil.copy(APP_TS, current)
    sources = sorted(str(path) for path in (ROOT / "src").rglob("*.py"))
    subprocess.run(
        [LUPDATE, "-silent", "-no-obsolete", "-locations", "none", *sources, "-ts", current],
        check=True,
        cwd=ROOT,
    )
    assert messages(current) == messages(APP_TS), "run scripts/update-translations.sh"


@pytest.mark.parametrize("path", [APP_TS, QT_TS], ids=lambda path: path.name)
def test_every_message_is_translated_into_hindi(path: Path) -> None:
    found = messages(path)
    assert len(found) > 150
    assert [(context, source) for context, source, text in found if not text.strip()] == []
    # Only keys, codes and placeholders may stay as they are written in English.
    untranslated = [
        (context, source)
        for context, source, text in found
        if not DEVANAGARI.search(text) and re.search(r"[a-z]{3,}", PLACEHOLDER.sub("", source))
    ]
    assert set(untranslated) <= KEPT_AS_WRITTEN


@pytest.mark.parametrize("path", [APP_TS, QT_TS], ids=lambda path: path.name)
def test_translations_keep_placeholders_and_keys(path: Path) -> None:
    for context, source, text in messages(path):
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
            context,
            source,
        )
        assert text.count("\n") == source.count("\n"), (context, source)
        # A label with an Alt+letter keeps one, on the same letter, so the keys a
        # reader knows work in both languages.
        assert mnemonic(text) == mnemonic(source), (context, source, text)


def qt_catalogue_sources() -> set[tuple[str, str]]:
    """(context, source) of every message in Qt's own German catalogue of qtbase."""
    path = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_de.qm"
    data = path.read_bytes()
    position, body = 16, b""
    while position < len(data):  # sections: tag, length, data
        tag, length = data[position], struct.unpack(">I", data[position + 1 : position + 5])[0]
        if tag == 0x69:  # the messages
            body = data[position + 5 : position + 5 + length]
        position += 5 + length
    found: set[tuple[str, str]] = set()
    message: dict[int, bytes] = {}
    index = 0
    while index < len(body):
        tag = body[index]
        index += 1
        if tag == 1:  # end of a message
            if 6 in message and 7 in message:
                found.add((message[7].decode(), message[6].decode()))
            message = {}
        elif tag in (2, 3, 4, 6, 7, 8):
            length = struct.unpack(">I", body[index : index + 4])[0]
            length = 0 if length == 0xFFFFFFFF else length
            message[tag] = body[index + 4 : index + 4 + length]
            index += 4 + length
    return found


def test_qt_dialog_strings_are_ones_qt_asks_for() -> None:
    """Translations of words Qt never looks up would change nothing on screen."""
    if not (
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_de.qm"
    ).exists():
        pytest.skip("Qt's own translation catalogues are not installed")
    known = qt_catalogue_sources() | {("QGuiApplication", "QT_LAYOUT_DIRECTION")}
    ours = {(context, source) for context, source, _text in messages(QT_TS)}
    assert ours - known == set()
    assert ("QPlatformTheme", "Cancel") in ours


def test_the_compiled_translations_load() -> None:
    for relative in TRANSLATION_FILES["hi"]:
        assert QTranslator().load(str(resource_path(relative))), relative
