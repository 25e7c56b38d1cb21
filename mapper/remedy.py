"""What-if for a cause: make its suggested change on a copy of the map and see what it solves.

Presentation mode's what-if toggle asks "which findings disappear if, say, the team lead gets
the mandate?". :func:`remedy` turns a cause into one concrete change where the map says enough
to make one:

- a needed decision whose power sits far away, out of reach or nowhere near the case: the
  public body that holds the power by statute grants the handler of the decision a written
  mandate for it (not for pushing through, which comes from an agreement or a specific
  statute, and not for a partner's own decision, which is reached by an agreement: never by
  mandate);
- backing the line above a professional does not give: the suggestion "make backing
  explicit" becomes trust both ways (+2) at every link of the backing line, and distrust
  between two people on it becomes trust.

Other causes (a person every route depends on, the learning loop, agreements for pushing
through) need an organisational choice the map cannot make; :func:`remedy` returns None.

Examples
--------
>>> from models.example import example_case
>>> from mapper.analysis import analyse
>>> case = example_case()
>>> backing = analyse(case).cause("theme:backing")
>>> outcome = try_remedy(case, backing)
>>> outcome is not None and len(outcome.change.disappeared) > 0
True
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from mapper.analysis import Analysis, analyse
from mapper.checks.trust import backing_lines
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Cause, Text
from mapper.legal import no_besluit
from mapper.names import Name
from mapper.whatif import FindingChange, compare_findings
from mapper.wording import count, join, quoted
from models import (
    Case,
    EntityKind,
    Instrument,
    Mandate,
    PowerCategory,
    Practice,
    RelationKind,
    Relationship,
    RuleType,
)
from models.i18n import Lang

__all__ = ["Remedy", "RemedyOutcome", "remedy", "try_remedy"]


@dataclass(frozen=True)
class Remedy:
    """A concrete change on a copy of the map, and what it is in words."""

    case: Case
    text: Text  # "Consulent gets a written mandate for ‘Afwijken van regel’ from College"


@dataclass(frozen=True)
class RemedyOutcome:
    """A remedy and the findings it makes appear and disappear."""

    remedy: Remedy
    change: FindingChange

    def gone(self, lang: Lang, limit: int = 2) -> tuple[list[str], int]:
        """The titles of the findings that disappear (at most ``limit``) and how many more."""
        titles = list(dict.fromkeys(f.title(lang) for f in self.change.disappeared))
        return titles[:limit], max(0, len(titles) - limit)

    def sentence(self, lang: Lang) -> str:
        """One line for a caption: the change, and how many findings go and come."""
        gone, new = len(self.change.disappeared), len(self.change.appeared)
        if lang == "nl":
            out = f"Wat als {self.remedy.text.nl}? "
            if gone:
                verb = "verdwijnt" if gone == 1 else "verdwijnen"
                out += f"Dan {verb} {count(gone, 'bevinding', 'bevindingen', 'nl')}"
            else:
                out += "Dan verdwijnt geen enkele bevinding"
            if new:
                verb = "komt" if new == 1 else "komen"
                out += f"; er {verb} {count(new, 'bevinding', 'bevindingen', 'nl')} bij"
            return out + "."
        out = f"What if {self.remedy.text.en}? "
        if gone:
            out += f"Then {count(gone, 'finding disappears', 'findings disappear', 'en')}"
        else:
            out += "Then no finding disappears"
        if new:
            out += f"; {count(new, 'finding appears', 'findings appear', 'en')}"
        return out + "."


def _holder_of(case: Case, power: str) -> str | None:
    """The public body holding ``power`` by statute (a power id, or a category). A partner's
    own decision (an internal rule, or a holder that is no bestuursorgaan) has none: it is
    reached by an agreement, never by mandate."""
    found = case.powers.get(power)
    candidates = (
        [found]
        if found is not None
        else [p for p in case.powers if p.category == case.category_of(power)]
    )
    for p in candidates:
        holder = case.actors.get(p.holder or "")
        if holder is not None and holder.is_public_body and p.rule_type is not RuleType.INTERNAL:
            return holder.id
    return None


def _name(case: Case, actor_id: str, lang: Lang) -> str:
    """The actor's name inside a sentence (Dutch: a role with its article)."""
    actor = case.actors.get(actor_id)
    if actor is None:
        return actor_id
    return Name.of(actor.name, actor.kind).running(lang)


