"""New ids for an anonymised copy (hostile review 4, H1 1): a resident's id often carries the
surname (``jansen``, ``jansen_kinderen``), and a care provider's id the kind of care (``ggz``).
Those ids get a neutral one (``inwoner``, ``inwoner_2``, ``zorgaanbieder``), the same in every
state of the timeline, and every reference follows: ties, mandates, needs, the intent's owner,
rules and deviations, and the accepted findings (their key and their fingerprint).

Examples
--------
>>> new_ids({"jansen": "inwoner", "buurman": "buurman"}, {"r1", "inwoner"})
{'jansen': 'inwoner_2', 'buurman': 'buurman'}
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from models.acceptance import Acceptance
from models.case import Case
from models.enums import EntityKind
from models.fields import KINDS
from models.references import CATEGORY_VALUES

__all__ = ["accepted_renamed", "json_strings", "new_ids", "renamed", "slug", "snapshot_ids"]


def slug(text: str) -> str:
    """An id made of ``text``: lower case, words joined by "_" ("Inwoner 2": "inwoner_2")."""
    return re.sub(r"[^0-9a-z]+", "_", text.casefold()).strip("_") or "x"


def new_ids(wanted: Mapping[str, str], kept: Iterable[str]) -> dict[str, str]:
    """For each old id its new one (``wanted``, made unique against ``kept`` and each other:
    ``inwoner``, ``inwoner_2``)."""
    taken = set(kept) - set(wanted)
    out: dict[str, str] = {}
    for old, want in wanted.items():
        new, n = want, 1
        while new in taken:
            n += 1
            new = f"{want}_{n}"
        taken.add(new)
        out[old] = new
    return out


def snapshot_ids(
    ids: list[str], named: Callable[[str], bool], said: Callable[[str], str]
) -> dict[str, str]:
    """Each snapshot's id, or a new one made of it where it names a resident (``named``), with
    the resident said by their role (``said``: "stand_visser" is "stand_van_de_inwoner";
    hostile review 11, N4)."""
    wanted = {i: slug(said(i)) for i in ids if named(i)}
    return {i: i for i in ids} | new_ids(wanted, ids)


def json_strings(data: Any) -> list[str]:
    """The texts in ``data`` (JSON values), ids too, in order (into one list: a list per
    level made every text again at every level above it; issue 15).

    >>> json_strings({"a": ["x", {"b": "y", "c": 1}], "d": None, "e": "z"})
    ['x', 'y', 'z']
    """
    out: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(data)
    return out


def _finding_key(key: str, ids: Mapping[str, str]) -> str:
    """A finding key "CODE:a+b" with its ids renamed (a hashed key stays as it is)."""
    code, sep, subject = key.partition(":")
    if not sep:
        return key
    return f"{code}:" + "+".join(ids.get(part, part) for part in subject.split("+"))


def renamed(case: Case, ids: Mapping[str, str]) -> Case:
    """``case`` with the ids in ``ids`` renamed, in the items and in every reference."""
    if not ids:
        return case

    def item_renamed(kind: EntityKind, item: Any) -> Any:
        changes: dict[str, Any] = {}
        if item.id in ids:
            changes["id"] = ids[item.id]
        for spec in KINDS[kind].refs():
            value = getattr(item, spec.name)
            if spec.kind == "ref_list":
                new: Any = tuple(ids.get(v, v) for v in value)
            else:
                new = ids.get(value, value) if isinstance(value, str) else value
            if new != value:
                changes[spec.name] = new
        if isinstance(item, Acceptance):
            changes["finding"] = _finding_key(item.finding, ids)
        return dataclasses.replace(item, **changes) if changes else item

    info = case.info
    owner = info.intent_owner
    if owner is not None and owner in ids:
        info = dataclasses.replace(info, intent_owner=ids[owner])
    parts = {kind: [item_renamed(kind, i) for i in case.collection(kind)] for kind in KINDS}
    return Case.build(info, parts, checked=True, linked=_linked(case, ids, parts))


def _linked(case: Case, ids: Mapping[str, str], parts: Mapping[EntityKind, list[Any]]) -> bool:
    """Whether ``parts``, the items of ``case`` (a valid case) with ``ids`` renamed in them and
    in every reference, need no check of ids and references: the new ids are unique and no
    power's is a power category (issue 15: the check was a tenth of the anonymising). Else
    the build checks, and says what is wrong, as before."""
    new = [item.id for items in parts.values() for item in items]
    powers = {ids[p.id] for p in case.powers if p.id in ids}
    return len(set(new)) == len(new) and not powers & CATEGORY_VALUES


def accepted_renamed(before: Case, after: Case, ids: Mapping[str, str]) -> Case:
    """``after`` with each accepted finding that names a renamed id keyed and fingerprinted
    as the same finding is in ``after`` (the fingerprint hashes the ids: without this, an
    accepted finding would come back in the copy as changed)."""
    pending = [a for a in after.accepted if a.content or ":" in a.finding]
    if not ids or not pending:
        return after
    from mapper.accepted import fingerprint
    from mapper.analysis import analyse
    from mapper.finding_ids import finding_id

    old = {f.id: f for f in analyse(before, accepted=()).findings}
    changes: dict[str, Acceptance] = {}
    for acc in before.accepted:
        finding = old.get(acc.finding)
        if finding is None:
            continue

        def moved(values: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(ids.get(v, v) for v in values)

        new = dataclasses.replace(
            finding,
            actors=moved(finding.actors),
            relationships=moved(finding.relationships),
            mandates=moved(finding.mandates),
            needs=moved(finding.needs),
            rules=moved(finding.rules),
            deviations=moved(finding.deviations),
        )
        current = after.accepted.get(ids.get(acc.id, acc.id))
        if current is None:
            continue
        content = current.content
        if content and content == fingerprint(finding):
            content = fingerprint(new)
        changes[current.id] = dataclasses.replace(current, finding=finding_id(new), content=content)
    if not changes:
        return after
    parts = {
        kind: [
            changes.get(i.id, i) if kind is EntityKind.ACCEPTANCE else i
            for i in after.collection(kind)
        ]
        for kind in KINDS
    }
    return Case.build(after.info, parts, checked=True)
