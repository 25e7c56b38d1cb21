"""What the advice note (nota) and the session deck share: amounts, verdicts, citations and
the pictures of causes (their fixed words are in :mod:`exports.advice_words`, the risks in
:mod:`exports.risks`).

The nota (:mod:`exports.nota`) and the deck (:mod:`exports.sessie`) render the same
:class:`~mapper.analysis.Analysis`: its ranked causes, ``summary.first``, scorecard and map.
Pictures come from the map as the app draws it when the caller passes ``scene_for`` (a
function that builds a scene for a case, from ``ui``), else from Graphviz, else a plain
drawing (:func:`exports.picture.map_png`).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from mapper.findings import Cause, ScoreRow, Status, Text
from mapper.scorecard import accepted_verdict
from mapper.wording import cite, number
from models.case import Case
from models.entities import Position
from models.enums import EntityKind
from models.i18n import Lang, long_date

__all__ = [
    "STATUS_RGB",
    "SceneFactory",
    "cause_case",
    "cause_parties",
    "cite",
    "long_date",
    "map_picture",
    "money",
    "status_name",
    "verdict",
    "who_accepted",
]

SceneFactory = Callable[[Case], Any]

#: Status colours as RGB hex (the Excel report's traffic lights).
STATUS_RGB: dict[Status, str] = {
    Status.RED: "E74C3C",
    Status.AMBER: "F5B041",
    Status.GREEN: "58D68D",
    Status.GREY: "BDBDBD",
}


def money(value: float | None, lang: Lang) -> str:
    """An amount in euros in the language's format."""
    if value is None:
        return "—"
    text = number(value, lang, None if float(value).is_integer() else 2)
    return f"€ {text}" if lang == "nl" else f"€{text}"


def status_name(status: Status, lang: Lang) -> str:
    """The verdict of a scorecard row in words."""
    names = {
        Status.RED: Text("Red", "Rood"),
        Status.AMBER: Text("Amber", "Oranje"),
        Status.GREEN: Text("Green", "Groen"),
        Status.GREY: Text("Not enough to judge", "Niet te beoordelen"),
    }
    return names[status](lang)


def who_accepted(by: str, lang: Lang, *, anonymised: bool) -> str:
    """Who accepted a risk, as the acceptance records it (``accepted[].by``, the one source
    the nota, the deck and the workbook read): the name; in an anonymised output, which
    leaves authors out, says so (new user, tenth round, N4: a bare "—" beside "root" in the
    workbook read as unknown); "not recorded" when the file names no one."""
    if by.strip():
        return by.strip()
    if anonymised:
        return Text("left out (anonymised)", "weggelaten (geanonimiseerd)")(lang)
    return Text("not recorded", "niet vastgelegd")(lang)


def verdict(row: ScoreRow, lang: Lang) -> str:
    """A scorecard row's verdict in words, with its accepted risks: "Groen, met één
    geaccepteerd risico" (an executive who sees green must see what was accepted; new user,
    tenth round, N4)."""
    extra = accepted_verdict(row)
    name = status_name(row.status, lang)
    return f"{name}, {extra(lang)}" if extra is not None else name


def cause_case(case: Case, cause: Cause) -> Case:
    """The part of ``case`` a cause is about: its actors, the relationships among them and
    the mandates it names (a mandate among its actors that the cause is not about, such as
    the college's mandates to the manager on the agreement's slide, is left out: new user,
    seventh round, deck slide 7).

    Used for the zoomed picture of a cause. The title is the cause's; needs are left out.
    """
    keep = set(cause.actors)
    for m in case.mandates:
        if m.id in cause.mandates:
            keep |= {m.grantor, m.holder}
    for r in case.relationships:
        if r.id in cause.relationships:
            keep |= {r.source, r.target}
    keep |= set(cause_parties(case, cause))
    part = case.subset(keep)
    for mandate in [m for m in part.mandates if m.id not in cause.mandates]:
        part.remove(EntityKind.MANDATE, mandate.id)
    part.set_positions(_drawn_together(part))
    return part


def cause_parties(case: Case, cause: Cause) -> tuple[str, ...]:
    """The actors of the organisations ``cause``'s needs involve that none of its own actors
    belongs to: for "nobody can push through between the municipality and GGZ Rivierland",
    the GGZ team (the other party, shown with the cause on its slide and in presentation mode)."""
    orgs: list[str] = []
    for need_id in cause.needs:
        need = case.needs.get(need_id)
        if need is not None:
            orgs += [o for o in need.organisations if o not in orgs]
    own = {a.organisation for a in case.actors if a.id in cause.actors}
    return tuple(a.id for a in case.actors if a.organisation in orgs and a.organisation not in own)


#: Centres of a cause's actors at most this far apart per actor (scene units) on its picture.
_TOGETHER = 150.0
#: Drawn together, two actors stay at least this far apart along one axis (each plate and its
#: name keep room): across, or above each other.
_APART = 170.0
_APART_Y = 100.0
_FEW = 3  # a part of at most this many actors is drawn as close as that allows


def _drawn_together(part: Case) -> dict[str, Position]:
    """The positions of ``part``'s actors drawn towards their centre, the arrangement kept,
    so that two actors far apart on the map do not end in opposite corners of a picture.

    A few actors (at most :data:`_FEW`) are drawn as close as their plates allow: two actors
    far apart diagonally on the map came out as two boxes in opposite corners of an empty
    slide (new user, fifth round, 6)."""
    placed = {a.id: a.position for a in part.actors if a.position is not None}
    if len(placed) < 2:
        return dict(placed)
    xs = [p.x for p in placed.values()]
    ys = [p.y for p in placed.values()]
    extent = max(max(xs) - min(xs), max(ys) - min(ys), 1.0)
    # the least factor that keeps every two actors apart along one axis
    need = max(
        min(_APART / max(abs(p.x - q.x), 1e-6), _APART_Y / max(abs(p.y - q.y), 1e-6))
        for i, p in enumerate(placed.values())
        for j, q in enumerate(placed.values())
        if i < j
    )
    together = 0.0 if len(placed) <= _FEW else _TOGETHER * math.sqrt(len(placed)) / extent
    factor = min(1.0, max(together, need))
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    return {
        k: Position(cx + (p.x - cx) * factor, cy + (p.y - cy) * factor) for k, p in placed.items()
    }


def map_picture(case: Case, lang: Lang, scene_for: SceneFactory | None) -> bytes | None:
    """PNG of the map (None for an empty map): the app's drawing when ``scene_for`` is given."""
    from exports.map_page import nota_map_page
    from exports.picture import map_png

    if not len(case.actors):
        return None
    scene = scene_for(case) if scene_for is not None else None
    page = nota_map_page(scene) if scene is not None else None
    return map_png(case, lang, scene=scene, page=page, titled=False)
