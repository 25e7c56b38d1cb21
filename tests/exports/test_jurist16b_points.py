"""The 2,000 nota's beslispunt on expired grants asks the bodies that made them (issue 14,
rev-jurist16 N2): the college B&W 1 "besloot te verlengen" 146 grants it never made, the kinds
left out the seven ondertekeningsmachtigingen, and the four a directeur or teamleider gave were
"renewed by who gave them" though they cannot give them."""

from __future__ import annotations

from exports.decisions import decision_points
from tests.exports.big_map import mapped as _mapped


def _expired(lang: str) -> str:
    case, analysis = _mapped(2000)
    key = "verlopen mandaten" if lang == "nl" else "expired mandates"
    return next(p for p in decision_points(case, analysis, lang) if key in p)  # type: ignore[arg-type]


def test_the_college_asks_the_other_bodies_to_renew_their_grants() -> None:
    # fails on the old code: "de 146 verlopen mandaten en ondermandaten, … opnieuw te verlenen
    # of door wie ze verleende opnieuw te laten verlenen"
    point = _expired("nl")  # the first of three since rev-jurist18 K3
    # rev-jurist17 R2/R3: the college's own three are a point of their own, the officials named
    # are the other bodies', and the signing authorisations have a verb
    assert point.startswith(
        "de 49 andere bestuursorganen te vragen de andere 139 verlopen mandaten, ondermandaten en "
        "ondertekeningsmachtigingen (onder meer van de consulent 2.17, de directeur 2.1 en de "
        "manager 6.0.1) schriftelijk opnieuw te verlenen of te laten verlenen"
    ), point
    assert "door wie ze verleende" not in point
    en = _expired("en")
    assert "to ask the 49 other public bodies to grant the other 139 expired" in en, en
    # the roles in English since rev-jurist19 R9
    [signing] = [p for p in decision_points(*_mapped(2000), "en") if "four expired signing" in p]
    assert "the four expired signing authorisations that a director or a team leader gave " in (
        signing
    )


def test_the_remedy_has_the_body_itself_renew_a_signing_authorisation() -> None:
    # §5.16 said "de ondertekeningsmachtigingen door wie ze verleende" (fails on the old code)
    _, analysis = _mapped(2000)
    [cause] = [c for c in analysis.causes if c.title.nl.endswith("zijn verlopen")]
    said = cause.suggestion.nl if cause.suggestion else ""
    assert "door wie ze verleende" not in said
    # the lead no longer says "door wie het verleende, of haal het van de kaart" (N2, N13)
    assert said.startswith(
        "Laat elk verlopen mandaat schriftelijk opnieuw verlenen (art. 10:5 lid 2 Awb) door wie "
        "dat mag, of laat het vervallen als het niet meer nodig is: "
    ), said
    # or by the official where the body allows it in its mandate decision, as the beslispunten
    # say it (rev-jurist19b N2: "ook waar een ambtenaar ze gaf" read as never by the official)
    assert (
        "de ondertekeningsmachtigingen door het bestuursorgaan zelf, of door de ambtenaar die ze "
        "gaf als het bestuursorgaan dat in zijn mandaatbesluit toestaat (art. 10:11 Awb; vgl. "
        "art. 10:9 lid 1 Awb)" in said
    ), said


def test_an_expired_sub_mandate_under_a_broken_chain_is_renewed_at_the_top() -> None:
    # N1, fails on the old code: "de teamleider 20.1.1 te vragen het ondermandaat aan de
    # consulent 20.9 … opnieuw te verlenen", while the college B&W 20's mandate to the directeur
    # 20.2 above it expired on 1 January 2024 and the directeur allowed no further ondermandaat
    case, analysis = _mapped(2000)
    nl = decision_points(case, analysis, "nl")
    [point] = [p for p in nl if "de consulent 20.9" in p]
    assert point.endswith(
        # asked once since rev-jurist17 R4: the college B&W 20 lists and ratifies too
        ", en het mandaat aan de directeur 20.2 voor het afwijken "
        "van een regel, dat op 1 januari 2024 verliep, opnieuw te verlenen en de ondermandaten "
        "daaronder in lijn te brengen met wat het toestaat, zodat de consulent 20.9 op een "
        "geldig (onder)mandaat beslist"
    ), point
    assert "de teamleider 20.1.1 te vragen" not in point
    [en] = [p for p in decision_points(case, analysis, "en") if "the Consulent 20.9" in p]
    assert "and to grant again the mandate to the Directeur 20.2" in en


def test_the_councils_of_other_municipalities_are_informed_by_their_own_college() -> None:
    # N4, fails on the old code: "18 invloedrijke tegenstanders in de gemeenteraad (de
    # gemeenteraad 2, …). Laat de portefeuillehouder de raad informeren … (art. 169 Gemeentewet)"
    from exports.risks import risks

    case, analysis = _mapped(2000)
    [communication] = [r for r in risks(case, analysis) if r.name.nl == "Communicatie"]
    [council] = [t.nl for t in communication.lines if "gemeenteraad 2" in t.nl]
    assert council == (
        # numbers up to twenty in words since rev-jurist16 N9 (jur17a)
        "Achttien invloedrijke tegenstanders in de raden van andere gemeenten (de gemeenteraad "
        "2, de gemeenteraad 3, de gemeenteraad 4 en vijftien anderen) staan negatief tegenover "
        "de bedoeling. "
        "Vraag hun colleges hun eigen raad te informeren over het beleid (art. 169 "
        "Gemeentewet), niet over de individuele casus."
    )
    assert "portefeuillehouder" not in council


def test_a_college_is_no_portfolio_holder_in_the_header() -> None:
    # N4, fails on the old code: the header read "Portefeuillehouder: College B&W 1"
    from exports.case_decision import portfolio_holder, portfolio_line

    case, _ = _mapped(2000)
    owner = portfolio_holder(case)
    assert owner is not None
    assert owner.name == "College B&W 1"
    assert portfolio_line(owner, "nl") == "[portefeuillehouder]"
    assert portfolio_line(owner, "en") == "[portfolio holder]"
