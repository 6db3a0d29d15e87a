"""A window's start spares its imports PySide6's read of their sources (gui/pyside_import.py),
without taking PySide6's per-module API switches from a module that asks for them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# Runs a window's start as a double-click does (cli.main), noting each module whose
# source PySide6 reads to decide its switches once `import_pyside` has loaded it (while
# PySide6 loads, it reads a few of its own, as in any PySide6 program). The note is
# taken by wrapping PySide6's own check: this probe's instrument only.
START_PROBE = """
import sys
from outsource_desktop.gui import pyside_import
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
    original_import_pyside()
    pyside_import_returned = True
pyside_import.import_pyside = import_pyside

sys.addaudithook(note_checks)
from outsource_desktop import cli
status = cli.main(["--quit-after-show"])
loaded = sorted(name for name in sys.modules if name.startswith("outsource_desktop.gui."))
print(status, pyside_import_returned, ",".join(checked) or "none", ",".join(loaded), sep="|")
"""


def run_probe(code: str, tmp_path: Path, *extra_path: Path) -> str:
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PYTHONPATH": os.pathsep.join(
            [*(str(folder) for folder in extra_path), os.environ.get("PYTHONPATH", "")]
        ),
    }
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_a_window_start_has_pyside6_read_no_module_source(tmp_path: Path) -> None:
    """Unfrozen, each module imported after PySide6 had its whole source read (~3 ms of the
    first frame, ~5 ms to interactive): now none is, the window's own modules included."""
    status, pyside_imported, checked, loaded = run_probe(START_PROBE, tmp_path).split("|")
    assert (status, pyside_imported) == ("0", "True")
    assert "outsource_desktop.gui.main_window" in loaded.split(",")  # a real window started
    assert checked == "none"


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
import_pyside()
import plain_module, opting_in_module
print(opting_in_module.name_of_new_object(), plain_module.name_of_new_object(), sep="|")
"""


def test_a_module_that_asks_for_pyside6_switches_still_gets_them(tmp_path: Path) -> None:
    """Registered before import, a module that writes `from __feature__ import snake_case`
    gets snake_case names, and one that does not keeps Qt's own."""
    (tmp_path / "opting_in_module.py").write_text(OPT_IN_MODULE, encoding="utf-8")
    (tmp_path / "plain_module.py").write_text(PLAIN_MODULE, encoding="utf-8")
    assert run_probe(OPT_IN_PROBE, tmp_path, tmp_path) == "switched|plain"


MISSING_REGISTRY_PROBE = """
import sys, types
import PySide6.QtCore
sys.modules["PySide6.support.feature"] = types.ModuleType("PySide6.support.feature")
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
    assert run_probe(TWICE_PROBE, tmp_path) == "1"
