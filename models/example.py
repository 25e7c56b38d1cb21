"""The built-in example case, shipped inside the package."""

from __future__ import annotations

from importlib import resources

from models.case import Case
from models.fileformat import loads

__all__ = ["EXAMPLE_NAME", "example_case", "example_text"]

EXAMPLE_NAME = "huisuitzetting-schulden-zorg.kvmap"


def example_text() -> str:
    """The ``.kvmap`` text of the example case."""
    return resources.files("models").joinpath("data", EXAMPLE_NAME).read_text(encoding="utf-8")


def example_case() -> Case:
    """A fresh copy of the example case."""
    return loads(example_text(), f"<{EXAMPLE_NAME}>")
