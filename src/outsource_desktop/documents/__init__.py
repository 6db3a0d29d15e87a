"""What is shown and printed, as plain documents. Imports content and reference; no Qt."""
