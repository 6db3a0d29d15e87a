"""Widgets and dialogs the tabs and the window share. Imports gui.models and below."""
