"""Jurist round 7 (W2, W5, W6, W14, W9 residue): known answers of the analysis texts, both
ways (a map where the sentence must appear, one where it must not), in Dutch and English."""

from __future__ import annotations

from datetime import date

from mapper import analyse
from models import (
    Actor,
    ActorKind,
    Agreement,
    AgreementKind,
    Case,
    EntityKind,
    Need,
    RelationKind,
    Relationship,
    RuleType,
    Urgency,
)
from models.example import example_case
from tests.mapper.legal_cases import BB, START, M, case, of
from tests.mapper.test_jurist6_map_a import map_a


def _titles(c: Case, code: str) -> list[tuple[str, str]]:
    return [(f.title("nl"), f.title("en")) for f in analyse(c).findings if f.code == code]


# ------------------------------------------------------------------------------------ W2


def test_w2_the_headline_of_a_lapsed_sub_mandate_says_the_chain_is_broken() -> None:
    [(nl, en)] = _titles(map_a(), "NEED_HOLDER_FAR")
    assert nl == (
        "De keten naar ‘Bijzondere bijstand voor woonkosten € 1.800’ is gebroken: het "
        "ondermandaat van de manager Inkomen is op 30 juni 2026 verlopen"
    )
    assert en == (
        "The chain to ‘Bijzondere bijstand voor woonkosten € 1.800’ is broken: the sub-mandate "
        "of the manager Inkomen expired on 30 June 2026"
    )


def test_w2_a_lapsed_direct_mandate_is_named_the_mandate() -> None:
    c = map_a()
    c.update(EntityKind.MANDATE, "m2", {"valid_until": None})
    c.update(EntityKind.MANDATE, "m1", {"valid_until": date(2026, 6, 30)})
    [(nl, en)] = _titles(c, "NEED_HOLDER_FAR")
    assert nl == (
        "De keten naar ‘Bijzondere bijstand voor woonkosten € 1.800’ is gebroken: het mandaat "
        "van de gemeentesecretaris is op 30 juni 2026 verlopen"
    )
    assert en.endswith("the mandate of the gemeentesecretaris expired on 30 June 2026")


def test_w2_without_a_lapsed_mandate_the_headline_says_how_far_the_decision_lies() -> None:
    c = map_a(expired=False)
    for mid in ("m2", "m3", "m4"):  # only the secretaris holds it, three steps up
        c.remove(EntityKind.MANDATE, mid)
    [(nl, en)] = _titles(c, "NEED_HOLDER_FAR")
    assert nl.endswith("ligt drie stappen boven de casus")
    assert en.endswith("lies three steps above the case")
    assert "gebroken" not in nl
    assert "broken" not in en


# ------------------------------------------------------------------------------------ W6


def _outside(org: str, *, agreed: bool) -> Case:
    """A caseworker of ``org`` who needs the college's bijzondere bijstand; with ``agreed``,
    an agreement between the municipality and ``org`` covers that power."""
    worker = Actor("buiten", "Consulent buiten", ActorKind.PROFESSIONAL, organisation=org)
    need = Need("n1", "Bijzondere bijstand € 900", "bb", 900, "buiten", ("gem", org),
                Urgency.HIGH)  # fmt: skip
    deal = Agreement("a1", "Samenwerkingsafspraak", AgreementKind.COVENANT, ("gem", org), "buiten",
                     ("bb",), valid_from=START)  # fmt: skip
    line = Relationship("x", "buiten", "manager", RelationKind.ESCALATION)
    return case([M("m1", "college", "manager", "bb")], powers=[BB], extra=[worker], rels=[line],
                needs=[need], agreements=[deal] if agreed else [])  # fmt: skip


def _body_decides(c: Case) -> tuple[str, str]:
    [f] = of(c, "NEED_OTHER_BODY_DECIDES")
    return f.detail("nl"), f.detail("en")


def test_w6_without_an_agreement_the_finding_says_nothing_of_what_one_can_do() -> None:
    nl, en = _body_decides(_outside("gr", agreed=False))
    assert "afspraak" not in nl
    assert "agreement" not in en
    assert (
        "Het besluit bij een ander leggen kan alleen met mandaat, met instemming van de "
        "gemandateerde en van degene onder wiens verantwoordelijkheid hij werkt (art. 10:4 lid "
        "1 Awb); delegatie kan alleen als een wettelijk voorschrift erin voorziet (art. 10:15 "
        "Awb), en de kaart noemt er geen."
    ) in nl
    assert "Placing the decision with someone else takes a mandate, with the consent" in en


