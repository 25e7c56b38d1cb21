"""Reading the cells of a mandate register: dates, amounts, sub-mandate levels, yes/no and
choices as a municipal register writes them (Dutch and English, ``€ 25.000,00``,
``31-1-2026``, our own sub-mandate phrase). A cell that does not fit its column raises
:class:`BadCellError` with the message key; :mod:`exports.register_read` locates it.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from exports.register_rule import mandate_rule_read
from exports.register_status import parse_sub_mandate
from exports.values import parse_bool
from models.enums import (
    Instrument,
    MandateRule,
    PowerAct,
    PowerCategory,
    Practice,
    RuleType,
    Scope,
)
from models.labels import label, parse_label

__all__ = ["BadCellError", "cell_value", "serial_number", "shown", "text_of"]

E = TypeVar("E", bound=StrEnum)

ENUMS: dict[str, type[StrEnum]] = {
    "category": PowerCategory, "rule_type": RuleType, "mandate_rule": MandateRule,
    "instrument": Instrument, "scope": Scope, "practice": Practice, "act": PowerAct,
}  # fmt: skip

#: how a register may name the kind of act besides our labels: the instrument a request is
#: passed on by, or a plain "overig"
_ACTS = {
    "machtiging": PowerAct.REQUEST, "machtiging (geen besluit)": PowerAct.REQUEST,
    "verzoek": PowerAct.REQUEST, "authorisation": PowerAct.REQUEST,
    "authorisation (no besluit)": PowerAct.REQUEST, "request": PowerAct.REQUEST,
    "overig": PowerAct.OTHER, "overige handeling": PowerAct.OTHER, "other": PowerAct.OTHER,
    "geen besluit": PowerAct.OTHER, "no besluit": PowerAct.OTHER,
    "volmacht": PowerAct.PRIVATE_LAW, "privaatrechtelijk": PowerAct.PRIVATE_LAW,
    "privaatrechtelijke rechtshandeling": PowerAct.PRIVATE_LAW,
    "power of attorney": PowerAct.PRIVATE_LAW, "private-law act": PowerAct.PRIVATE_LAW,
    "private law": PowerAct.PRIVATE_LAW,
}  # fmt: skip


class BadCellError(Exception):
    """A cell that does not fit its column: the message key and its parameters."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


class DateCellNumber(float):
    """A number in a cell formatted as a date that no date can hold (20260101): openpyxl warns
    and reads ``#VALUE!``; :func:`exports.register_cells.rows_with_date_numbers` puts the
    number back (hostile review 6, C6)."""


def text_of(raw: object) -> str:
    if raw is None:
        return ""
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, (date, datetime)):
        return raw.isoformat()[:10]
    return str(raw).strip()


def shown(raw: object) -> str:
    text = text_of(raw)
    return f'"{text[:60]}…"' if len(text) > 60 else f'"{text}"'


_DATE_NL = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_DATE_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?")


def _date(raw: object) -> date | None:
    if raw is None or text_of(raw) == "":
        return None
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    text = text_of(raw)
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):  # a number, not a date
        meant = _yyyymmdd(text)
        cell = isinstance(raw, DateCellNumber)  # formatted as a date in Excel (C6)
        key = "register_date_cell_number" if cell else "register_date_number"
        raise BadCellError(
            key,
            got=text,
            meant=f" (did you mean {meant}?)" if meant else "",
            meant_nl=f" (bedoelt u {meant}?)" if meant else "",
        )
    try:
        if match := _DATE_ISO.fullmatch(text):
            return date(int(match[1]), int(match[2]), int(match[3]))
        if match := _DATE_NL.fullmatch(text):
            return date(int(match[3]), int(match[2]), int(match[1]))
    except ValueError:
        pass
    raise BadCellError("register_bad_date", got=shown(raw))


def _yyyymmdd(text: str) -> str:
    """``2026-01-01`` for ``20260101``, when it names a day; else empty."""
    if not re.fullmatch(r"(19|20)\d{6}", text):
        return ""
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:])).isoformat()
    except ValueError:
        return ""


#: before this year a date cell is almost certainly a number Excel took as days since 1900
SERIAL_BEFORE = 1950


def serial_number(raw: object) -> int | float | None:
    """The number a date cell holds when Excel (or openpyxl) read a plain number as a date
    ("5" as 5 January 1900, hostile review 5 C5): a date before :data:`SERIAL_BEFORE`."""
    if not isinstance(raw, (date, datetime)) or raw.year >= SERIAL_BEFORE:
        return None
    from openpyxl.utils.datetime import to_excel

    serial = to_excel(raw)
    return int(serial) if float(serial).is_integer() else serial


