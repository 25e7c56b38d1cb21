"""The ``case`` object of a ``.kvmap`` file: the map's header as written."""

from __future__ import annotations

from typing import Any

from models.entities import DEFAULT_STEP_DAYS, CaseInfo
from models.fields import CASE_FIELDS
from models.fieldtypes import dump_entity

__all__ = ["ANONYMISED_KEY", "header_dict"]

ANONYMISED_KEY = "anonymised"  # the anonymised copy's mark in the header: not in CASE_FIELDS


def header_dict(info: CaseInfo) -> dict[str, Any]:
    """The header's fields as written (:func:`models.fileformat.case_to_dict` and
    :mod:`models.leanmap`); ``step_days`` only when not the default."""
    header = dump_entity(info, CASE_FIELDS)
    if header["step_days"] == DEFAULT_STEP_DAYS:
        del header["step_days"]  # optional: a map that keeps the default stays as it was
    if info.anonymised:  # the anonymised copy's mark; absent in every other map
        header[ANONYMISED_KEY] = True
    return header
