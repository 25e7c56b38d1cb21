"""Which expired grants may be renewed as they stand: renewed all at once in a copy of the map
and judged again (rev-jurist17 R1: beslispunt 6 had the college renew three sub-mandates its own
mandate to the directeuren does not allow; renewed, each is ``sub_mandate_not_allowed``)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date

from mapper.authority import Authority, Status
from mapper.graph import build_graphs
from models.case import Case
from models.entities import Mandate
from models.enums import EntityKind
from models.fields import KINDS

__all__ = ["after_renewal"]


def after_renewal(case: Case, grants: Sequence[Mandate], as_of: date) -> dict[str, Status]:
    """The status each of ``grants`` would have on ``as_of`` if all were renewed without an end
    date; {} when none of them is on the map."""
    ids = {m.id for m in grants if case.mandates.get(m.id) is not None}
    if not ids:
        return {}
    parts = {kind: list(case.collection(kind)) for kind in KINDS}
    parts[EntityKind.MANDATE] = [
        dataclasses.replace(m, valid_until=None) if m.id in ids else m for m in case.mandates
    ]
    twin = Case.build(case.info, parts, checked=True, linked=True)
    auth = Authority.of(build_graphs(twin), as_of)
    return {i: auth.status[i] for i in ids if i in auth.status}
