"""outsource-desktop: an offline reference comparing BPO, KPO and LPO."""

APP_NAME = "outsource-desktop"
APP_DISPLAY_NAME = "Outsourcing Models"
ORGANISATION = "outsource-desktop"

# The one place the version is written: pyproject.toml reads it from here
# ([tool.hatch.version]). Asking importlib.metadata instead cost about 40 ms
# of every start (it imports the email package), and it does not work frozen.
__version__ = "0.1.0"
