"""Reusable widgets that the tabs are built from."""
