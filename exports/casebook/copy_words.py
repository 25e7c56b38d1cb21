"""The casebook's words for copies of one case (:mod:`mapper.casebook.copies`): the text
report, the JSON, the workbook and the Word note say them alike.

Examples
--------
>>> from exports.casebook.run import Copies
>>> print(copies_line(Copies(("a.kvmap", "b.kvmap"), "b.kvmap", later=True), "nl"))
a.kvmap en b.kvmap: twee kopieën van dezelfde casus; één keer geteld, als b.kvmap (de laatste stand)
>>> copies_summary((Copies(("a.kvmap", "b.kvmap"), "a.kvmap"),), "en")
'2 copies of the same case count once'
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from exports.casebook.run import Copies
from mapper.wording import join, word
from models.i18n import Lang

__all__ = ["copies_data", "copies_heading", "copies_line", "copies_summary"]


def copies_heading(lang: Lang) -> str:
    """The heading above the copies."""
    return "Kopieën van dezelfde casus" if lang == "nl" else "Copies of the same case"


def copies_line(c: Copies, lang: Lang) -> str:
    """One group of copies: which files, how many, and which one is counted."""
    n = word(len(c.files), lang)
    if lang == "nl":
        out = f"{join(c.files, lang)}: {n} kopieën van dezelfde casus; één keer geteld, als "
        return out + c.counted + (" (de laatste stand)" if c.later else "")
    out = f"{join(c.files, lang)}: {n} copies of the same case; counted once, as {c.counted}"
    return out + (" (the latest state)" if c.later else "")


def copies_summary(copies: Sequence[Copies], lang: Lang) -> str:
    """The summary line's part about copies ("" without copies), its numbers in figures like
    the rest of that line ("3 casussen geanalyseerd")."""
    if not copies:
        return ""
    if len(copies) == 1:
        n = str(len(copies[0].files))
        if lang == "nl":
            return f"{n} kopieën van dezelfde casus tellen één keer"
        return f"{n} copies of the same case count once"
    k = str(len(copies))
    if lang == "nl":
        return f"{k} casussen staan er in meer dan één kopie; elke casus telt één keer"
    return f"{k} cases are there in more than one copy; each case counts once"


def copies_data(copies: Sequence[Copies], lang: Lang) -> list[dict[str, Any]]:
    """The copies as JSON data."""
    return [
        {
            "files": list(c.files),
            "counted": c.counted,
            "later": c.later,
            "text": copies_line(c, lang),
        }
        for c in copies
    ]
