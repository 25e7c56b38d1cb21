"""The document controller (the open case, selection, practice) and its undo commands."""
