"""rev-jurist16's rests on the example's and the youth-care nota (issue 14): N5, N10, N13, N14
and the rests of J13, J14, J20, J21 and J23. Each test fails on the wording before it."""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

from exports.decisions import decision_points
from exports.nota import build_nota
from mapper import analyse
from mapper.analysis import Analysis
from models.example import example_case
from models.templates.youth_care import youth_care_case

DEC_5 = date(2026, 12, 5)


@cache
def _example() -> Analysis:
    return analyse(example_case())


def _texts(doc: Any) -> list[str]:
    texts = [p.text for p in doc.paragraphs]
    return texts + [c.text for t in doc.tables for r in t.rows for c in r.cells]


@cache
def _nota(which: str = "ex", lang: str = "nl", anonymised: bool = True) -> str:
    case = example_case() if which == "ex" else youth_care_case()
    doc = build_nota(case, lang=lang, picture=b"", today=DEC_5, anonymised=anonymised)  # type: ignore[arg-type]
    return "\n".join(_texts(doc))


def test_the_mandate_decision_is_followed_by_who_decides_the_two_blocked_needs_now() -> None:
    # N5: beslispunt 4 repaired the form (the consulent's € 1.000), but the € 1.500 and the
    # € 4.200 that departs from the beleidsregel stay beyond it: who decides them now
    nl = decision_points(example_case(), _example(), "nl")
    at = next(i for i, p in enumerate(nl) if p.startswith("het Mandaatbesluit Rivierstad 2025"))
    assert nl[at + 1] == (
        "de gemeentesecretaris te vragen ervoor te zorgen dat in deze casus nu wordt beslist "
        "door wie daartoe gemandateerd is: de teamleider Wijkteam Noord (€ 1.500) en de manager "
        "Werk en Inkomen (€ 4.200, afwijking van de beleidsregel)"
    ), nl
    en = decision_points(example_case(), _example(), "en")
    assert en[at + 1] == (
        "to ask the Gemeentesecretaris to see to it that in this case whoever is mandated to do "
        "so decides now: the Teamleider Wijkteam Noord (€1,500) and the Manager Werk en "
        "Inkomen (€4,200, departing from the policy rule)"
    ), en
    # the youth-care nota's own point on its one waiting application stays the only one
    youth = youth_care_case()
    points = decision_points(youth, analyse(youth), "nl")
    assert sum("daartoe gemandateerd" in p for p in points) == 1, points


def test_a_partner_s_own_decision_is_a_beslissing_said_once() -> None:
    # J23: "een eigen beslissing van Woningcorporatie Thuisplus (geen besluit …)", then "dekt
    # dit besluit", "dekte dit besluit" and "Daardoor blijft één benodigd besluit liggen: ‘…’"
    nl = _nota("ex", "nl", anonymised=False)
    assert "Geen afspraak met Woningcorporatie Thuisplus die nu geldt, dekt deze beslissing" in nl
    assert "Rivierstad 2024’ dekte deze beslissing, maar is op 31 december 2025 verlopen." in nl
    assert "verlopen. Daardoor blijft deze beslissing liggen." in nl
    assert "dekt dit besluit" not in nl
    assert "dekte dit besluit" not in nl
    assert "benodigd besluit liggen: ‘Ontruiming" not in nl
    en = _nota("ex", "en", anonymised=False)
    assert "expired on 31 December 2025. This holds the decision up." in en


def test_the_copy_s_neutral_name_is_not_quoted_as_a_title() -> None:
    # J21: "‘Besluit van de aanbieder’ ligt bij de zorgaanbieder … Daardoor blijft één benodigd
    # besluit liggen: ‘Besluit van de aanbieder’"
    nl = _nota("ex", "nl")
    assert "‘Besluit van de aanbieder’" not in nl
    assert "Het besluit ligt bij de zorgaanbieder; niemand in de organisatie van de" in nl
    assert "dekt dit besluit. Daardoor blijft dit besluit liggen." in nl
    en = _nota("ex", "en")
    assert "‘The provider's decision’" not in en
    assert "The decision rests with the provider" in en
