"""An English window's start registers only the fonts English is drawn in; the fonts of
the other languages (Noto Sans Devanagari for Hindi) are registered before anything of
theirs is drawn: the Language menu, which names each language in itself, a switch of
language, a content file of the reader's own, and a start in Hindi."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from outsource_desktop.content.assets import bundled_content_path
from tests.python_probe import run_python

# A whole start, as a double-click runs it, quit once usable; then what a reader does
# next, in the same process: whether the app has registered the Hindi font after each.
# (The fonts the app registers, not all Qt knows: a system may have its own copy.)
AFTER_START_PROBE = """
import sys
from outsource_desktop.gui import app
from PySide6.QtGui import QFontDatabase

def registered_hindi_font():
    families = {family for font_id in range(64)
                for family in QFontDatabase.applicationFontFamilies(font_id)}
    return "Noto Sans Devanagari" in families

seen = []
original_settle = app.AfterFirstFrame._settle
def settle(self):
    original_settle(self)  # the start's last step: the window is usable, then it quits
    seen.append(registered_hindi_font())
    {next_step}
    seen.append(registered_hindi_font())
app.AfterFirstFrame._settle = settle

from outsource_desktop import cli
status = cli.main([*sys.argv[1:], "--quit-after-show"])
print(status, *seen)
"""

OPEN_LANGUAGE_MENU = 'self.window.menus["language"].popup(self.window.pos())'
SWITCH_TO_HINDI = 'self.window.menu_actions.languages["hi"].trigger()'
OPEN_CONTENT = "self.window.open_content(__import__('pathlib').Path({path!r}))"
ENGLISH = {"LANGUAGE": "en", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
HINDI = {"LANGUAGE": "hi", "LANG": "hi_IN.UTF-8", "LC_ALL": "hi_IN.UTF-8"}


@pytest.fixture
def hindi_content_without_diagram(tmp_path: Path) -> str:
    """The Hindi content with no relations, so no Overview diagram, whose drawing
    registers every bundled font on its own (export/figures.py): only the text remains."""
    data = json.loads(bundled_content_path("hi").read_text(encoding="utf-8"))
    data["relations"] = []
    path = tmp_path / "hindi.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def fonts_registered(
    tmp_path: Path, next_step: str, locale: dict[str, str], *arguments: str
) -> list[str]:
    code = AFTER_START_PROBE.replace("{next_step}", next_step)
    code = code.replace("sys.argv[1:]", repr(list(arguments)))
    environment = {"XDG_CONFIG_HOME": str(tmp_path / "config"), **locale}
    return run_python(code, environment).split()[-3:]


@pytest.mark.parametrize("next_step", [OPEN_LANGUAGE_MENU, SWITCH_TO_HINDI])
def test_hindi_fonts_are_registered_when_first_needed_not_at_start(
    tmp_path: Path, next_step: str
) -> None:
    assert fonts_registered(tmp_path, next_step, ENGLISH) == ["0", "False", "True"]


def test_without_a_next_step_an_english_start_registers_no_hindi_font(tmp_path: Path) -> None:
    # The control: the probe's second look, with nothing done between, sees none either.
    assert fonts_registered(tmp_path, "pass", ENGLISH) == ["0", "False", "False"]


def test_a_start_in_hindi_registers_them_before_its_first_frame(tmp_path: Path) -> None:
    assert fonts_registered(tmp_path, "pass", HINDI) == ["0", "True", "True"]


def test_opening_a_content_file_of_the_readers_own_registers_them(
    tmp_path: Path, hindi_content_without_diagram: str
) -> None:
    opening = OPEN_CONTENT.format(path=hindi_content_without_diagram)
    assert fonts_registered(tmp_path, opening, ENGLISH) == ["0", "False", "True"]


def test_a_start_on_a_content_file_of_the_readers_own_registers_them(
    tmp_path: Path, hindi_content_without_diagram: str
) -> None:
    arguments = ("--content", hindi_content_without_diagram)
    assert fonts_registered(tmp_path, "pass", ENGLISH, *arguments) == ["0", "True", "True"]
