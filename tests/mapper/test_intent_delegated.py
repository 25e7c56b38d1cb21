"""The room to deviate after delegation (art. 10:13 and 10:17 Awb), on the seventh jurist's
map D with the power to deviate from the youth ordinance delegated to the GR's dagelijks
bestuur, which mandated it to its director: known answers both ways, in Dutch and English."""

from __future__ import annotations

from typing import Any

from mapper import analyse
from mapper.findings import Finding
from models.case import Case
from models.fileformat import case_from_dict, case_to_dict
from tests.exports.casebook_maps7 import _delegated
from tests.exports.jurist7_maps import map_d


def _map(*, db_supports: bool = False, drop: tuple[str, ...] = ()) -> Case:
    d: dict[str, Any] = _delegated(case_to_dict(map_d()), chair=False)
    for a in d["actors"]:
        if a["id"] == "db" and db_supports:
            a["stance"] = 1
    d["mandates"] = [m for m in d["mandates"] if m["id"] not in drop]
    return case_from_dict(d)


def _of(c: Case, code: str) -> list[Finding]:
    return [f for f in analyse(c).findings if f.code == code]


def test_a_delegate_that_mandated_the_power_on_has_passed_it_down() -> None:
    # the DB holds it by delegation from the college (m5) and mandated it to its director (m6)
    assert _of(_map(db_supports=True), "INTENT_NOT_PASSED_DOWN") == []
    # without its mandate to the director it has passed nothing down
    [f] = _of(_map(db_supports=True, drop=("m6",)), "INTENT_NOT_PASSED_DOWN")
    assert f.detail("nl").startswith(
        "Het dagelijks bestuur van de Jeugdregio heeft ‘Afwijken van de verordening jeugdhulp’, "
        "maar heeft de ruimte om binnen die bevoegdheid af te wijken met geen geldig mandaat "
        "doorgegeven"
    )


def test_no_deviation_power_names_the_delegate_not_nobody_or_the_college() -> None:
    [f] = _of(_map(), "INTENT_NO_DEVIATION_POWER")
    nl, en = f.detail("nl"), f.detail("en")
    assert (
        " Na delegatie heeft het dagelijks bestuur van de Jeugdregio zo'n bevoegdheid en beslist "
        "er onder eigen verantwoordelijkheid over (art. 10:13 Awb); het bestuursorgaan dat haar "
        "delegeerde, oefent haar niet meer zelf uit (art. 10:17 Awb). In mandaat beslist ook de "
        "directeur Jeugdregio erover." in nl
    )
    assert (
        " After delegation the executive board of Jeugdregio holds such a power and decides "
        "on it under its own responsibility (Awb 10:13); the body that delegated it no longer "
        "exercises it itself (Awb 10:17). Under mandate the Directeur Jeugdregio also decides on "
        "it." in en
    )
    assert "Niemand op de kaart" not in nl
    assert "bij het college" not in nl
    assert "Nobody on the map" not in en


def test_without_delegation_no_delegation_sentence() -> None:
    # the college keeps the power and mandates it to nobody: it holds it, no delegate does
    [f] = _of(_map(drop=("m5", "m6")), "INTENT_NO_DEVIATION_POWER")
    assert f.detail("nl").endswith(" Alleen het college van B&W heeft zo'n bevoegdheid.")
    assert "Na delegatie" not in f.detail("nl")
    assert "After delegation" not in f.detail("en")
