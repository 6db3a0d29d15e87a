"""The PySide6 user interface over the Qt-free core."""
