"""Work off the GUI thread: one job module with one result type, the analysis and layout runners."""
