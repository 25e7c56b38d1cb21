"""Which expired grants may be renewed as they stand: renewed all at once in a copy of the map
and judged again (rev-jurist17 R1: beslispunt 6 had the college renew three sub-mandates its own
mandate to the directeuren does not allow; renewed, each is ``sub_mandate_not_allowed``). A
signing authorisation renewed is judged as one: valid when only being one keeps it from passing
on a power."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date

from mapper.authority import Authority, Defect, Status
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
    return {i: _as_signing(auth, i) for i in ids if i in auth.status}


def _as_signing(auth: Authority, i: str) -> Status:
    """``i``'s status renewed; a signing authorisation with no defect but being one is valid as
    what it is: it authorises signing, never deciding (art. 10:11 Awb). Three the colleges B&W
    20, 38 and 50 granted themselves were counted among those "ook opnieuw verleend niet
    geldig" for "een gebrek" they do not have (session 18, after rev-jurist17b)."""
    status = auth.status[i]
    if status is Status.VOID and auth.defects.get(i) == (Defect.SIGNING,):
        return Status.VALID
    return status
