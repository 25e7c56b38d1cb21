"""An actor's position read from a foreign file (split from :mod:`exports.builder`): ``x`` and
``y`` as numbers, or left out with a located warning when one is no finite number or lies too
far out to draw, so the layout places the actor."""

from __future__ import annotations

import math
from typing import Any

from exports.errors import Problems
from models.value_words import MAX_COORDINATE, WrittenNumber, coordinate_said, far_said

__all__ = ["placed"]


def placed(
    values: dict[str, Any], problems: Problems, sheet: str, row: int | None
) -> dict[str, Any]:
    """``values`` with ``x`` and ``y`` as numbers, or without them (the layout places the
    actor) when one is no finite number, with a located warning naming it: NaN or ``inf``
    in a CSV or GraphML became a position no save accepts (hostile16's own look, F7)."""
    for axis in ("x", "y"):
        raw = values.get(axis)
        if raw is None or raw == "":
            continue
        parsed = True
        try:
            number = float(raw) if not isinstance(raw, bool) else math.nan
        except (TypeError, ValueError, OverflowError):
            number, parsed = math.nan, False
        if math.isfinite(number) and abs(number) <= MAX_COORDINATE:
            values = {**values, axis: number}
            continue
        if math.isfinite(number):  # too far out to draw (hostile review 10, H2)
            what = f"{far_said(number)}, farther out than ±{MAX_COORDINATE:,.0f}"
            what_nl = f"{far_said(number)}, verder weg dan ±{MAX_COORDINATE:,.0f}".replace(",", ".")
        else:
            what, what_nl = _not_a_number(raw, number, parsed)
        problems.warn(
            "position_dropped",
            sheet=sheet,
            row=row,
            column=axis,
            axis=axis,
            what=what,
            what_nl=what_nl,
        )
        return {k: v for k, v in values.items() if k not in ("x", "y")}
    return values


def _not_a_number(raw: Any, number: float, parsed: bool) -> tuple[str, str]:
    """What a position that is no finite number was, in English and Dutch."""
    shown: Any = number
    if parsed and isinstance(raw, str) and math.isinf(number) and _digits(raw):
        shown = WrittenNumber(raw.strip())  # 1e400 as written, not "infinite" (N5)
    said = coordinate_said(shown if parsed and not isinstance(raw, bool) else raw)
    return said or ("no number", "geen getal")


def _digits(text: str) -> bool:
    """Whether ``text`` writes a number in digits (``1e400``), not ``inf`` or ``Infinity``."""
    return any(c.isdigit() for c in text)
