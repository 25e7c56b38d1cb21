"""A signing authorisation renewed is judged as one (session 18, after rev-jurist17b): three
that the colleges B&W 20, 38 and 50 granted themselves were counted in Beslispunt 8 of the 2,000
nota among the grants "die ook opnieuw verleend niet geldig zouden zijn" because "de verlening
zelf heeft een gebrek". They have none: a body may authorise signing its own decisions (art.
10:11 Awb); that signing passes no power to decide is what it is, not a defect."""

from __future__ import annotations

import dataclasses
from datetime import date
from functools import cache

from benchmarks.generate import generate_case
from exports.renewal import after_renewal
from mapper.authority import Status
from models.case import Case
from models.entities import Mandate
from models.enums import EntityKind, Instrument
from models.fields import KINDS


@cache
def _case() -> Case:
    return generate_case(300)


def _expired_signing(case: Case) -> list[Mandate]:
    return [
        m
        for m in case.mandates
        if m.instrument is Instrument.SIGNING and m.valid_until and m.valid_until < _day(case)
    ]


def _day(case: Case) -> date:
    assert case.info.as_of is not None
    return case.info.as_of


def _by_body(case: Case, mid: str, body: str) -> Case:
    """``case`` with ``mid`` granted by ``body`` instead."""
    parts = {kind: list(case.collection(kind)) for kind in KINDS}
    parts[EntityKind.MANDATE] = [
        dataclasses.replace(m, grantor=body) if m.id == mid else m for m in case.mandates
    ]
    return Case.build(case.info, parts, checked=True, linked=True)


def test_a_body_s_own_signing_authorisation_is_valid_renewed() -> None:
    case = _case()
    [m] = _expired_signing(case)  # the directeur 4.2's, granted by no body
    assert after_renewal(case, [m], _day(case)) == {m.id: Status.VOID}
    college = next(a.id for a in case.actors if a.name == "College B&W 4")
    own = _by_body(case, m.id, college)
    assert after_renewal(own, _expired_signing(own), _day(own)) == {m.id: Status.VALID}
