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

The app uses no switches (tests/test_pyside_import.py holds its sources to that), so
`import_pyside` gives the registry the answer itself: 0 for every module already
loaded and for every module imported from then on, before it is imported (a meta path
finder that finds nothing and only registers the name). With no module opting in, 0
and -1 behave alike: -1 ("never switch") only matters to a module called from one that
did opt in, which then keeps its caller's switches where 0 gives it Qt's own names. A
module that opts in still gets its own switches, since `from __feature__ import ...`
sets its entry itself; should this app ever opt in, its helpers would need -1.

If a PySide6 release no longer has the registry, nothing is registered and PySide6
reads the sources again: slower, and `linecache` keeps what it read (~0.7 MB), never
wrong. tests/test_pyside_import.py would then fail and say so.
"""

from __future__ import annotations

import sys
from collections.abc import MutableMapping, Sequence
from types import ModuleType

# The registry's value for "uses PySide6, no switches" (see above).
NO_SWITCHES = 0


class RegisterBeforeImport:
    """A meta path finder (the `importlib.abc.MetaPathFinder` protocol, without importing
    importlib.abc at start) that finds nothing: it only registers each module about to
    be imported in PySide6's registry, so PySide6 does not read its source afterwards."""

    def __init__(self, registry: MutableMapping[str, int]) -> None:
        self.registry = registry

    def find_spec(
        self, name: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> None:
        self.registry.setdefault(name, NO_SWITCHES)


def feature_registry() -> MutableMapping[str, int] | None:
    """PySide6's registry of modules' API switches; None if this PySide6 has none."""
    # The same module under its published name and its own (6.9 to 6.11 have both).
    for name in ("PySide6.support.feature", "shibokensupport.feature"):
        registry = getattr(sys.modules.get(name), "pyside_feature_dict", None)
        if isinstance(registry, MutableMapping):
            return registry
    return None


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
