"""User interfaces: the PySide6 desktop app and the command line."""
