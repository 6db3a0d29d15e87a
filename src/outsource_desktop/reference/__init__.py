"""Questions the content answers: comparison, search, advisor, careers, study. Imports content."""
