"""The main window: its actions (one table of records), menus, file and edit handling, icons,
start-up, screenshots and the first-run guide."""
