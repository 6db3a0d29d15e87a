"""An English window's start registers only the fonts English is drawn in; the fonts of
the other languages (Noto Sans Devanagari for Hindi) are registered before anything of
theirs is drawn: the Language menu, which names each language in itself, and a switch."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.python_probe import run_python

# A whole English start, as a double-click runs it, quit once usable; then what a reader
# does next, in the same process: the fonts Qt knows after each step.
AFTER_START_PROBE = """
from outsource_desktop.gui import app
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

def has_hindi_font():
    return "Noto Sans Devanagari" in QFontDatabase.families()

seen = []
original_settle = app.AfterFirstFrame._settle
def settle(self):
    original_settle(self)  # the start's last step: the window is usable, then it quits
    seen.append(has_hindi_font())
    {next_step}
    seen.append(has_hindi_font())
app.AfterFirstFrame._settle = settle

from outsource_desktop import cli
status = cli.main(["--quit-after-show"])
print(status, *seen)
"""

OPEN_LANGUAGE_MENU = 'self.window.menus["language"].popup(self.window.pos())'
SWITCH_TO_HINDI = 'self.window.menu_actions.languages["hi"].trigger()'


SYSTEM_FONTS_PROBE = """
from PySide6.QtGui import QFontDatabase, QGuiApplication
app = QGuiApplication([])
print("Noto Sans Devanagari" in QFontDatabase.families())
"""


@pytest.fixture(scope="module", autouse=True)
def no_system_hindi_font() -> None:
    # With the family installed on the system, every look finds it: nothing to tell.
    if run_python(SYSTEM_FONTS_PROBE, {}).split()[-1] == "True":
        pytest.skip("this system has Noto Sans Devanagari installed itself")


def fonts_known(tmp_path: Path, next_step: str) -> list[str]:
    code = AFTER_START_PROBE.replace("{next_step}", next_step)
    environment = {"XDG_CONFIG_HOME": str(tmp_path / "config"), "LANGUAGE": "en", "LANG": "C"}
    return run_python(code, environment).split()[-3:]


@pytest.mark.parametrize("next_step", [OPEN_LANGUAGE_MENU, SWITCH_TO_HINDI])
def test_hindi_fonts_are_registered_when_first_needed_not_at_start(
    tmp_path: Path, next_step: str
) -> None:
    status, after_start, after_next_step = fonts_known(tmp_path, next_step)
    assert status == "0"
    assert after_start == "False"
    assert after_next_step == "True"


def test_without_a_next_step_the_start_registers_no_hindi_font(tmp_path: Path) -> None:
    # The control: the probe's second look, with nothing done between, sees none either.
    assert fonts_known(tmp_path, "pass") == ["0", "False", "False"]
