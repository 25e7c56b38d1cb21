"""Eighth jurist, N10: a decision that departs from a statutory rule leaving no room for it is
not "nobody on the map may take the decision" (the power is held: DB, directeur, consulent);
the casebook labels it as what it is and counts it apart from "nobody can be reached"."""

from __future__ import annotations

import pytest

from exports.casebook import CasebookRun
from exports.casebook.words import as_json, text_report
from tests.exports.casebook_maps7 import casebook_over_maps

NO_ROOM = (
    "het besluit wijkt af van een wettelijke regel waarvan de kaart geen ruimte om af te "
    "wijken noemt"
)


@pytest.fixture(scope="module")
def n10_run(tmp_path_factory: pytest.TempPathFactory) -> CasebookRun:
    return casebook_over_maps(tmp_path_factory.mktemp("n10"))


def test_n10_the_statutory_deviation_has_its_own_label(n10_run: CasebookRun) -> None:
    nl, en = text_report(n10_run, "nl"), text_report(n10_run, "en")
    assert f"In 3 van de 4 casussen: {NO_ROOM}" in nl, nl
    assert "niemand op de kaart mag het besluit nemen" not in nl
    assert (
        "the decision departs from a statutory rule for which the map names no room to deviate"
    ) in en


def test_n10_the_distance_counts_it_apart_from_nobody_reachable(n10_run: CasebookRun) -> None:
    nl = text_report(n10_run, "nl")
    [line] = [x for x in nl.splitlines() if "met een besluit waarvoor" in x]
    # map B's handler reaches nobody who may decide; the three D maps deviate from the statute;
    # one denominator, the cases that need such a decision (eleventh jurist, J9 rest)
    assert line.strip() == (
        "Van de 4 casussen met een besluit waarvoor de bevoegdheid om budget te besteden nodig "
        "is, is in één vanaf de behandelaar niemand te bereiken die het besluit mag nemen; in "
        "drie wijkt het besluit af van een wettelijke regel waarvan de kaart geen ruimte om af "
        "te wijken noemt."
    )
    steps = {s["category"]: s for s in as_json(n10_run, "nl")["steps"]}
    assert steps["spend_budget"]["no_room"] == 3
    assert steps["spend_budget"]["unreachable"] == 1
