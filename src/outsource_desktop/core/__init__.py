"""The Qt-free core: content model, loading, queries and documents.

Nothing here may import Qt (enforced by import-linter), so the GUI and the
command line share one engine and the core tests run without a display.
"""
