"""rev-jurist17's and rev-jurist17b's rests on the example's and the youth-care nota (issue 14,
session 18): R8, R10, N5, N6. Each test fails on the wording before it."""

from __future__ import annotations

from datetime import date

from exports.decisions import decision_points
from mapper import analyse
from models.enums import EntityKind
from models.example import example_case
from models.templates.youth_care import youth_care_case
from tests.exports.nota_text import example_analysis, nota_text


def _now(points: list[str]) -> str:
    return next(p for p in points if "daartoe gemandateerd is:" in p or "decides now:" in p)


def test_who_decides_now_does_not_decide_the_bezwaar_against_it() -> None:
    # R8: Beslispunt 5 has the manager Werk en Inkomen decide the € 4.200 now, and he holds the
    # mandate to decide bezwaren too: a bezwaar against his decision goes to someone else
    # (art. 10:3 lid 3 Awb), as §5.12 and the risk line say
    nl = _now(decision_points(example_case(), example_analysis(), "nl"))
    assert nl.endswith(
        "de manager Werk en Inkomen (€ 4.200, afwijking van de beleidsregel); en zelf op een "
        "bezwaar tegen het besluit van de manager te beslissen, of daartoe een ander dan de "
        "manager te mandateren (art. 10:3 lid 3 Awb)"
    ), nl  # the college's own clause since rev-jurist18 K2, "zelf" first since rev-jurist18b J1
    en = _now(decision_points(example_case(), example_analysis(), "en"))
    assert en.endswith(
        "; and to decide itself on an objection to the decision of the manager, or to mandate "
        "someone other than the manager to do so (Awb 10:3(3))"
    ), en


def test_no_bezwaar_clause_where_no_decider_holds_the_bezwaar_mandate() -> None:
    # without the manager's mandate to decide bezwaren, nothing to say on art. 10:3 lid 3
    case = example_case()
    bezwaar = next(m.id for m in case.mandates if str(m.power) == "beslissen_bezwaar")
    case.remove(EntityKind.MANDATE, bezwaar)
    nl = _now(decision_points(case, analyse(case), "nl"))
    assert "bezwaar" not in nl, nl
    assert nl.endswith("(€ 4.200, afwijking van de beleidsregel)"), nl


def test_a_care_provider_s_decision_is_a_beslissing_also_in_the_copy() -> None:
    # R10: "Geen geldende afspraak dekt het besluit van de zorgaanbieder" (Eerst doen 2, §5.2),
    # beside §5.1's "(geen besluit in de zin van art. 1:3 Awb)": a zorgaanbieder takes no
    # besluit; "kan het nemen" then follows "De beslissing" as "die"
    nl = nota_text("ex", "nl")
    assert "besluit van de zorgaanbieder" not in nl
    assert "Geen geldende afspraak dekt de beslissing van de zorgaanbieder." in nl
    assert (
        "De beslissing ligt bij de zorgaanbieder; niemand in de organisatie van de consulent "
        "wijkteam kan die nemen of mandateren."
    ) in nl
    assert "dekt deze beslissing. Daardoor blijft deze beslissing liggen." in nl
    assert "dit besluit" not in nl.split("5.2 ", 1)[1].split("5.3 ", 1)[0]
    en = nota_text("ex", "en")
    assert "The decision rests with the provider; nobody in the organisation of" in en


def test_the_pair_goes_last_in_a_list_of_names() -> None:
    # R10: "Elke route van de ouders en het kind, en de intern begeleider school naar iemand"
    # lacked its second comma; the pair last reads without one, in the remedy too
    nl = nota_text("jeugd", "nl")
    assert "het kind, en de intern begeleider" not in nl
    assert (
        "Elke route van de intern begeleider school en de ouders en het kind naar iemand die "
        "mag beslissen"
    ) in nl
    assert "geef de intern begeleider school en de ouders en het kind een tweede route" in nl


def test_the_youth_care_remedy_widens_the_mandate_and_says_the_decider_once() -> None:
    # N5: "of verhoog het maximumbedrag in het mandaat van de jeugdconsulent" - the sub-mandate
    # covers only contracted products too, which the map does not model: widen it; R9: "leg …
    # direct voor aan de teamleider Jeugdteam … Laat de teamleider Jeugdteam dit besluit nemen"
    nl = nota_text("jeugd", "nl")
    remedy = (
        "beslis nu: leg ‘Intensieve ambulante hulp bij een aanbieder buiten het contract, "
        "€ 18.000’ direct voor aan de teamleider Jeugdteam, en laat zulke besluiten voortaan in "
        "mandaat dicht bij de casus nemen. Verruim daarvoor het mandaat van de jeugdconsulent."
    )
    assert nl.count(remedy) == 2, nl  # Eerst doen 1 and §5.1
    assert "maximumbedrag" not in nl
    assert "Laat de teamleider Jeugdteam dit besluit nemen" not in nl
    en = nota_text("jeugd", "en")
    assert "close to the case. To that end, widen the mandate of the Jeugdconsulent." in en, en
    assert "raise the maximum amount" not in en


def test_before_the_deadline_the_decider_is_still_named() -> None:
    # the same need with time left: no "decide now" beside it, so the finding names who decides
    case = youth_care_case()
    need = next(n for n in case.needs if n.budget == 18000)
    case.update(EntityKind.NEED, need.id, {"deadline": date(2027, 6, 1)})
    [f] = [f for f in analyse(case).findings if f.code == "NEED_HANDLER_MANDATE_FALLS_SHORT"]
    assert f.suggestion.nl == (
        "Laat de teamleider Jeugdteam dit besluit nemen, of verruim het mandaat van de "
        "jeugdconsulent."
    )
