"""Qt item models and proxies over the reference's rows. Imports no gui.widgets or gui.tabs."""
