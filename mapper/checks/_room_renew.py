"""Room to act: a needed decision that goes far up only because a mandate on the way expired.

When the mandate that would bring a power close to the case has simply run out, the remedy is
not to place the power elsewhere but to renew that mandate, by whoever granted it - the
gemeentesecretaris for his own sub-mandate, not the college - and to have the body that holds
the power ratify what was decided on the chain since it lapsed (jurist, fifth round, map A and
J1). The words are in :data:`mapper.texts.room_words.RENEW`.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from mapper.authority import Defect, Status
from mapper.checks._legal_text import instrument_of
from mapper.context import Context
from mapper.findings import Text
from models import Mandate, Need
from models.enums import Instrument

__all__ = ["renewal"]


def renewal(ctx: Context, need: Need, key: str, visible: set[str]) -> dict[str, Any] | None:
    """The expired mandate whose renewal brings ``key`` back to someone in ``visible`` (the
    actors near the handler and on its route), and who renews it: the values of the
    suggestion, or None when no such mandate exists."""
    auth, legal, g = ctx.authority, ctx.legal, ctx.graphs
    keys = dict.fromkeys((key, *legal.covered(key), str(legal.category(key))))
    for actor in ctx.sorted_actors(visible):
        for k in keys:
            for m in legal.into.get((actor, k), ()):
                if auth.status.get(m.id) != Status.VOID or m.valid_until is None:
                    continue
                if Defect.EXPIRED not in auth.defects.get(m.id, ()):
                    continue
                if need.budget is not None and m.budget is not None and m.budget < need.budget:
                    continue
                body = _body(ctx, m)
                if body is None:
                    continue
                if m.grantor != body:
                    grant = auth.grant(m.grantor, str(m.power))
                    if grant is None or not grant.may_pass_on:
                        continue  # the grantor cannot pass it on: renewing it would not help
                part = ("renew_own" if m.grantor == body else "renew_sub") + _WORD.get(
                    instrument_of(legal, m), ""
                )
                # another body than the note's college is asked (rev-jurist17 R4)
                asked = m.grantor == body and ctx.addressee not in (None, body)
                return {
                    "renewer": g.name(m.grantor),
                    "to": g.name(m.holder),
                    "body": g.name(body),
                    "since": m.valid_until + timedelta(days=1),
                    "lapsed": m.valid_until,
                    "lapsed_kind": _KIND[part],
                    "renew_part": f"{part}_ask" if asked else part,
                    "renewed": m.id,
                }
    return None


#: The lapsed mandate as a title names it (jurist, seventh round W2).
_KIND: dict[str, Text] = {
    "renew_own": Text("the mandate", "het mandaat"),
    "renew_sub": Text("the sub-mandate", "het ondermandaat"),
    "renew_own_volmacht": Text("the power of attorney", "de volmacht"),
    "renew_sub_volmacht": Text("the sub-power of attorney", "de ondervolmacht"),
    "renew_own_machtiging": Text("the authorisation", "de machtiging"),
    "renew_sub_machtiging": Text("the sub-authorisation", "de ondermachtiging"),
}

#: A volmacht or machtiging is renewed in its own words (art. 10:12 Awb; session 10).
_WORD = {Instrument.POWER_OF_ATTORNEY: "_volmacht", Instrument.AUTHORISATION: "_machtiging"}


def _body(ctx: Context, m: Mandate) -> str | None:
    """The public body at the top of ``m``'s chain (by statute or by delegation; J3)."""
    return ctx.authority.root_of(m)
