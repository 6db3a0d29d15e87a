import gc

# The cyclic collector stays off until the window is usable (gui/app.py turns it
# back on, and cli.py for every command without a window): start-up creates tens
# of thousands of objects and no garbage worth collecting, and the collections
# they set off cost a few milliseconds before the first frame and after it.
gc.disable()

import sys  # noqa: E402

from outsource_desktop.cli import main  # noqa: E402

sys.exit(main())
