"""A window's start spares its imports PySide6's read of their sources (gui/pyside_import.py),
without taking PySide6's per-module API switches from a module that asks for them."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from tests.python_probe import run_python

# Runs a window's start as a double-click does (cli.main), noting each module whose
# source PySide6 reads to decide its switches once `import_pyside` has loaded it (while
# PySide6 loads, it reads a few of its own, as in any PySide6 program). The note is
# taken by wrapping PySide6's own check: this probe's instrument only. With REGISTER
# False, `import_pyside` only imports Qt, as the start did before: the control run.
START_PROBE = """
import sys
from outsource_desktop.gui import pyside_import
REGISTER = {register}
checked = []

def note_checks(event, arguments):
    # Wraps PySide6's check as soon as PySide6 has loaded it, on the next import.
    feature = sys.modules.get("shibokensupport.feature")
    ready = feature is not None and hasattr(feature, "_mod_uses_pyside")
    if event != "import" or not ready or hasattr(feature, "noted"):
        return
    original = feature._mod_uses_pyside
    def noting(module):
        if pyside_import_returned:
            checked.append(module.__name__)
        return original(module)
    feature._mod_uses_pyside, feature.noted = noting, True

pyside_import_returned = False
original_import_pyside = pyside_import.import_pyside
def import_pyside():
    global pyside_import_returned
    if REGISTER:
        original_import_pyside()
    else:
        import PySide6.QtCore
    pyside_import_returned = True
pyside_import.import_pyside = import_pyside

sys.addaudithook(note_checks)
from outsource_desktop import cli
status = cli.main(["--quit-after-show"])
loaded = sorted(name for name in sys.modules if name.startswith("outsource_desktop.gui."))
noted = hasattr(sys.modules.get("shibokensupport.feature"), "noted")
print(status, pyside_import_returned, noted, ",".join(checked) or "none", ",".join(loaded), sep="|")
"""


def run_probe(code: str, tmp_path: Path, *extra_path: Path) -> str:
    folders = [*(str(folder) for folder in extra_path), os.environ.get("PYTHONPATH", "")]
    environment = {
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PYTHONPATH": os.pathsep.join(folders),
    }
    return run_python(code, environment).strip().splitlines()[-1]


def start_checks(tmp_path: Path, *, register: bool) -> list[str]:
    """The modules whose source PySide6 read during a window's start, once Qt was loaded."""
    code = START_PROBE.replace("{register}", str(register))
    status, imported, noted, checked, loaded = run_probe(code, tmp_path).split("|")
    # The window started, and the probe's note on PySide6's check was in place: had a
    # PySide6 release renamed the check, the probe would see nothing and prove nothing.
    assert (status, imported, noted) == ("0", "True", "True")
    assert "outsource_desktop.gui.main_window" in loaded.split(",")
    return [] if checked == "none" else checked.split(",")


def test_a_window_start_has_pyside6_read_no_module_source(tmp_path: Path) -> None:
    """Unfrozen, each module imported after PySide6 had its whole source read (~3 ms of the
    first frame, ~5 ms to interactive): now none is, the window's own modules included."""
    assert start_checks(tmp_path, register=False)  # the control: PySide6 does read them
    assert start_checks(tmp_path, register=True) == []


def test_no_module_of_the_app_opts_in_to_pyside6_switches() -> None:
    """Registering every module as using no switches assumes none opts in (see
    gui/pyside_import.py): a module that did would need its helpers registered otherwise."""
    sources = Path(__file__).resolve().parents[1] / "src" / "outsource_desktop"
    opting_in = [
        path.name
        for path in sources.rglob("*.py")
        if re.search(r"^\s*from __feature__ import", path.read_text(encoding="utf-8"), re.M)
    ]
    assert opting_in == []


OPT_IN_MODULE = """
from __feature__ import snake_case
from PySide6.QtCore import QObject

def name_of_new_object():
    item = QObject()
    item.set_object_name("switched")
    return item.object_name()
"""

PLAIN_MODULE = """
from PySide6.QtCore import QObject

def name_of_new_object():
    item = QObject()
    item.setObjectName("plain")
    return item.objectName()
"""

OPT_IN_PROBE = """
from outsource_desktop.gui.pyside_import import import_pyside
if {register}:
    import_pyside()
else:
    import PySide6.QtCore
import plain_module, opting_in_module
print(opting_in_module.name_of_new_object(), plain_module.name_of_new_object(), sep="|")
"""


def test_a_module_that_asks_for_pyside6_switches_still_gets_them(tmp_path: Path) -> None:
    """Registered before import, a module that writes `from __feature__ import snake_case`
    gets snake_case names, and one that does not keeps Qt's own."""
    (tmp_path / "opting_in_module.py").write_text(OPT_IN_MODULE, encoding="utf-8")
    (tmp_path / "plain_module.py").write_text(PLAIN_MODULE, encoding="utf-8")

    def names(*, register: bool) -> str:
        return run_probe(OPT_IN_PROBE.replace("{register}", str(register)), tmp_path, tmp_path)

    if names(register=False) != "switched|plain":
        # PySide6 6.9.0 gives no imported module its switches, registered or not.
        pytest.skip("this PySide6 does not switch an imported module's names")
    assert names(register=True) == "switched|plain"


MISSING_REGISTRY_PROBE = """
import sys, types
import PySide6.QtCore
for name in ("PySide6.support.feature", "shibokensupport.feature"):
    sys.modules[name] = types.ModuleType(name)
from outsource_desktop.gui.pyside_import import RegisterBeforeImport, import_pyside
import_pyside()
import outsource_desktop.gui.app
print(any(isinstance(finder, RegisterBeforeImport) for finder in sys.meta_path))
"""


def test_a_pyside6_without_the_registry_is_left_to_read_sources(tmp_path: Path) -> None:
    """Should a PySide6 release drop its registry, nothing is registered and imports go on."""
    assert run_probe(MISSING_REGISTRY_PROBE, tmp_path) == "False"


TWICE_PROBE = """
import sys
from outsource_desktop.gui.pyside_import import RegisterBeforeImport, import_pyside
import_pyside()
import_pyside()
print(sum(isinstance(finder, RegisterBeforeImport) for finder in sys.meta_path))
"""


def test_importing_pyside_twice_adds_one_finder(tmp_path: Path) -> None:
    """A second window start in one process (the tests' own) stacks no second finder."""
    assert run_probe(TWICE_PROBE, tmp_path) == "1"
