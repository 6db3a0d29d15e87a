"""The window's tabs and the one face they show it. Imports gui.widgets, gui.models and below."""
