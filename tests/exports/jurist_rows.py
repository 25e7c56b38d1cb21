"""The row builders of the jurists' test maps (jurist7_maps.py and the maps built on it,
jurist11_map_h.py, jurist12_maps.py): an actor (A), a power (P), a relation (R), a mandate (M)
and a need (N) as the file format writes them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = ["A", "M", "N", "P", "R"]


def A(
    i: str,
    n: str,
    k: str,
    o: str,
    pb: bool | None = None,
    tags: Sequence[str] = (),
    notes: str = "",
) -> dict[str, Any]:
    return {
        "id": i,
        "name": n,
        "kind": k,
        "sphere": None,
        "organisation": o,
        "influence": 3,
        "interest": 3,
        "stance": 1,
        "public_body": pb,
        "roles": [],
        "tags": list(tags),
        "group": "",
        "notes": notes,
        "position": {"x": 0.0, "y": 0.0},
    }


def P(
    i: str,
    n: str,
    cat: str,
    basis: str,
    holder: str,
    act: str = "besluit",
    mandate: str = "allowed",
    rt: str = "statute",
    notes: str = "",
) -> dict[str, Any]:
    return {
        "id": i,
        "name": n,
        "category": cat,
        "legal_basis": basis,
        "rule_type": rt,
        "holder": holder,
        "mandate": mandate,
        "act": act,
        "notes": notes,
    }


def R(i: str, s: str, t: str, k: str = "hierarchy") -> dict[str, Any]:
    return {
        "id": i,
        "source": s,
        "target": t,
        "kind": k,
        "level": 1,
        "practice": "both",
        "label": "",
        "notes": "",
    }


def M(
    i: str,
    g: str,
    h: str,
    p: str,
    inst: str = "mandate",
    basis: str = "Mandaatbesluit 2025",
    **kw: Any,
) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": i,
        "grantor": g,
        "holder": h,
        "power": p,
        "description": "",
        "instrument": inst,
        "scope": "general",
        "budget": None,
        "sub_mandate_levels": None,
        "in_writing": True,
        "consent": None,
        "holder_works_under_grantor": None,
        "reserves_deviation": False,
        "legal_basis": basis,
        "valid_from": "2025-01-01",
        "valid_until": None,
        "practice": "both",
    }
    d.update(kw)
    return d


def N(
    i: str,
    dec: str,
    p: str,
    h: str,
    orgs: list[str],
    budget: int | None = None,
    deviates: bool = False,
    deadline: str = "2026-12-18",
) -> dict[str, Any]:
    return {
        "id": i,
        "decision": dec,
        "power": p,
        "budget": budget,
        "handler": h,
        "organisations": orgs,
        "urgency": "high",
        "notes": "",
        "deadline": deadline,
        "deviates": deviates,
    }
