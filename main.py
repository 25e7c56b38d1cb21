"""Krachtenveld entry point: ``python main.py [...]`` is the same as ``krachtenveld [...]``."""

import sys

from ui.cli import main

if __name__ == "__main__":
    sys.exit(main())
