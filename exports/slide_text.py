"""How much text fits on a slide: lines wrapped at words, the largest size that fits a box,
and a table's rows sized to end above the footer (the deck, :mod:`exports.sessie`).

The estimates are on the safe side: a character is :data:`_EM` em wide, wider than Calibri's
average, because LibreOffice may draw the deck in a wider fallback font.

>>> text_lines(["aa bb cc"], 3.1, 72.0)  # "aa bb" / "cc"
2
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["fitted_pt", "table_fit", "text_lines"]

_EM = 0.56  # a character's width in em (Calibri is narrower; LibreOffice's fallback is not)
_LEADING = 1.2  # a line's height in em
_INSET = 0.2  # inches: a text box's left and right insets together
_CELL_PAD = 0.1  # inches: a table cell's top and bottom margins together (python-pptx's 0.05)


def text_lines(lines: list[str], width: float, pt: float) -> int:
    """How many lines ``lines`` take wrapped at word boundaries in a box ``width`` inches
    wide at ``pt`` points (an estimate on the safe side: characters of :data:`_EM` em)."""
    per_line = max(int((width - _INSET) * 72.0 / (pt * _EM)), 1)
    total = 0
    for line in lines:
        used, rows = 0, 1
        for word in line.split():
            need = len(word) if used == 0 else used + 1 + len(word)
            if need <= per_line:
                used = need
            else:  # on a new line (unless this one is still empty), broken if too long
                rows += (1 if used else 0) + (len(word) - 1) // per_line
                used = (len(word) - 1) % per_line + 1
        total += rows
    return total


def fitted_pt(lines: list[str], width: float, height: float, largest: int, smallest: int) -> int:
    """The largest size from ``largest`` down to ``smallest`` at which ``lines`` fit in a box
    of ``width`` by ``height`` inches (``smallest`` when none does)."""
    for pt in range(largest, smallest - 1, -1):
        if text_lines(lines, width, pt) * pt * _LEADING / 72.0 <= height - 0.1:
            return pt
    return smallest


def table_fit(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    height: float,
    largest: int,
    smallest: int,
) -> tuple[int, list[float]]:
    """The largest size from ``largest`` down to ``smallest`` at which a table of ``rows``
    (columns ``widths`` inches wide) is at most ``height`` inches high, and each row's height
    at that size (at ``smallest`` when none fits). A row is as high as its tallest cell."""
    heights: list[float] = []
    for pt in range(largest, smallest - 1, -1):
        heights = [
            max(text_lines([cell], w, pt) for cell, w in zip(row, widths, strict=True))
            * pt
            * _LEADING
            / 72.0
            + _CELL_PAD
            for row in rows
        ]
        if sum(heights) <= height:
            return pt, heights
    return smallest, heights