def remedy(case: Case, cause: Cause) -> Remedy | None:
    """The cause's suggested change as a concrete edit of a copy of ``case`` (None: none).

    The change is the act the cause's suggestion advises, never another one (new user, fourth
    round, 3): an agreement that places a body's decision with someone else is amended so the
    body decides itself (no mandate to the decider or the handler: they have an interest of
    their own, art. 2:4 Awb); a sub-mandate the mandate decision does not allow is replaced by
    the direct mandate the suggestion names; backing is made explicit.
    """
    after = case.copy()
    en: list[str] = []
    nl: list[str] = []
    codes = {f.split(":", 1)[0] for f in cause.findings}
    expired = [f.split(":", 1)[1] for f in cause.findings if f.startswith("MANDATE_EXPIRED:")]
    if codes & _AGREEMENT_CODES:
        _amend_agreements(case, after, cause, en, nl)
    elif expired and cause.needs and codes & _FAR_CODES:
        # what the suggestion advises: renew the expired (sub)mandate (jurist round 5, map A)
        _renew(case, after, expired, en, nl)
    elif not codes & _BODY_DECIDES:
        _grant_mandates(case, after, cause, Code.MANDATE_SUBMANDATE_NOT_ALLOWED in codes, en, nl)
    if cause.id == "theme:backing" and Code.TRUST_BACKING_NEGATIVE in codes:
        _make_backing_explicit(case, after, cause, en, nl)
    elif any(
        (rel := case.relationships.get(r)) is not None
        and rel.kind is RelationKind.TRUST
        and rel.level <= 0
        for r in cause.relationships
    ):
        return None  # "bring in someone both trust": not a change the map can make for them
    if not en:
        return None
    return Remedy(after, Text(join(en, "en"), join(nl, "nl")))


def _make_backing_explicit(
    case: Case, after: Case, cause: Cause, en: list[str], nl: list[str]
) -> None:
    """The suggestion "make backing explicit" along the whole line, not only where it broke
    (new user, fifth round, 3: making one tie positive left the line "not secured"): every
    link of the backing line of each handler the cause names trusts the next both ways, and
    distrust between two people on the line becomes trust."""
    lines = backing_lines(Context.of(case))
    handlers = [a for a in cause.actors if a in lines]
    if not handlers:
        return
    trust = {(r.source, r.target): r for r in case.relationships if r.kind is RelationKind.TRUST}
    by_top: dict[str, list[str]] = {}
    for handler in handlers:
        line = lines[handler]
        by_top.setdefault(line[0], []).append(handler)
        members = set(line)
        for (a, b), rel in trust.items():
            if a in members and b in members and rel.level <= 0:
                after.update(EntityKind.RELATIONSHIP, rel.id, {"level": 2})
        for up, down in pairwise(line):
            for a, b in ((up, down), (down, up)):
                if (a, b) in trust:
                    continue
                tie = Relationship(
                    after.new_id(EntityKind.RELATIONSHIP), a, b, RelationKind.TRUST, level=2
                )
                after.add(EntityKind.RELATIONSHIP, tie)
                trust[(a, b)] = tie
    for top, ends in by_top.items():
        ends_en = join([_name(case, h, "en") for h in ends], "en")
        ends_nl = join([_name(case, h, "nl") for h in ends], "nl")
        line_en, line_nl = ("lines", "lijnen") if len(ends) > 1 else ("line", "lijn")
        en.append(
            f"backing is made explicit along the {line_en} from {_name(case, top, 'en')} to "
            f"{ends_en}, with trust both ways at every link"
        )
        nl.append(
            f"de rugdekking langs de {line_nl} van {_name(case, top, 'nl')} naar {ends_nl} "
            "uitgesproken wordt, met vertrouwen over en weer bij elke schakel"
        )