def _amount(raw: object) -> float | None:
    if raw is None or text_of(raw) == "":
        return None
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        value = float(raw)
    else:
        text = re.sub(r"[€\s\u00a0]", "", text_of(raw)).removesuffix(",-").removesuffix(",--")
        if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", text):  # 250.000 or 1.250,50
            text = text.replace(".", "").replace(",", ".")
        elif re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", text):  # 250,000
            text = text.replace(",", "")
        else:
            text = text.replace(",", ".")
        try:
            value = float(text)
        except ValueError:
            raise BadCellError("register_bad_amount", got=shown(raw)) from None
    if not math.isfinite(value):
        raise BadCellError("register_bad_amount", got=shown(raw))
    return value


def _levels(raw: object) -> int | None:
    if raw is None or text_of(raw) == "":
        return None
    if isinstance(raw, float) and raw.is_integer() and 0 <= raw <= 9:
        return int(raw)
    if isinstance(raw, int) and not isinstance(raw, bool) and 0 <= raw <= 9:
        return raw
    if isinstance(raw, str) and raw.strip().isdigit() and int(raw) <= 9:
        return int(raw)
    answer = parse_bool(raw)
    if answer is not None:
        return 1 if answer else 0
    try:
        return parse_sub_mandate(text_of(raw))  # our own phrase: "Toegestaan, 2 niveaus"
    except ValueError:
        raise BadCellError("register_bad_sub_mandate", got=shown(raw)) from None


def _yes_no(raw: object) -> bool | None:
    if raw is None or text_of(raw) == "":
        return None
    answer = parse_bool(raw)
    if answer is None:
        raise BadCellError("expected_yes_no", got=shown(raw))
    return answer


def _choice(enum: type[E], raw: object) -> E | None:
    if raw is None or text_of(raw) == "":
        return None
    found = parse_label(enum, text_of(raw))
    if found is None:
        # each choice quoted, ";" between them: a label may hold a comma (hostile 7, F6)
        choices = "; ".join(
            f"\u201c{label(m, 'nl')}\u201d (\u201c{label(m, 'en')}\u201d)" for m in enum
        )
        raise BadCellError("expected_enum", choices=choices, got=shown(raw))
    return found


#: what Excel shows for a formula that failed; openpyxl reads it as this text (review 6, N5)
EXCEL_ERRORS = frozenset(
    ("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!")
)


def far_ahead(day: object, today: date | None = None) -> bool:
    """Whether ``day`` lies more than a year after ``today`` (2999 for 2026: a typing slip?)."""
    now = today or date.today()
    return isinstance(day, date) and day > now.replace(year=now.year + 1, day=min(now.day, 28))


#: the columns that name an actor: a number there is no name (hostile review 6, N5)
_ACTOR_COLUMNS = frozenset({"grantor", "holder", "power_holder"})
_NUMBER = re.compile(r"[-+]?[\d.,\s]*\d[\d.,\s]*")


def _a_number(cell: object) -> bool:
    """Whether ``cell`` is a number (an Excel number, or a text of digits: ``42``, ``1.000``).

    >>> [_a_number(c) for c in (42, 4.5, "42", " 1.000 ", "Teamleider 2", True, None)]
    [True, True, True, True, False, False, False]
    """
    if isinstance(cell, bool):
        return False
    if isinstance(cell, (int, float)):
        return True
    return isinstance(cell, str) and _NUMBER.fullmatch(cell.strip()) is not None


def cell_value(key: str, cell: object) -> Any:
    """The value of ``cell`` in the register column ``key``; :class:`BadCellError` if it does
    not fit (an Excel error value such as ``#REF!`` in any column: never a name or a value)."""
    if isinstance(cell, str) and cell.strip().upper() in EXCEL_ERRORS:
        raise BadCellError("register_excel_error", got=cell.strip())
    if key in _ACTOR_COLUMNS and _a_number(cell):
        raise BadCellError("register_name_number", got=text_of(cell))
    if key in ("valid_from", "valid_until"):
        return _date(cell)
    if key == "budget":
        return _amount(cell)
    if key == "sub_mandate":
        return _levels(cell)
    if key in ("in_writing", "consent", "works_under", "reserves_deviation"):
        return _yes_no(cell)
    if key == "instrument" and isinstance(cell, str):
        # "Machtiging (geen besluit)": how the register writes one over a request (J6)
        cell = re.sub(r"\s*\((?:geen|no) besluit\)\s*$", "", cell, flags=re.IGNORECASE)
    if key == "act" and isinstance(cell, str) and cell.strip().casefold() in _ACTS:
        return _ACTS[cell.strip().casefold()]
    if key == "mandate_rule" and isinstance(cell, str):
        cell = mandate_rule_read(cell)  # "Machtiging toegestaan" over a request (J6)
    if key in ENUMS:
        return _choice(ENUMS[key], cell)
    return text_of(cell)