def test_w6_with_an_agreement_on_the_power_it_says_what_the_agreement_can_do() -> None:
    nl, en = _body_decides(_outside("gr", agreed=True))
    assert "Een afspraak kan afstemming en een escalatieroute regelen, maar het besluit" in nl
    assert "An agreement can arrange coordination and a route for escalation" in en
    assert "delegatie kan alleen als een wettelijk voorschrift erin voorziet" in nl


def test_w6_towards_a_private_party_delegation_is_not_offered() -> None:
    for agreed in (True, False):
        nl, en = _body_decides(_outside("ggz", agreed=agreed))
        assert "delegatie" not in nl
        assert "delegation" not in en
        assert nl.endswith(
            "van degene onder wiens verantwoordelijkheid hij werkt (art. 10:4 lid 1 Awb)."
        )
        assert en.endswith("(Awb 10:4(1)).")


# ------------------------------------------------------------------ W3 (the remedy's term)


def test_w3_a_statutory_decision_period_is_not_left_to_the_agreement() -> None:
    from tests.mapper.test_jurist5_agreements import COORD, NEED, WMO, _deal

    c = case([], powers=[WMO], needs=[NEED], extra=[COORD], agreements=[_deal(("gem", "ggz"))])
    [f] = of(c, "AGREEMENT_OVER_PUBLIC_POWER")
    assert f.suggestion("nl").startswith(
        "Laat het college van B&W zelf beslissen, binnen de wettelijke termijn (art. 2.3.5 lid "
        "1 Wmo 2015), en leg in de afspraak vast bij wie de casus kan worden geëscaleerd."
    )
    assert f.suggestion("en").startswith(
        "Let the college van B&W decide itself, within the statutory term (Wmo 2015 art. "
        "2.3.5(1)), and record in the agreement to whom the case can be escalated."
    )
    assert "binnen welke termijn" not in f.suggestion("nl")
    # the provider's coordinator by role, in lower case in English too
    assert "A mandate to the wijkcoördinator is not the way" in f.suggestion("en")


def test_w3_without_a_statutory_period_the_agreement_records_the_term() -> None:
    from tests.mapper.test_jurist5_agreements import COORD, NEED, WMO, _deal

    other = WMO.__class__(
        "wmo", "Maatwerkvoorziening toekennen", WMO.category, "Verordening maatwerk 2025",
        RuleType.ORDINANCE, holder="college",
    )  # fmt: skip
    c = case([], powers=[other], needs=[NEED], extra=[COORD], agreements=[_deal(("gem", "ggz"))])
    [f] = of(c, "AGREEMENT_OVER_PUBLIC_POWER")
    assert f.suggestion("nl").startswith(
        "Laat het college van B&W zelf beslissen, en leg in de afspraak vast binnen welke "
        "termijn dat gebeurt en bij wie de casus kan worden geëscaleerd."
    )
    assert "wettelijke termijn" not in f.suggestion("nl")


# ----------------------------------------------------- W14: a request is filed, not decided


def test_w14_an_agreement_names_who_files_a_request_not_who_decides_it() -> None:
    [f] = [x for x in analyse(example_case()).findings if x.code == "AGREEMENT_DECIDER_NO_MANDATE"]
    assert (
        "wijst de manager Werk en Inkomen aan als degene die het verzoek indient (‘moratorium "
        "aanvragen bij de rechtbank’), maar dat is een publiekrechtelijke bevoegdheid"
    ) in f.detail("nl")
    assert (
        "names the manager Werk en Inkomen as the one who files the request (‘moratorium "
        "aanvragen bij de rechtbank’), but"
    ) in f.detail("en")
    assert "beslisser" not in f.detail("nl")


def test_w14_an_agreement_over_a_besluit_still_names_the_decider() -> None:
    deal = Agreement("g1", "Werkafspraak", AgreementKind.OTHER, ("gem",), "manager", ("bb",),
                     valid_from=START)  # fmt: skip
    need = Need("n1", "Bijzondere bijstand € 900", "bb", 900, "consulent", ("gem",))
    [f] = of(case([], powers=[BB], needs=[need], agreements=[deal]), "AGREEMENT_DECIDER_NO_MANDATE")
    assert "aan als beslisser over ‘bijzondere bijstand’, maar" in f.detail("nl")
    assert "as the one who decides on ‘bijzondere bijstand’, but" in f.detail("en")
    assert "verzoek" not in f.detail("nl")
