"""Dialogs of the desktop app that stand on their own (take input, return a result)."""
