import sys

from outsource_desktop.cli import main

sys.exit(main())
