"""How many study questions of each kind the content gives, and how many name an article.

    .venv/bin/python scripts/study_questions.py [CONTENT_FILE]

Issue #13 measures the question builder by these figures: the questions by
kind, the flashcards and the quiz's pool, and the questions whose stem,
options, answer or explanation name an article, its site or author (the goal
is none: sources are cited by number and listed on the Sources page).
"""

from __future__ import annotations

import sys
from pathlib import Path

from outsource_desktop.content.assets import bundled_content_path
from outsource_desktop.content.loader import load_catalog
from outsource_desktop.reference.study.questions import (
    deck_questions,
    kind_counts,
    study_questions,
)
from outsource_desktop.reference.study.wording import SourceMentions


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else bundled_content_path()
    catalog = load_catalog(path)
    questions = study_questions(catalog)
    mentions = SourceMentions(catalog)
    naming = [
        question.item_id
        for question in questions
        if mentions(
            " ".join([question.question, *question.options, question.answer, question.explanation])
        )
    ]
    print(f"Study questions from {path} (content {catalog.data_version})")
    for kind, count in kind_counts(questions).most_common():
        print(f"{count:5}  {kind.label}")
    print(f"{len(questions):5}  in all")
    print(f"{len(deck_questions(catalog)):5}  flashcards")
    print(f"{sum(question.is_choice for question in questions):5}  with options, for quizzes")
    print(f"{len(naming):5}  naming an article{': ' + ', '.join(naming) if naming else ''}")
    return 1 if naming else 0


if __name__ == "__main__":
    sys.exit(main())
