"""The PySide6 window: app start, menus, tabs, widgets, item models. Imports every layer below."""
