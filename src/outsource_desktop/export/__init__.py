"""Documents to files: HTML, CSV, Markdown, PDF. Imports layers below and QtGui, never QtWidgets."""
