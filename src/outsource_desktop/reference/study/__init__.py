"""Study: flashcards, their schedule and saved progress, quizzes and exam practice."""
