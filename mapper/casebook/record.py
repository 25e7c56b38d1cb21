"""One case reduced to keys that compare across maps.

A cause's own id (``mandate:m4``, ``person:consulent``) means something in its map only. The
casebook compares what does not depend on ids: the code of the cause's worst finding, the power's
category and name, the roles (actor names without a person's name in brackets) and organisations
it names, and, per needed decision, how many steps the handler is from the nearest actor who may
take it. Records are plain data (``to_dict``/``from_dict``) so the index can keep them.

The caller passes the words a record says instead of the map's names (:class:`Shown`, from
:func:`exports.casebook.unnamed.shown_names`), or an anonymised case
(:func:`exports.anonymise.anonymise`): a record names roles, never a resident.

Examples
--------
>>> from models import Actor, Case, CaseInfo, Need
>>> case = Case.from_parts(CaseInfo("t"), [Actor("p", "Consulent (Sanne)")],
...                        needs=[Need("n1", "Afwijken", "deviate_from_rule", handler="p")])
>>> from mapper.analysis import analyse
>>> rec = case_record(case, analyse(case))
>>> rec.causes[0].category
'deviate_from_rule'
>>> rec.needs[0].handler, rec.needs[0].steps
('Consulent', None)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from mapper.analysis import Analysis
from mapper.casebook.variant import variant_of
from mapper.checks._room_reach import _Holders, _Reach
from mapper.codes import Code
from mapper.context import Context
from models import ActorKind, Case, Need, PowerCategory, RuleType

__all__ = [
    "ANALYSIS_VERSION",
    "CaseRecord",
    "CauseRecord",
    "NeedStep",
    "Shown",
    "case_record",
    "cause_keys",
    "key_code",
    "neutral_cause_id",
    "role_name",
]

#: Raised whenever what a record holds or how the analysis decides changes: the index then
#: analyses every case again (a record of another version is never reused).
#: 4: INTENT_NO_DEVIATION_POWER's forms apart (W7); 5: NEED_NO_HOLDER's (N10); 6: a title
#: that names the child of "Moeder van Noah" says "het kind", no longer "de moeder" (A1);
#: 7: the case's digest and its snapshots' (copies of one case count once); 8: a provider's
#: staff by role, the file's path said as the title is (user 12b C3, hostile 12 P5); 9: the
#: anonymiser's relatives and a person named after a resident's first name ("Zoon Daan":
#: hostile 13 N1-N3); 10: a relative's first name before the resident's surname is a letter
#: ("Fleur Visser.kvmap" is "X.kvmap", hostile 13b S1/S4); 11: each part of a path through the
#: title rules first (hostile 14 C1); 12: a lowercase name in a path has the map's letter, the
#: resident's role in the report's language ("b/daan.kvmap" is "b/X.kvmap", hostile 14b N3);
#: 13: an actor with the surname first ("Visser D."), a first name beside a kinship word in
#: brackets or a list, the low forms ("Mevrouw V.", "DaanVisser") (hostile 14b N2, C6)
#: 14: the title without health, a file's name without health words and dates ("Mevrouw is
#: zwanger", "zwanger.kvmap", "1985-03-03": hostile 15 H1, H4)
#: 15: a full date in any form and every first name the map's texts hold leave a file's name;
#: a name with nothing left is "kaart"/"map" (hostile 15b B1, B8)
#: 16: 'MS-patient', 'Ritalin', 'overspannen', 'miscarriage' leave a file's name (15b B1)
#: 17: one health list for texts, titles, actor and file names ('Zoon slikt Ritalin', 'Zoon
#: (MS)', 'Moeder (blind)'; 'Doof voor signalen' stays: hostile 15b B5, B7)
#: 18: a file's shown name with the names the whole run knows, snapshots' residents and first
#: names at a sentence's start; the record keeps its map's names as hashes (rev-hostile16a R3-R5)
#: 19: a name glued to another word, an initial, a health word or digits, or hidden by an
#: invisible or turning character (rev-hostile16a R6, R10); name hashes without marks
#: 20: more forms of a full date leave a file's name ("03 03 1985", "030385", "3maart1985",
#: "3-III-1985", a date over folders: rev-hostile16a R7)
#: 21: a title that names a kind of care and no one stays ('GGZ-wachtlijst en de gemeente',
#: not 'Casus (titel weggelaten)': hostile 15b B7)
#: 22: asperger, PDD-NOS, OCD, dyslexie, IVF, PAAZ, IBS, crisismaatregel, overdose, rehab,
#: kindermishandeling, OTS, uithuisplaatsing, jeugdreclassering in the health list (R8)
#: 23: no letter for a law's, body's or paper's name or an English word after the surname; no
#: "(BSN weggelaten)" or "van de" in a file's name (rev-hostile16a R9, R11)
#: 24: names joined by another hyphen, a slash or a dot, a resident's name with a bracket, a
#: misspelt surname after her first name, a handle, a date of birth in a code or after
#: "Mevrouw" ("Daan‐Visser", "Mevrouw Anna Visser (41)", "Anna Vischer", "@daanvisser",
#: "AV-1980-0303": hostile 15b B3, B4, B6; 15 H6, H9)
#: 25: the record's names for file names sealed with a key from the map's bytes, no plain hash
#: 26: a resident's initials in a file's name ('A.V.kvmap', 'AJM Visser': rev-hostile16a R10)
#: 27: a health word after the surname is no first name ('visser asperger': no 'de inwoner Y')
#: 28: a day and month in words before a year's folder ('geboren 3 maart/1985/': R7's rest)
#: 29: reuma, fibromyalgie, hernia, ME/CVS, dialyse, stoma, Ehlers-Danlos … in the health list
#: (rev-hostile16b N1), a sentence about a care organisation and no one kept (N2)
#: 30: a file's name in a folder said as at the top level ('sub/Daan 12 autisme' is
#: 'sub/kaart', not 'sub/Daan 12': rev-hostile16b N3); ids that show health or a date renamed
#: (H9), and an id that holds a name the texts give a letter ("daan_school")
#: 31: a person's own admission and the crisis service are health (rev-hostile16d F1)
ANALYSIS_VERSION = 31

#: Findings that mean a decision is (or would be) taken on a mandate that does not hold.
INVALID_MANDATE_CODES = frozenset({
    Code.MANDATE_EXPIRED, Code.MANDATE_CHAIN_BROKEN, Code.MANDATE_NO_LEGAL_ROOT,
    Code.MANDATE_SUBMANDATE_NOT_ALLOWED, Code.MANDATE_GRANTOR_DELEGATED_AWAY,
    Code.MANDATE_NOT_MANDATABLE,
})  # fmt: skip

_BRACKETS = re.compile(r"\s*\([^)]*\)")
_ID_PART = re.compile(r"[^:+#]+")  # an entity's id inside a cause's or a finding's id


def role_name(name: str) -> str:
    """An actor's name as a role to compare across cases: without what is in brackets (a
    staff member's first name: "Consulent wijkteam (Sanne)" -> "Consulent wijkteam").

    >>> role_name("Consulent wijkteam (Sanne)")
    'Consulent wijkteam'
    """
    return _BRACKETS.sub("", name).strip() or name.strip()


@dataclass(frozen=True, slots=True)
class Shown:
    """What a record says instead of the map's own words: the title and the names of actors,
    organisations and powers by id, and the ids a record must not show (an id that names
    health) with the id it shows. :func:`exports.casebook.unnamed.shown_names` fills it from
    the anonymiser, so a record of the case itself names nobody."""

    title: str
    actors: Mapping[str, str]
    organisations: Mapping[str, str]
    powers: Mapping[str, str]
    ids: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class NeedStep:
    """A needed decision: who handles it, the nearest who may take it, and the steps between.

    ``steps`` is None when nobody who may take it can be reached from the handler (or nobody
    holds the power); 0 when the handler may take it.
    """

    category: str
    power: str
    handler: str
    decider: str
    decider_org: str
    steps: int | None
    #: the decision departs from a rule that leaves no room for it, while the power itself is
    #: held: nobody may take it as it stands, however near (eighth jurist, N10)
    no_room: bool = False


@dataclass(frozen=True, slots=True)
class CauseRecord:
    """A cause as the casebook compares it.

    ``key`` is what makes two causes in two maps "the same": the code of the cause's worst
    finding, its form where one code says different things in law (``variant``, see
    :mod:`mapper.casebook.variant`: ``CODE/variant``) and, for a power, its category. ``cause``
    is the cause's id in its own map (to open the map on it). ``holders``: the roles of the
    public bodies that hold the power in that form (the body a power was delegated to).
    """

    cause: str
    key: str
    code: str
    kind: str
    category: str
    power: str
    severity: str
    rank: int
    block: int
    roles: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    steps: int | None = None
    partner: bool = False  # a power: only a partner's own (private-law) decisions
    body: bool = False  # a person cause: the actor is a bestuursorgaan (college, council)
    variant: str = ""
    holders: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CaseRecord:
    """One analysed case. ``trend`` holds, per snapshot, its date (ISO) and the keys of its
    causes then."""

    title: str
    as_of: str
    actors: int
    causes: tuple[CauseRecord, ...] = ()
    needs: tuple[NeedStep, ...] = ()
    trend: tuple[tuple[str, tuple[str, ...]], ...] = field(default=())
    invalid_mandate: bool = False  # a decision is taken or foreseen on a mandate that fails
    #: what the map says, hashed, and its snapshots' (:mod:`mapper.casebook.copies`)
    digest: str = ""
    earlier: tuple[str, ...] = ()
    #: the power categories whose mandate a rule excludes: not "granted again" (twelfth jurist L9)
    excluded: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Plain data (JSON)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, doc: dict[str, Any]) -> CaseRecord:
        """The record ``to_dict`` wrote."""
        return cls(
            title=str(doc["title"]),
            as_of=str(doc["as_of"]),
            actors=int(doc["actors"]),
            causes=tuple(
                CauseRecord(
                    **{
                        k: v for k, v in c.items() if k not in ("roles", "organisations", "holders")
                    },
                    roles=tuple(c["roles"]),
                    organisations=tuple(c["organisations"]),
                    holders=tuple(c.get("holders", ())),
                )
                for c in doc["causes"]
            ),
            needs=tuple(NeedStep(**n) for n in doc["needs"]),
            trend=tuple((str(d), tuple(keys)) for d, keys in doc["trend"]),
            invalid_mandate=bool(doc.get("invalid_mandate", False)),
            digest=str(doc.get("digest", "")),
            earlier=tuple(str(d) for d in doc.get("earlier", ())),
            excluded=tuple(str(c) for c in doc.get("excluded", ())),
        )


def case_record(
    case: Case,
    analysis: Analysis,
    trend: Iterable[tuple[str, Iterable[str]]] = (),
    *,
    context: Context | None = None,
    shown: Shown | None = None,
) -> CaseRecord:
    """``case`` and its ``analysis`` reduced to comparable keys (``trend``: per snapshot its
    ISO date and :func:`cause_keys` of its analysis; ``context``: the one the analysis used,
    so its graphs are not built again; ``shown``: the words the record says instead of the
    map's own names and title)."""
    ctx = context if context is not None else Context.of(case)
    words = _Words(case, shown)
    needs = _need_steps(ctx, case, words)
    steps_of = {n.id: s.steps for n, s in zip(_handled(case), needs, strict=True)}
    by_finding = {f.id: f for f in analysis.findings}
    causes = []
    for c in analysis.causes:
        first = by_finding.get(c.findings[0]) if c.findings else None
        code = first.code if first is not None else c.id
        variant, holders = variant_of(ctx, first, c.id) if first is not None else ("", ())
        kind, _, value = c.id.partition(":")
        category, power, partner, body = "", "", False, False
        if kind == "power":
            p = case.powers.get(value)
            category = _power_category(case, value)
            power = words.power(p.id, p.name) if p is not None else ""
            holder = case.actors.get(p.holder) if p is not None and p.holder else None
            partner = (
                p is not None
                and p.rule_type == RuleType.INTERNAL
                and holder is not None
                and not holder.is_public_body
            )
        elif kind == "person":
            first_actor = case.actors.get(value)
            body = first_actor is not None and first_actor.is_public_body
        steps = [s for n in c.needs if (s := steps_of.get(n)) is not None]
        causes.append(
            CauseRecord(
                cause=words.cause(c.id),
                key=_key(code, variant, category),
                code=code,
                kind=kind,
                category=category,
                power=power,
                severity=str(c.severity),
                rank=c.rank,
                block=c.block,
                roles=words.roles(c.actors),
                organisations=words.organisations(c.actors),
                steps=max(steps) if steps else None,
                partner=partner,
                body=body,
                variant=variant,
                holders=tuple(dict.fromkeys(_held_by(case, words, holders))),
            )
        )
    return CaseRecord(
        title=case.info.title if shown is None else shown.title,
        as_of=case.info.as_of.isoformat() if case.info.as_of else "",
        actors=len(case.actors),
        causes=tuple(causes),
        needs=tuple(needs),
        trend=tuple((d, tuple(sorted(set(keys)))) for d, keys in trend),
        invalid_mandate=any(f.code in INVALID_MANDATE_CODES for f in analysis.findings),
        excluded=tuple(
            sorted(
                {
                    _power_category(case, str(m.power))
                    for f in analysis.findings
                    if f.code == Code.MANDATE_EXCLUDED
                    for i in f.mandates
                    if (m := case.mandates.get(i)) is not None
                }
            )
        ),
    )


def neutral_cause_id(case: Case, cause_id: str, ids: Mapping[str, str] | None = None) -> str:
    """``cause_id`` with a resident's actor id replaced by ``inwoner1``, ``inwoner2`` … (in map
    order): an id such as ``jansen`` names the resident, also inside a finding's id
    (``finding:CODE:jansen+w``). The same function on the same map finds the cause again (to
    open the map on it). ``ids``: other ids to replace (one that shows health).

    >>> from models import Actor, ActorKind, Case, CaseInfo
    >>> case = Case.from_parts(CaseInfo("t"), [Actor("w", "Woningcorporatie"),
    ...                        Actor("jansen", "Mevrouw Jansen", ActorKind.CITIZEN)])
    >>> neutral_cause_id(case, "pair:jansen+w"), neutral_cause_id(case, "finding:X:w+jansen#2")
    ('pair:inwoner1+w', 'finding:X:w+inwoner1#2')
    """
    residents = {
        a.id: f"inwoner{n}"
        for n, a in enumerate((a for a in case.actors if a.kind is ActorKind.CITIZEN), 1)
    }
    residents.update(ids or {})
    if not residents:
        return cause_id
    kind, _, value = cause_id.partition(":")
    return kind + ":" + _ID_PART.sub(lambda m: residents.get(m.group(0), m.group(0)), value)


def cause_keys(analysis: Analysis, case: Case, *, context: Context | None = None) -> list[str]:
    """The comparable keys of the causes of ``case``'s ``analysis`` (for a snapshot's trend
    point); the same keys :func:`case_record` gives, without the steps."""
    ctx = context if context is not None else Context.of(case)
    by_finding = {f.id: f for f in analysis.findings}
    keys = []
    for c in analysis.causes:
        first = by_finding.get(c.findings[0]) if c.findings else None
        code = first.code if first is not None else c.id
        variant = variant_of(ctx, first, c.id)[0] if first is not None else ""
        kind, _, value = c.id.partition(":")
        keys.append(_key(code, variant, _power_category(case, value) if kind == "power" else ""))
    return keys


def _key(code: str, variant: str, category: str) -> str:
    """A cause's comparable key: ``CODE`` with ``:category`` for a power, or ``CODE/variant``
    for a code with forms (one label per form: the cause's power does not split it, seventh
    jurist W7; :func:`key_code` reads the code and variant back)."""
    if variant:
        return f"{code}/{variant}"
    return f"{code}:{category}" if category else code


def key_code(key: str) -> tuple[str, str]:
    """The code and the variant of a comparable key.

    >>> key_code("INTENT_NO_DEVIATION_POWER/held"), key_code("NEED_HOLDER_FAR:triage")
    (('INTENT_NO_DEVIATION_POWER', 'held'), ('NEED_HOLDER_FAR', ''))
    """
    code, _, variant = key.partition(":")[0].partition("/")
    return code, variant


def _held_by(case: Case, words: _Words, ids: Iterable[str]) -> Iterable[str]:
    for i in ids:
        actor = case.actors.get(i)
        if actor is not None:
            yield words.actor(actor.id, actor.name)


def _power_category(case: Case, value: str) -> str:
    """The category of the power a power cause names (``value``: its id)."""
    p = case.powers.get(value)
    return str(p.category) if p is not None else _category(value)


def _category(value: str) -> str:
    return value if value in PowerCategory._value2member_map_ else str(PowerCategory.OTHER)


def _handled(case: Case) -> list[Need]:
    return [
        n for n in case.needs if n.handler is not None and case.actors.get(n.handler) is not None
    ]


def _need_steps(ctx: Context, case: Case, words: _Words) -> list[NeedStep]:
    reach, holders = _Reach(ctx), _Holders(ctx)
    out = []
    for need in _handled(case):
        key = str(need.power)
        handler = case.actors.get(str(need.handler))
        assert handler is not None  # _handled keeps the needs whose handler is on the map
        enough = holders.of(key, need.budget, need.deviates)
        no_room = bool(need.deviates and not enough and holders.of(key, need.budget, False))
        reachable = enough and handler.id in reach.index
        path = reach.path(handler.id, enough) if reachable else None
        decider = case.actors.get(path[-1]) if path else None
        power = case.powers.get(key)
        out.append(
            NeedStep(
                category=str(ctx.legal.category(key)),
                power=words.power(power.id, power.name) if power is not None else "",
                handler=words.actor(handler.id, handler.name),
                decider=words.actor(decider.id, decider.name) if decider is not None else "",
                decider_org=words.org(decider.organisation) if decider is not None else "",
                steps=len(path) - 1 if path else None,
                no_room=no_room,
            )
        )
    return out


class _Words:
    """The names a record says: the map's own, or what ``shown`` says instead."""

    def __init__(self, case: Case, shown: Shown | None) -> None:
        self.case, self.shown = case, shown

    def actor(self, actor_id: str, name: str) -> str:
        return role_name(name if self.shown is None else self.shown.actors.get(actor_id, name))

    def power(self, power_id: str, name: str) -> str:
        return name if self.shown is None else self.shown.powers.get(power_id, name)

    def org(self, org_id: str) -> str:
        org = self.case.organisations.get(org_id) if org_id else None
        if org is None:
            return ""
        name = org.name if self.shown is None else self.shown.organisations.get(org.id, org.name)
        return name if name.strip() else ""

    def cause(self, cause_id: str) -> str:
        return neutral_cause_id(self.case, cause_id, self.shown.ids if self.shown else None)

    def roles(self, actors: Iterable[str]) -> tuple[str, ...]:
        found = (a for i in actors if (a := self.case.actors.get(i)) is not None)
        return tuple(dict.fromkeys(self.actor(a.id, a.name) for a in found))

    def organisations(self, actors: Iterable[str]) -> tuple[str, ...]:
        found = (a for i in actors if (a := self.case.actors.get(i)) is not None)
        return tuple(dict.fromkeys(o for a in found if (o := self.org(a.organisation))))