#: Findings of an agreement placing a body's decision with someone who may not take it.
_AGREEMENT_CODES = frozenset({Code.AGREEMENT_OVER_PUBLIC_POWER, Code.AGREEMENT_DECIDER_NO_MANDATE})
#: A needed decision that went far (or nowhere) because a mandate on the way expired.
_FAR_CODES = frozenset({Code.NEED_HOLDER_FAR, Code.NEED_NO_HOLDER, Code.NEED_BUDGET_SHORT})
#: Another body decides under its own responsibility: reached by agreement, never by mandate.
_BODY_DECIDES = frozenset({Code.NEED_OTHER_BODY_DECIDES})


def _amend_agreements(case: Case, after: Case, cause: Cause, en: list[str], nl: list[str]) -> None:
    """The agreements of ``cause`` no longer place its powers with their decider: the body
    that holds each decides itself, and a request stays with the body (the agreement keeps
    terms and escalation). A cause of one agreement (``agreement:g2``) amends it for every
    power its findings name."""
    if cause.id.startswith("power:"):
        powers = [cause.id.split(":", 1)[1]]
    else:  # the needs an agreement's findings are about: "AGREEMENT_…:n4"
        needs = [
            n
            for fid in cause.findings
            if fid.split(":", 1)[0] in _AGREEMENT_CODES and ":" in fid
            for n in fid.split(":", 1)[1].split("#", 1)[0].split("+")
        ]
        powers = list(dict.fromkeys(str(need.power) for n in needs if (need := case.needs.get(n))))
    only = cause.id.split(":", 1)[1] if cause.id.startswith("agreement:") else None
    for power in powers:
        keys = {power, str(case.category_of(power))}
        found = case.powers.get(power)
        holder = _holder_of(case, power) or (found.holder if found is not None else None)
        for agreement in after.agreements:
            if agreement.decider is None or not keys & set(agreement.covers):
                continue
            if only is not None and agreement.id != only:
                continue
            kept = tuple(k for k in agreement.covers if k not in keys)
            after.update(EntityKind.AGREEMENT, agreement.id, {"covers": kept})
            decider_en = _name(case, agreement.decider, "en")
            decider_nl = _name(case, agreement.decider, "nl")
            what_en, what_nl = case.power_name(power, "en"), case.power_name(power, "nl")
            body_en = _name(case, holder, "en") if holder else "the body that holds it"
            body_nl = _name(case, holder, "nl") if holder else "het orgaan dat haar heeft"
            if found is not None and no_besluit(found):  # a request: it stays with the body
                en.append(f"‘{what_en}’ stays with {body_en} instead of {decider_en}")
                nl.append(f"‘{what_nl}’ bij {body_nl} blijft in plaats van bij {decider_nl}")
                continue
            en.append(
                f"{body_en} decides ‘{what_en}’ itself, within a term recorded in the "
                f"{quoted(agreement.name)}, instead of {decider_en}"
            )
            nl.append(
                f"{body_nl} zelf over ‘{what_nl}’ beslist, binnen een termijn die de "
                f"{quoted(agreement.name)} vastlegt, in plaats van {decider_nl}"
            )


