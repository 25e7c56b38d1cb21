"""Keeping the user's data safe: the safety hooks and locks, recovery copies, the file watcher,
the crash dialog and the GUI-thread garbage collector."""
