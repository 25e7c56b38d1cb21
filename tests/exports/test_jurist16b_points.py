"""The 2,000 nota's beslispunt on expired grants asks the bodies that made them (issue 14,
rev-jurist16 N2): the college B&W 1 "besloot te verlengen" 146 grants it never made, the kinds
left out the seven ondertekeningsmachtigingen, and the four a directeur or teamleider gave were
"renewed by who gave them" though they cannot give them."""

from __future__ import annotations

from functools import cache

from benchmarks.generate import generate_case
from exports.decisions import decision_points
from mapper.analysis import Analysis, analyse
from models.case import Case


@cache
def _mapped(n: int) -> tuple[Case, Analysis]:
    case = generate_case(n)
    return case, analyse(case)


def _expired(lang: str) -> str:
    case, analysis = _mapped(2000)
    key = "verlopen mandaten" if lang == "nl" else "expired mandates"
    [point] = [p for p in decision_points(case, analysis, lang) if key in p]  # type: ignore[arg-type]
    return point


def test_the_college_asks_the_other_bodies_to_renew_their_grants() -> None:
    # fails on the old code: "de 146 verlopen mandaten en ondermandaten, … opnieuw te verlenen
    # of door wie ze verleende opnieuw te laten verlenen"
    point = _expired("nl")
    assert point.startswith(
        "van de 146 verlopen mandaten, ondermandaten en ondertekeningsmachtigingen, onder meer "
        "van de consulent 2.17, de directeur 2.1 en de manager 4.1.0, de drie die onder het "
        "college vallen, opnieuw te laten verlenen, en de 49 andere bestuursorganen te vragen "
        "de andere 143 opnieuw te verlenen of te laten verlenen, de vier "
        "ondertekeningsmachtigingen die een directeur of een teamleider gaf, door het "
        "bestuursorgaan zelf, want alleen dat kan tot ondertekening machtigen (art. 10:11 Awb), "
    ), point
    assert "door wie ze verleende" not in point
    en = _expired("en")
    assert "to ask the 49 other administrative bodies to grant the other 143 again" in en, en
    assert "the four signing authorisations a directeur or a teamleider gave by the " in en, en


def test_the_remedy_has_the_body_itself_renew_a_signing_authorisation() -> None:
    # §5.16 said "de ondertekeningsmachtigingen door wie ze verleende" (fails on the old code)
    _, analysis = _mapped(2000)
    [cause] = [c for c in analysis.causes if c.title.nl.endswith("zijn verlopen")]
    said = cause.suggestion.nl if cause.suggestion else ""
    assert "door wie ze verleende" not in said
    assert (
        "de ondertekeningsmachtigingen door het bestuursorgaan zelf, ook waar een ambtenaar ze "
        "gaf (art. 10:11 Awb)" in said
    ), said
