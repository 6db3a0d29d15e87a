"""The names of what can be exported and how, apart from the code that does it,
so the command line can offer them without importing the exporters."""

from __future__ import annotations

VIEWS = ("comparison", "exam", "services", "careers", "pay", "glossary", "all")
# Views that compare exactly two models, and the two they compare unless told.
TWO_MODEL_VIEWS = ("exam",)
EXAM_MODELS = ("bpo", "kpo")
ALL_MODELS = ("bpo", "kpo", "lpo")
# The Study tab's sheets (a quiz's questions and its answers are printed apart) and its deck.
STUDY_SHEETS = ("question-sheet", "answer-key", "exam-sheet")
STUDY_DECK = "study"
FORMATS = ("pdf", "csv", "md", "html")
DECK_FORMAT = "apkg"  # Anki's package; only the study deck is written in it
