"""Hostile finding 13: a wrong or missing format version gets a plain message."""

from __future__ import annotations

from typing import Any

import pytest

from models.errors import FormatError
from models.example import example_case
from models.fileformat import case_from_dict, case_to_dict


def _doc() -> dict[str, Any]:
    return case_to_dict(example_case())


@pytest.mark.parametrize("version", [0, 1])
def test_an_old_version_on_a_version_2_body_says_set_version_to_2(version: int) -> None:
    doc = _doc()
    doc["version"] = version
    with pytest.raises(FormatError) as caught:
        case_from_dict(doc)
    [problem] = caught.value.problems
    assert problem.key == "version_body_newer"
    assert "set version to 2" in problem.message("en")
    assert "organisations" in problem.message("en")


def test_a_missing_version_says_missing() -> None:
    doc = _doc()
    del doc["version"]
    with pytest.raises(FormatError) as caught:
        case_from_dict(doc)
    [problem] = caught.value.problems
    assert problem.key == "version_missing"
    assert "null" not in problem.message("en")
