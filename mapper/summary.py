"""What to act on first: the first three causes and a text an executive reads aloud.

Examples
--------
>>> from models import Case, CaseInfo
>>> from mapper.analysis import analyse
>>> result = analyse(Case.from_parts(CaseInfo("leeg")))
>>> result.summary.first
()
>>> result.summary.text("nl")
'Er staat nog te weinig op de kaart om iets te beoordelen.'
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from mapper.context import Context
from mapper.findings import Cause, Severity, Text
from mapper.wording import count, word

__all__ = ["Summary", "summarise"]


@dataclass(frozen=True, slots=True)
class Summary:
    """What to act on first.

    ``first`` holds the ids of (at most) the three causes to act on first, in order; ``text``
    is two or three sentences an executive can read aloud; ``headline`` is its first sentence
    (how many causes, how many needed decisions held up).
    """

    first: tuple[str, ...] = ()
    text: Text = field(default_factory=lambda: Text("", ""))
    headline: Text = field(default_factory=lambda: Text("", ""))
    #: causes among the first whose step is one of ``first`` (the same second route for the
    #: manager and the team leader): left out of the three, kept for the beslispunt that
    #: takes them together
    same_step: tuple[str, ...] = ()


def summarise(
    causes: Sequence[Cause], ctx: Context, *, accepted: frozenset[str] = frozenset()
) -> Summary:
    """The first three causes to act on, and a short text an executive reads aloud."""
    live = [c for c in causes if not all(f in accepted for f in c.findings)]
    if not ctx.graphs.actors:
        return Summary(
            (),
            Text(
                "The map holds too little to judge anything yet.",
                "Er staat nog te weinig op de kaart om iets te beoordelen.",
            ),
        )
    serious = [c for c in live if c.severity != Severity.INFO]
    if not serious:
        return Summary(
            tuple(c.id for c in live[:3]),
            Text(
                "The map shows nothing that keeps the organisation from doing what is needed.",
                "De kaart laat niets zien dat de organisatie belet te doen wat nodig is.",
            ),
        )
    # three different steps: a cause whose step is the one of a cause already among the
    # first ("Zorg voor een tweede ambtelijke route …" for the manager and again for the team
    # leader) makes way for the next (adviser, session 10: the wmo template's "Eerst doen"
    # items 1 and 2 read the same)
    first: list[Cause] = []
    same: list[str] = []
    for c in serious:
        if len(first) == 3:
            break
        if all(c.suggestion != other.suggestion for other in first):
            first.append(c)
        else:
            same.append(c.id)
    crit = sum(c.severity == Severity.CRITICAL for c in live)
    blocked = len({n for c in live for n in c.held_up})
    # one number style in the sentence: "twaalf oorzaken, waarvan vijf kritiek" (jurist L-c)
    en = [f"The analysis finds {count(len(live), 'cause', 'causes', 'en', upto=20)}"]
    nl = [f"De analyse vindt {count(len(live), 'oorzaak', 'oorzaken', 'nl', upto=20)}"]
    if crit:
        en[0] += f", {word(crit, 'en')} of them critical"
        nl[0] += f", waarvan {word(crit, 'nl')} kritiek"
    if blocked:
        en[0] += f"; {count(blocked, 'needed decision is', 'needed decisions are', 'en')} held up"
        nl[0] += (
            f"; {count(blocked, 'benodigd besluit loopt', 'benodigde besluiten lopen', 'nl')} vast"
        )
    en[0] += "."
    nl[0] += "."
    en.append("Act first on: " + " ".join(f"{i}. {c.title.en}." for i, c in enumerate(first, 1)))
    nl.append("Eerst doen: " + " ".join(f"{i}. {c.title.nl}." for i, c in enumerate(first, 1)))
    return Summary(
        tuple(c.id for c in first),
        Text(" ".join(en), " ".join(nl)),
        Text(en[0], nl[0]),
        tuple(same),
    )
