"""One ask per mandate of a body (rev-user16 U5).

Chapter 5 and 'Eerst doen' asked one college twice in a row: "Laat het college B&W 4 in zijn
mandaat ondermandaat tot en met de consulent 4.7 toestaan (drie niveaus) … Laat het college
B&W 4 in zijn mandaat één niveau ondermandaat meer toestaan, of het mandaat rechtstreeks aan
de teamleider 4.0.1 verlenen." Both sub-mandates hang under the same mandate of the college;
three levels allowed in it reach the teamleider too. A sub-mandate not allowed whose remedy is
"one more level" takes the widest ask of the same mandate at the root that reaches its level.

Examples
--------
>>> widest([("m49", 2, "m44", 3), ("m51", 2, "m44", 0), ("m9", 2, "m8", 0)])
{'m51': 'm49'}
>>> widest([("m49", 2, "m44", 1), ("m51", 3, "m44", 0)])
{}
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from mapper.codes import Code
from mapper.findings import Finding

__all__ = ["Remedy", "one_ask", "widest"]

#: what a sub-mandate's remedy asks: the chain above it, the data and the part of its text,
#: and the name of its holder
Remedy = tuple[tuple[str, ...], dict[str, Any], str, Any]


def widest(asks: Iterable[tuple[str, int, str, int]]) -> dict[str, str]:
    """For each sub-mandate whose remedy is one more level, the sub-mandate whose wider ask
    it takes instead; ``asks``: (the sub-mandate, its level below the mandate at the root, that
    mandate, the levels its ask allows, 0 for "one more level")."""
    given = list(asks)
    best: dict[str, tuple[int, str]] = {}
    for sub, _, root, needed in given:
        if needed and needed > best.get(root, (0, ""))[0]:
            best[root] = (needed, sub)
    return {
        sub: best[root][1]
        for sub, level, root, needed in given
        if not needed and root in best and best[root][0] >= level
    }


def one_ask(
    found: list[Finding],
    remedy: Callable[[str], Remedy],
    rebuild: Callable[[str, tuple[dict[str, Any], str]], Finding],
) -> list[Finding]:
    """``found`` with each "one more level" finding of a sub-mandate not allowed rebuilt
    (``rebuild``) with the widest plain ask (no consent of another body in it) of its mandate
    at the root that reaches it; that ask grants directly to its holder too, and so does the
    finding whose ask it was."""
    subs = {
        f.mandates[-1]: i
        for i, f in enumerate(found)
        if f.code == Code.MANDATE_SUBMANDATE_NOT_ALLOWED and f.mandates
    }
    remedies = {mid: remedy(mid) for mid in subs}
    asks = [
        (mid, len(chain), chain[0], 0 if part == "widen" else int(fix.get("needed", 0)))
        for mid, (chain, fix, part, _) in remedies.items()
        if chain and part in ("widen", "widen_to")
    ]
    taken: dict[str, list[str]] = {}
    for mid, wider in widest(asks).items():
        taken.setdefault(wider, []).append(mid)
    for wider, mids in taken.items():
        _, fix, part, _ = remedies[wider]
        ask = fix | {"direct": [*fix["direct"], *(remedies[m][3] for m in mids)]}
        for mid in [wider, *mids]:
            found[subs[mid]] = rebuild(mid, (ask, part))
    return found
