"""The sheets and columns of our Kumu workbook that both directions share: the id column that keeps
ids stable across a round trip, the sheets Kumu skips ("(ignore)") that carry what Kumu has no
place for, and the columns that Kumu's own ``Label``/``From``/``To``/``Type``/``Description``
stand for."""

from __future__ import annotations

from exports.excel_columns import (
    ACCEPTED,
    AGREEMENTS,
    DEVIATIONS,
    NEEDS,
    ORGANISATIONS,
    POWERS,
    RULES,
    SheetSpec,
)

ID_COLUMN = "Krachtenveld ID"
# Kumu skips sheets with "(ignore)" in their name; these carry what Kumu has no place for
CASE_SHEET = "Krachtenveld case (ignore)"
NEEDS_SHEET = "Krachtenveld needs (ignore)"
#: The tables Kumu has no place for, each on a sheet of its own that Kumu skips.
TABLE_SHEETS: tuple[tuple[str, SheetSpec], ...] = (
    (NEEDS_SHEET, NEEDS),
    ("KV organisations (ignore)", ORGANISATIONS),
    ("KV powers (ignore)", POWERS),
    ("KV agreements (ignore)", AGREEMENTS),
    ("KV rules (ignore)", RULES),
    ("KV deviations (ignore)", DEVIATIONS),
    ("KV accepted (ignore)", ACCEPTED),
)
OWN_SHEETS = frozenset(name.casefold() for name in (CASE_SHEET, *dict(TABLE_SHEETS)))
# the fields that Kumu's own columns (Label, Type, Tags, From, To, ...) or our id column carry,
# not written or read as custom columns
ACTOR_SKIP = {"id", "name", "kind", "notes", "tags", "x", "y"}
REL_SKIP = {"id", "source", "target", "name_of:source", "name_of:target", "kind", "label", "notes"}
MANDATE_SKIP = {
    "id", "grantor", "holder", "name_of:grantor", "name_of:holder", "description", "instrument",
}  # fmt: skip
# the headers of Kumu's Description column, in the languages a workbook may use
DESCRIPTION_HEADERS = {"description", "beschrijving", "omschrijving"}
