"""The seventh jurist's maps B and D (:mod:`tests.exports.jurist7_maps`) as files for the
casebook, and two variants of D where the power to deviate from the youth ordinance is
delegated to the GR's dagelijks bestuur (art. 10:17 Awb), which mandated it to its director."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from exports.casebook import CasebookRun, run_casebook
from models import fileformat
from models.fileformat import case_from_dict, case_to_dict
from models.templates import TEMPLATES
from tests.exports.jurist7_maps import map_b, map_d

__all__ = ["casebook_over_maps", "write_maps"]


def _delegated(d: dict[str, Any], *, chair: bool) -> dict[str, Any]:
    """Map D with the power to deviate delegated. Supporting the intent: the wethouder
    (``chair`` False) or the chair of the dagelijks bestuur (``chair`` True)."""
    e = copy.deepcopy(d)
    e["case"]["title"] = "Jeugdhulp via de Jeugdregio, afwijken gedelegeerd"
    e["powers"].append(
        {
            "id": "afw",
            "name": "Afwijken van de verordening jeugdhulp",
            "category": "deviate_from_rule",
            "legal_basis": "Verordening jeugdhulp art. 12",
            "rule_type": "ordinance",
            "holder": "college",
            "mandate": "allowed",
            "notes": "",
        }
    )
    first = next(m for m in e["mandates"] if m["id"] == "m1")  # the delegation to the GR
    down = next(m for m in e["mandates"] if m["id"] == "m2")  # the DB's mandate to its director
    e["mandates"] += [dict(first, id="m5", power="afw"), dict(down, id="m6", power="afw")]
    for a in e["actors"]:
        if a["id"] in ("college", "db"):
            a["stance"] = 0
    if chair:
        wethouder = next(a for a in e["actors"] if a["id"] == "wethouder")
        chairman = dict(
            wethouder,
            id="vz",
            name="Voorzitter dagelijks bestuur Jeugdregio",
            organisation="o2",
            stance=1,
        )
        wethouder["stance"] = 0
        e["actors"].append(chairman)
        e["case"]["intent_owner"] = "vz"
    return e


def write_maps(folder: Path) -> dict[str, Path]:
    """Maps B, D and the two delegated variants of D in ``folder``, by name."""
    d = case_to_dict(map_d())
    cases = {
        "pb": map_b(),
        "pd": map_d(),
        "pd_delegated": case_from_dict(_delegated(d, chair=False)),
        "pd_chair": case_from_dict(_delegated(d, chair=True)),
    }
    out = {}
    for name, case in cases.items():
        out[name] = folder / f"{name}.kvmap"
        fileformat.save(case, out[name], backup=False)
    return out


def casebook_over_maps(root: Path, *, templates: bool = False) -> CasebookRun:
    """The Dutch casebook over :func:`write_maps`'s maps in ``root`` (with ``templates``: and
    the built-in templates beside them), in one process."""
    write_maps(root)
    if templates:
        for t in TEMPLATES:
            fileformat.save(t.build(), root / f"{t.key}.kvmap", backup=False)
    return run_casebook(root, "nl", workers=1)
