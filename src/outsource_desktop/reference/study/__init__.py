"""Study: questions, quizzes and flashcards from the content. Imports content and reference."""
