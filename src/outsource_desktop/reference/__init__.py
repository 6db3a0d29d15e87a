"""Reference content turned into things to read and study, without Qt."""
