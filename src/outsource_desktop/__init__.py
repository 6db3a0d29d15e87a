"""outsource-desktop: an offline reference comparing BPO, KPO and LPO."""

from importlib.metadata import PackageNotFoundError, version

APP_NAME = "outsource-desktop"
APP_DISPLAY_NAME = "Outsourcing Models"
ORGANISATION = "outsource-desktop"

try:
    __version__ = version("outsource-desktop")
except PackageNotFoundError:  # a frozen bundle or a bare source checkout
    __version__ = "0.1.0"
