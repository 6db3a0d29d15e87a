"""The content file: model, reading, validation, problems, cache. Imports no Qt, no other layer."""
