"""Paper choices for printing and PDF, named apart from export/pdf.py so the window can
offer and remember them without importing the page layout code."""

from __future__ import annotations

from typing import Literal

PaperChoice = Literal["auto", "a4", "letter"]
PAPER_CHOICES: tuple[PaperChoice, ...] = ("auto", "a4", "letter")
