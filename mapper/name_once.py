"""A long role named in full once in a text, then by its role alone: "de consulent wijkteam
(Sanne) … de consulent" (jurist L3, L-d). The short form is the name's own
(:attr:`mapper.names.Name.short`, :meth:`mapper.names.Name.forms`).

>>> from mapper.names import Name
>>> from models import ActorKind
>>> sanne = Name.of("Consulent wijkteam (Sanne)", ActorKind.PROFESSIONAL)
>>> once("Is de consulent wijkteam (Sanne) afwezig, dan wacht de consulent wijkteam (Sanne).",
...      [sanne])
'Is de consulent wijkteam (Sanne) afwezig, dan wacht de consulent.'
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mapper.names import Name

__all__ = ["once", "once_forms"]


@lru_cache(maxsize=4096)
def _mention(words: str, after: str) -> re.Pattern[str]:
    """``words`` in a text, with a capital or not (a sentence may start with them)."""
    head = re.escape(words[0]) + re.escape(words[0].upper())
    return re.compile(rf"(?<!\w)[{head}]{re.escape(words[1:])}{after}")


def once(text: str, names: Iterable[Name]) -> str:
    """``text`` with each long role named in full the first time and by its role alone after
    that ("de consulent wijkteam (Sanne) … de consulent"), in Dutch (jurist L3, L-d). A role
    two of ``names`` share ("de manager" of two managers) stays whole.
    """
    return once_forms(text, [n.forms("nl") for n in names])


#: A text naming more actors than this is a list, not prose: it is left as it is (and a map
#: of thousands of actors is not searched name by name).
_PROSE = 12


def once_forms(text: str, forms: Iterable[tuple[str, str]]) -> str:
    """:func:`once` on (full, short) pairs of names (see :meth:`Name.forms`)."""
    full = {whole: role for whole, role in forms if role}
    if not full or len(full) > _PROSE:
        return text
    roles = Counter(full.values())  # a long list of names costs one pass, not its square
    for whole, role in full.items():
        if roles[role] > 1 or text.count(whole[1:]) < 2:
            continue
        pattern = _mention(whole, r"(?!\w)")
        for m in reversed(list(pattern.finditer(text))[1:]):
            text = f"{text[: m.start()]}{m.group(0)[0]}{role[1:]}{text[m.end() :]}"
    return text