def _renew(case: Case, after: Case, expired: list[str], en: list[str], nl: list[str]) -> None:
    """The expired mandates of the cause are granted again by whoever granted them."""
    for mid in expired:
        m = case.mandates.get(mid)
        if m is None:
            continue
        after.update(EntityKind.MANDATE, mid, {"valid_until": None})
        sub = any(x.holder == m.grantor and x.power == m.power for x in case.mandates)
        kind_en, kind_nl = ("sub-mandate", "ondermandaat") if sub else ("mandate", "mandaat")
        # a lapsed mandate is granted again, never extended (jurist, seventh round W2)
        en.append(
            f"{_name(case, m.grantor, 'en')} grants the {kind_en} to "
            f"{_name(case, m.holder, 'en')} again"
        )
        nl.append(
            f"{_name(case, m.grantor, 'nl')} het {kind_nl} aan {_name(case, m.holder, 'nl')} "
            "opnieuw verleent"
        )


def _grant_mandates(
    case: Case, after: Case, cause: Cause, in_place: bool, en: list[str], nl: list[str]
) -> None:
    """The public body that holds a needed decision's power grants its handler a written
    mandate; ``in_place``: directly, in place of a sub-mandate that is not allowed."""
    grants: dict[tuple[str, str], list[str]] = {}  # (body, handler) -> powers
    for need_id in cause.needs:
        need = case.needs.get(need_id)
        if need is None or need.handler is None or case.actors.get(need.handler) is None:
            continue
        power = str(need.power)
        if case.category_of(power) is PowerCategory.PUSH_THROUGH:
            continue  # comes from an agreement or a specific statute, never by mandate
        grantor = _holder_of(case, power)
        if grantor is None or grantor == need.handler or case.actors.get(grantor) is None:
            continue
        powers = grants.setdefault((grantor, need.handler), [])
        if power not in powers:
            powers.append(power)
    for (grantor, holder), powers in grants.items():
        replaced = [
            m
            for m in case.mandates
            if in_place
            and m.holder == holder
            and m.power in powers
            and m.grantor != grantor
            and m.id in cause.mandates
            and m.instrument is Instrument.MANDATE
        ]
        for m in replaced:
            after.remove(EntityKind.MANDATE, m.id)
        for power in powers:
            mandate = Mandate(after.new_id(EntityKind.MANDATE), grantor, holder, power)
            after.add(EntityKind.MANDATE, mandate)
        what_en = join([f"‘{case.power_name(p, 'en')}’" for p in powers], "en")
        what_nl = join([f"‘{case.power_name(p, 'nl')}’" for p in powers], "nl")
        if replaced:
            by_en = join(sorted({_name(case, m.grantor, "en") for m in replaced}), "en")
            by_nl = join(sorted({_name(case, m.grantor, "nl") for m in replaced}), "nl")
            en.append(
                f"{_name(case, grantor, 'en')} grants {_name(case, holder, 'en')} the mandate "
                f"for {what_en} directly and in writing, in place of the sub-mandate from {by_en}"
            )
            nl.append(
                f"{_name(case, grantor, 'nl')} {_name(case, holder, 'nl')} rechtstreeks en "
                f"schriftelijk mandaat geeft voor {what_nl}, in plaats van het ondermandaat van "
                f"{by_nl}"
            )
            continue
        en.append(
            f"{_name(case, grantor, 'en')} gives {_name(case, holder, 'en')}"
            f" a written mandate for {what_en}"
        )
        nl.append(
            f"{_name(case, grantor, 'nl')} {_name(case, holder, 'nl')}"
            f" schriftelijk mandaat geeft voor {what_nl}"
        )


def try_remedy(
    case: Case,
    cause: Cause,
    *,
    practice: Practice | None = None,
    before: Analysis | None = None,
) -> RemedyOutcome | None:
    """Make the cause's change on a copy and compare the analyses (the map is not changed)."""
    change = remedy(case, cause)
    if change is None:
        return None
    base = before if isinstance(before, Analysis) else analyse(case, practice=practice)
    after = analyse(change.case, practice=practice)
    appeared, disappeared = compare_findings(base.findings, after.findings)
    return RemedyOutcome(change, FindingChange(base, after, appeared, disappeared))
