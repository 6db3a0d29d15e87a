"""Import PySide6 for a window, sparing every later import PySide6's read of its source.

PySide6 lets a module opt in to switches of its API (`from __feature__ import
snake_case`), decided module by module. To know each module's default it keeps a
registry, `pyside_feature_dict` (published as `PySide6.support.feature.pyside_feature_dict`),
and fills it after every import: a module not in it yet has its whole source read
(`inspect.getsource`) to see whether the word "PySide6" appears in it; yes gives 0,
"uses PySide6, no switches", no gives -1, "never switch for it". An unfrozen window's
start imports some 60 modules after Qt, and reading their sources cost its first
frame ~3 ms and its start to interactive ~5 ms (issue #16; a frozen app has no
sources to read).

The app uses no switches, so `import_pyside` gives the registry the answer itself:
0 for every module already loaded and for every module imported from then on,
before it is imported (a meta path finder that finds nothing and only registers the
name). 0 is the safe answer for any module: PySide6 then makes sure that no switch
is on while the module's code runs, and -1 only spares it that check. A module that
does opt in still gets its switches, since `from __feature__ import ...` sets the
module's entry itself.

If a PySide6 release no longer has the registry, nothing is registered and PySide6
reads the sources again: slower, never wrong. tests/test_pyside_import.py would then
fail and say so.
"""

from __future__ import annotations

import sys
from collections.abc import MutableMapping, Sequence
from types import ModuleType

# The registry's value for "uses PySide6, no switches" (see above).
NO_SWITCHES = 0


class RegisterBeforeImport:
    """A meta path finder that finds nothing: it only registers each module about to be
    imported in PySide6's registry, so PySide6 does not read its source afterwards."""

    def __init__(self, registry: MutableMapping[str, int]) -> None:
        self.registry = registry

    def find_spec(
        self, name: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> None:
        self.registry.setdefault(name, NO_SWITCHES)


def feature_registry() -> MutableMapping[str, int] | None:
    """PySide6's registry of modules' API switches; None if this PySide6 has none."""
    feature = sys.modules.get("PySide6.support.feature")
    registry = getattr(feature, "pyside_feature_dict", None)
    return registry if isinstance(registry, MutableMapping) else None


def import_pyside() -> None:
    """Import Qt's core, then register every module loaded so far and every one imported
    from now on in PySide6's registry (once per process)."""
    import PySide6.QtCore  # noqa: F401 - loads PySide6, which creates the registry

    registry = feature_registry()
    if registry is None:
        return
    if any(isinstance(finder, RegisterBeforeImport) for finder in sys.meta_path):
        return
    for name in list(sys.modules):
        registry.setdefault(name, NO_SWITCHES)
    sys.meta_path.insert(0, RegisterBeforeImport(registry))
