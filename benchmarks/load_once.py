"""Time one load of a content file in this fresh process; print the seconds.

    load_once.py FILE

The app loads its content once per run, into a fresh process. Timing each size
that way (benchmarks/run.py starts this script) keeps a small file from looking
cheaper per megabyte only because a tight loop reloads it into warm caches and
reused memory. The validator is built before the clock starts: that is a fixed
cost of the first validation, not of the file's size.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from outsource_desktop.content.loader import load_catalog
from outsource_desktop.content.validation import catalog_adapter


def main() -> int:
    path = Path(sys.argv[1])
    catalog_adapter()
    started = time.perf_counter()
    load_catalog(path)
    print(time.perf_counter() - started)
    return 0


if __name__ == "__main__":
    sys.exit(main())
