"""Version-1 ways of naming things, turned into version-2 entities.

Version 1 named an actor's organisation (and a need's organisations) by free text and gave an
actor the power categories it held "by law". Version 2 has :class:`Organisation` and
:class:`Power` entities. The ``.kvmap`` migration, the spreadsheet importers and tests that
build cases by name all go through :class:`OrganisationIndex` and :func:`category_power`, so
a name becomes the same organisation and a category the same power whichever way it came in.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any

from models.case import Case
from models.entities import (
    Actor,
    Agreement,
    CaseInfo,
    Mandate,
    Need,
    Organisation,
    Power,
    Relationship,
)
from models.enums import (
    ActorKind,
    EntityKind,
    MandateRule,
    OrganisationKind,
    PowerAct,
    PowerCategory,
)
from models.labels import label

__all__ = ["OrganisationIndex", "act_from_name", "assemble", "category_power", "organisation_kind"]


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def organisation_kind(name: str, actor_kinds: Iterable[object] = ()) -> OrganisationKind:
    """A first guess at an organisation's kind from its name and its actors' kinds.

    Examples
    --------
    >>> organisation_kind("Gemeente Rivierstad").value
    'municipality'
    >>> organisation_kind("Woonstichting", [ActorKind.PARTNER]).value
    'partner'
    """
    words = name.split()
    first = words[0].casefold() if words else ""
    if first == "gemeente":
        return OrganisationKind.MUNICIPALITY
    if first == "provincie":
        return OrganisationKind.PROVINCE
    kinds = {str(k) for k in actor_kinds}
    if kinds and kinds <= {ActorKind.PARTNER.value}:
        return OrganisationKind.PARTNER
    return OrganisationKind.OTHER


class OrganisationIndex:
    """Finds an organisation by id or name (any case, any spacing), or creates it.

    Examples
    --------
    >>> index = OrganisationIndex(taken={"o1"})
    >>> index.resolve("Gemeente Ooststad"), index.resolve("gemeente  ooststad"), index.resolve(" ")
    ('o2', 'o2', '')
    >>> [(o.id, o.name, o.kind.value) for o in index.organisations()]
    [('o2', 'Gemeente Ooststad', 'municipality')]
    """

    def __init__(self, existing: Iterable[Organisation] = (), taken: Iterable[str] = ()) -> None:
        self._existing = list(existing)
        self._ids = {o.id for o in self._existing}
        self._by_key = {_key(o.name): o.id for o in self._existing}
        self._taken = set(taken) | self._ids
        self._created: dict[str, str] = {}  # id -> name, in order of creation
        self._kinds: dict[str, set[object]] = {}
        self._counter = 0

    def resolve(self, text: str, actor_kind: object = None) -> str:
        """The id of the organisation ``text`` names or is (``""`` for a blank text)."""
        if not text.strip():
            return ""
        if text in self._ids:
            return text
        key = _key(text)
        org_id = self._by_key.get(key)
        if org_id is None:
            org_id = self._fresh()
            self._by_key[key] = org_id
            self._created[org_id] = text.strip()
        if actor_kind is not None:
            self._kinds.setdefault(org_id, set()).add(actor_kind)
        return org_id

    def resolve_all(self, texts: Iterable[str]) -> tuple[str, ...]:
        """The ids of the organisations ``texts`` name or are, once each, blanks left out."""
        return tuple(dict.fromkeys(r for r in (self.resolve(t) for t in texts) if r))

    def organisations(self) -> list[Organisation]:
        """The organisations created so far, in order."""
        return [
            Organisation(i, name, organisation_kind(name, self._kinds.get(i, ())))
            for i, name in self._created.items()
        ]

    def _fresh(self) -> str:
        while True:
            self._counter += 1
            candidate = f"o{self._counter}"
            if candidate not in self._taken:
                self._taken.add(candidate)
                return candidate


#: What a power's name says when its act is a request or a procedural act, not a besluit
_REQUEST_WORDS = ("aanvragen bij de rechtbank", "verzoek", "verzoeken", "indienen bij", "request")


def act_from_name(name: str) -> PowerAct:
    """The act of a power read from a file written before powers had ``act``: a name that
    speaks of a request to a court ("Moratorium aanvragen bij de rechtbank") is a request, any
    other a besluit. Only for such old files (and spreadsheets without the column); a map
    written since says it.

    >>> act_from_name("Moratorium aanvragen bij de rechtbank").value
    'request'
    >>> act_from_name("Bijzondere bijstand verlenen").value
    'besluit'
    """
    low = name.casefold()
    return PowerAct.REQUEST if any(w in low for w in _REQUEST_WORDS) else PowerAct.BESLUIT


def category_power(power_id: str, category: PowerCategory, holder: str | None) -> Power:
    """The power a version-1 actor held "by law" as a category, as a :class:`Power`.

    Setting generally binding rules cannot be mandated (Awb 10:3 lid 2 onder a).
    """
    mandate = MandateRule.FORBIDDEN if category == PowerCategory.SET_RULES else MandateRule.ALLOWED
    return Power(power_id, label(category, "nl"), category, holder=holder, mandate=mandate)


def assemble(
    info: CaseInfo,
    actors: Iterable[Actor] = (),
    relationships: Iterable[Relationship] = (),
    mandates: Iterable[Mandate] = (),
    needs: Iterable[Need] = (),
    *,
    held: Mapping[str, Iterable[PowerCategory]] | None = None,
    organisations: Iterable[Organisation] = (),
    powers: Iterable[Power] = (),
    agreements: Iterable[Agreement] = (),
) -> Case:
    """Build a case whose actors and needs may name organisations by name, and whose
    ``held`` maps an actor id to the power categories it holds by statute.

    Examples
    --------
    >>> case = assemble(CaseInfo("t"), [Actor("c", "College", organisation="Gemeente X")],
    ...                 held={"c": [PowerCategory.SPEND_BUDGET]})
    >>> case.organisation_name(case.actors[0].organisation), case.powers[0].holder
    ('Gemeente X', 'c')
    """
    actor_list, need_list = list(actors), list(needs)
    rel_list, mandate_list = list(relationships), list(mandates)
    orgs, power_list, agreement_list = list(organisations), list(powers), list(agreements)
    every: list[Any] = [*actor_list, *need_list, *rel_list, *mandate_list, *orgs]
    taken = {e.id for e in (*every, *power_list, *agreement_list)}
    index = OrganisationIndex(orgs, taken)
    actor_list = [
        dataclasses.replace(a, organisation=index.resolve(a.organisation, a.kind))
        for a in actor_list
    ]
    need_list = [
        dataclasses.replace(n, organisations=index.resolve_all(n.organisations)) for n in need_list
    ]
    for holder, categories in (held or {}).items():
        for category in categories:
            power_id = f"{holder}_{PowerCategory(category).value}"
            power_list.append(category_power(power_id, PowerCategory(category), holder))
    parts: dict[EntityKind, list[Any]] = {
        EntityKind.ORGANISATION: [*orgs, *index.organisations()],
        EntityKind.ACTOR: actor_list,
        EntityKind.POWER: power_list,
        EntityKind.RELATIONSHIP: rel_list,
        EntityKind.MANDATE: mandate_list,
        EntityKind.NEED: need_list,
        EntityKind.AGREEMENT: agreement_list,
    }
    return Case.build(info, parts)
