"""Krachtenveld entry point: ``python main.py [...]`` is the same as ``krachtenveld [...]`` (both
start in the launcher, :mod:`krachtenveld`, which makes sure the four packages are our own)."""

import sys

from krachtenveld import main

if __name__ == "__main__":
    sys.exit(main())
