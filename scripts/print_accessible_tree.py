"""Print the AT-SPI accessible tree of the running app, as a screen reader sees it.

Run by scripts/accessible-tree.sh inside a D-Bus session with the AT-SPI bus;
needs Debian's python3-pyatspi, so it runs under /usr/bin/python3, not the venv.
"""

from __future__ import annotations

import sys
import time

import pyatspi  # type: ignore[import-not-found]

APP_NAMES = {"outsource-desktop", "Outsourcing Models"}
MAX_CHILDREN = 12  # tables have hundreds of cells; the first few show the shape


def find_app(timeout: float) -> object | None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name in APP_NAMES:
                return app
        time.sleep(0.5)
    return None


def show(node: object, depth: int, max_depth: int) -> int:
    role = node.getRoleName()  # type: ignore[attr-defined]
    name = node.name or ""  # type: ignore[attr-defined]
    description = node.description or ""  # type: ignore[attr-defined]
    line = f"{'  ' * depth}[{role}] {name!r}"
    if description:
        line += f" — {description}"
    print(line)
    count = 1
    if depth >= max_depth:
        return count
    children = node.childCount  # type: ignore[attr-defined]
    for index in range(min(children, MAX_CHILDREN)):
        child = node.getChildAtIndex(index)  # type: ignore[attr-defined]
        if child is not None:
            count += show(child, depth + 1, max_depth)
    if children > MAX_CHILDREN:
        print(f"{'  ' * (depth + 1)}… {children - MAX_CHILDREN} more")
    return count


def main() -> int:
    app = find_app(timeout=30)
    if app is None:
        print("The app did not appear on the AT-SPI bus.", file=sys.stderr)
        return 1
    nodes = show(app, 0, max_depth=int(sys.argv[1]) if len(sys.argv) > 1 else 14)
    print(f"-- {nodes} accessible objects shown", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
