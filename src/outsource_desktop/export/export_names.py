"""The names of what can be exported and how, apart from the code that does it,
so the command line can offer them without importing the exporters."""

from __future__ import annotations

VIEWS = ("comparison", "services", "careers", "all")
FORMATS = ("pdf", "csv", "md", "html")
