"""Study: questions, quizzes, flashcards, their schedule and saved progress. Imports content."""
