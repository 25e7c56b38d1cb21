"""Jurist round 7 (W2, W5, W6, W14, W9 residue): known answers of the analysis texts, both
ways (a map where the sentence must appear, one where it must not), in Dutch and English."""

from __future__ import annotations

from datetime import date

from mapper import analyse
from mapper.codes import MAP_GAPS
from mapper.findings import Finding, Severity
from mapper.names import Name
from mapper.wording import decided, to_do
from models import (
    Actor,
    ActorKind,
    Agreement,
    AgreementKind,
    Case,
    EntityKind,
    Instrument,
    Need,
    Power,
    PowerAct,
    PowerCategory,
    RelationKind,
    Relationship,
    Role,
    RuleType,
    Urgency,
)
from models.example import example_case
from models.templates import template_case
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
        "of the Manager Inkomen expired on 30 June 2026"
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
    assert en.endswith("the mandate of the Gemeentesecretaris expired on 30 June 2026")


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
    need = Need("n1", "Bijzondere bijstand € 900", "bb", 900, "buiten", ("gem", org), Urgency.HIGH)
    deal = Agreement(
        "a1",
        "Samenwerkingsafspraak",
        AgreementKind.COVENANT,
        ("gem", org),
        "buiten",
        ("bb",),
        valid_from=START,
    )
    line = Relationship("x", "buiten", "manager", RelationKind.ESCALATION)
    return case(
        [M("m1", "college", "manager", "bb")],
        powers=[BB],
        extra=[worker],
        rels=[line],
        needs=[need],
        agreements=[deal] if agreed else [],
    )


def _body_decides(c: Case) -> tuple[str, str]:
    [f] = of(c, "NEED_OTHER_BODY_DECIDES")
    return f.detail("nl"), f.detail("en")


def test_w6_without_an_agreement_the_finding_says_nothing_of_what_one_can_do() -> None:
    nl, en = _body_decides(_outside("gr", agreed=False))
    assert "afspraak" not in nl
    assert "agreement" not in en
    assert (
        "Het besluit bij een ander leggen kan met mandaat, met instemming van de "
        "gemandateerde en van degene onder wiens verantwoordelijkheid hij werkt (art. 10:4 lid "
        "1 Awb); delegatie kan alleen als een wettelijk voorschrift erin voorziet (art. 10:15 "
        "Awb), en de kaart noemt er geen."
    ) in nl
    assert "Placing the decision with someone else can be done by mandate, with the consent" in en


def test_w6_with_an_agreement_on_the_power_it_says_what_the_agreement_can_do() -> None:
    # said once, by the agreement's own finding (jurist, eighth round N5), and delegation is
    # no route to a caseworker, who is no bestuursorgaan (art. 10:13 Awb)
    [f] = of(_outside("gr", agreed=True), "AGREEMENT_OVER_PUBLIC_POWER")
    nl, en = f.detail("nl"), f.detail("en")
    assert "Een afspraak kan afstemming en een escalatieroute regelen, maar het besluit" in nl
    assert "An agreement can arrange coordination and a route for escalation" in en
    assert (
        "delegatie is hier geen weg: die vraagt een wettelijk voorschrift "
        "dat erin voorziet (art. 10:15 Awb)" in nl
    )
    nl, en = _body_decides(_outside("gr", agreed=True))
    assert "Een afspraak kan" not in nl
    assert "An agreement can" not in en


def test_w6_towards_a_private_party_delegation_is_not_offered() -> None:
    for agreed in (True, False):
        nl, en = _body_decides(_outside("ggz", agreed=agreed))
        assert "delegatie" not in nl
        assert "delegation" not in en
        if agreed:  # the agreement's own finding says what an agreement cannot do (N5)
            assert "Een afspraak kan" not in nl
            assert "An agreement can" not in en
            continue
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
        "Let the municipal executive (College van B&W) decide for itself, within the statutory "
        "term (Wmo 2015 art. "
        "2.3.5(1)), and record in the agreement to whom the case can be escalated."
    )
    assert "binnen welke termijn" not in f.suggestion("nl")
    # the provider's coordinator by role, in lower case in English too
    assert "A mandate to the Wijkcoördinator is not the way" in f.suggestion("en")


def test_w3_without_a_statutory_period_the_agreement_records_the_term() -> None:
    from tests.mapper.test_jurist5_agreements import COORD, NEED, WMO, _deal

    other = WMO.__class__(
        "wmo",
        "Maatwerkvoorziening toekennen",
        WMO.category,
        "Verordening maatwerk 2025",
        RuleType.ORDINANCE,
        holder="college",
    )
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
        "wijst de manager Werk en Inkomen aan als degene die het verzoek indient (‘Moratorium "
        "aanvragen bij de rechtbank’), maar dat is een publiekrechtelijke bevoegdheid"
    ) in f.detail("nl")
    assert (
        "names the Manager Werk en Inkomen as the one who files the request (‘Moratorium "
        "aanvragen bij de rechtbank’), but"
    ) in f.detail("en")
    assert "beslisser" not in f.detail("nl")


def test_w14_an_agreement_over_a_besluit_still_names_the_decider() -> None:
    deal = Agreement(
        "g1", "Werkafspraak", AgreementKind.OTHER, ("gem",), "manager", ("bb",), valid_from=START
    )
    need = Need("n1", "Bijzondere bijstand € 900", "bb", 900, "consulent", ("gem",))
    [f] = of(case([], powers=[BB], needs=[need], agreements=[deal]), "AGREEMENT_DECIDER_NO_MANDATE")
    assert "aan als beslisser over ‘Bijzondere bijstand’, maar" in f.detail("nl")
    assert "as the one who decides on ‘Bijzondere bijstand’, but" in f.detail("en")
    assert "verzoek" not in f.detail("nl")


# ------------------------------------------------- W5: a request, its grammar and its name


def test_w5_a_request_power_reads_with_its_articles() -> None:
    assert to_do("Verzoek machtiging gesloten jeugdhulp indienen", "nl") == (
        "om een verzoek om een machtiging gesloten jeugdhulp in te dienen"
    )
    assert to_do("Verzoek indienen", "nl") == "om een verzoek in te dienen"
    assert (
        to_do("Aanvraag om bijstand indienen", "nl") == "om een aanvraag om bijstand in te dienen"
    )
    assert to_do("Moratorium aanvragen bij de rechtbank", "nl") == (
        "om een moratorium aan te vragen bij de rechtbank"
    )
    # not a request: as before
    assert to_do("Bijzondere bijstand verlenen", "nl") == "om bijzondere bijstand te verlenen"
    assert to_do("Beslissen op bezwaren van inwoners", "nl") == (
        "voor ‘Beslissen op bezwaren van inwoners’"
    )


_VM = Power("vm", "Verzoek machtiging gesloten jeugdhulp indienen", PowerCategory.OTHER,
            "Jeugdwet art. 6.1.2", RuleType.STATUTE, holder="college",
            act=PowerAct.REQUEST)  # fmt: skip
_GW = Actor("gw", "Gedragswetenschapper", ActorKind.PROFESSIONAL, organisation="gr")


def _recorded(instrument: Instrument, power: Power = _VM) -> list[Finding]:
    m = M("m1", "college", "gw", power.id, instrument=instrument)
    return of(case([m], powers=[power], extra=[_GW]), "MANDATE_RECORDED_FOR_NON_BESLUIT")


def test_w5_a_request_recorded_as_a_mandate_is_a_note_to_record_a_machtiging() -> None:
    [f] = _recorded(Instrument.MANDATE)
    assert f.severity == Severity.INFO
    assert f.title("nl") == "De kaart noemt de machtiging aan de gedragswetenschapper een mandaat"
    assert f.detail("nl") == (
        "De kaart noemt de machtiging aan de gedragswetenschapper een mandaat; een verzoek aan "
        "de kinderrechter is geen besluit (art. "
        "1:3 Awb), dus leg het vast als machtiging (art. 10:12 Awb)."
    )
    assert f.detail("en") == (
        "The map calls the authorisation granted to the Gedragswetenschapper a mandate; a request "
        "to the juvenile court is no decision (Awb "
        "1:3), so record it as an authorisation (machtiging, Awb 10:12)."
    )
    assert "MANDATE_RECORDED_FOR_NON_BESLUIT" in MAP_GAPS  # never a beslispunt


def test_w5_a_machtiging_recorded_as_such_or_a_besluit_gives_no_note() -> None:
    assert _recorded(Instrument.AUTHORISATION) == []
    wmo = Power(
        "vm",
        "Maatwerkvoorziening Wmo toekennen",
        PowerCategory.OTHER,
        "Wmo 2015 art. 2.3.5",
        RuleType.STATUTE,
        holder="college",
    )
    assert _recorded(Instrument.MANDATE, wmo) == []


def test_w5_a_request_to_the_court_is_named_from_the_power() -> None:
    mor = Power(
        "vm",
        "Moratorium aanvragen bij de rechtbank",
        PowerCategory.OTHER,
        "Wet gemeentelijke schuldhulpverlening art. 5",
        RuleType.STATUTE,
        holder="college",
        act=PowerAct.REQUEST,
    )
    [f] = _recorded(Instrument.MANDATE, mor)
    assert "een verzoek aan de rechtbank is geen besluit" in f.detail("nl")


# --------------------------------------------------------- W14: names, and no doubled verb


def test_w14_an_organisation_named_by_a_common_noun_takes_its_article() -> None:
    adm, cit, pro = ActorKind.ADMINISTRATOR, ActorKind.CITIZEN, ActorKind.PROFESSIONAL
    assert Name.of("Dagelijks bestuur Werkbedrijf", adm).running("nl") == (
        "het dagelijks bestuur van het Werkbedrijf"
    )
    assert Name.of("Dagelijks bestuur Jeugdregio", adm).running("nl") == (
        "het dagelijks bestuur van de Jeugdregio"
    )
    # a proper name keeps none (jurist N7)
    assert Name.of("Dagelijks bestuur Kredietbank Rivierland", adm).running("nl") == (
        "het dagelijks bestuur van Kredietbank Rivierland"
    )
    assert Name.of("Moeder", cit).running("nl") == "de moeder"
    assert Name.of("Mevrouw Jansen", cit).running("nl") == "mevrouw Jansen"
    assert Name.of("Gedragswetenschapper Jeugdregio", pro).running("nl") == (
        "de gedragswetenschapper Jeugdregio"
    )


def test_w14_the_mother_as_a_subject_starts_with_de_moeder() -> None:
    moeder = Actor("moeder", "Moeder", ActorKind.CITIZEN)
    line = Relationship("t", "moeder", "consulent", RelationKind.TRUST, level=-2)
    need = Need("n1", "Bijzondere bijstand € 900", "bb", 900, "consulent", ("gem",))
    c = case(
        [M("m1", "college", "consulent", "bb")],
        powers=[BB],
        extra=[moeder],
        rels=[line],
        needs=[need],
    )
    [f] = of(c, "TRUST_CITIZEN_DISTRUSTS_HANDLER")
    assert f.title("nl").startswith("De moeder wantrouwt de consulent")
    assert "Moeder" not in f.detail("nl")


def test_w14_a_body_decides_itself_on_the_power_not_on_deciding() -> None:
    assert decided("Beslissen over een individuele voorziening jeugdhulp") == (
        "een individuele voorziening jeugdhulp"
    )
    assert decided("Bijzondere bijstand verlenen") == "Bijzondere bijstand verlenen"
    jh = Power(
        "jh",
        "Beslissen over een individuele voorziening jeugdhulp",
        PowerCategory.SPEND_BUDGET,
        "Jeugdwet art. 2.3",
        RuleType.STATUTE,
        holder="college",
    )
    need = Need("n1", "Jeugdhulp", "jh", None, "consulent", ("gem",), Urgency.HIGH)
    c = case([M("m1", "college", "consulent", "jh")], powers=[jh], needs=[need])
    c.set_case_field("intent", "Jeugdhulp zonder wachttijd")
    c.update(EntityKind.ACTOR, "college", {"stance": 2})
    [f] = of(c, "INTENT_NO_DEVIATION_POWER")
    assert (
        "Het college van B&W beslist zelf over ‘een individuele voorziening jeugdhulp’ (art. 2.3 "
        "Jeugdwet)"
    ) in f.detail("nl")
    assert "decides on ‘een individuele voorziening jeugdhulp’ itself" in f.detail("en")
    [g] = of(c, "SIGNAL_NO_DECIDER")
    assert "dat over ‘een individuele voorziening jeugdhulp’ beslist" in g.detail("nl")


# ------------------------------------------------------ W9 residue: who sets the rules


def _no_way_back(c: Case) -> tuple[str, str]:
    [f] = of(c, "LEARNING_NO_FEEDBACK_PATH")
    return f.detail("nl"), f.detail("en")


def test_w9_the_bracket_names_the_college_that_decides_the_case() -> None:
    [f] = of(template_case("youth_care"), "LEARNING_NO_FEEDBACK_PATH")
    assert (
        "(de gemeenteraad en het college van B&W): de raad stelt de verordening vast, het "
        "college de beleidsregels (art. 4:81 Awb)"
    ) in f.detail("nl")
    assert "na delegatie" not in f.detail("nl")


def test_w9_after_delegation_the_delegate_sets_the_policy_rules() -> None:
    from tests.mapper.test_legal_mandates import _gr_case

    c = _gr_case()
    c.update(EntityKind.ACTOR, "raad", {"roles": (Role.RULE_OWNER,)})
    nl, en = _no_way_back(c)
    assert (
        "(de gemeenteraad en het dagelijks bestuur van Kredietbank Rivierland): de raad stelt de "
        "verordening vast, het dagelijks bestuur de beleidsregels voor de bevoegdheid die het na "
        "delegatie heeft (art. 4:81 Awb)"
    ) in nl
    assert "the policy rules for the power it holds after delegation (Awb 4:81)" in en
    assert "het college de beleidsregels" not in nl
    # held by statute, not delegated: no delegate, and no college that decides the case
    own = _gr_case(delegate=False)
    own.update(EntityKind.ACTOR, "raad", {"roles": (Role.RULE_OWNER,)})
    nl, _ = _no_way_back(own)
    assert "na delegatie" not in nl
    # only who is on the map prepares the rules: no "een adviseur" (eighth jurist, W9 LANG)
    assert "(de gemeenteraad): de raad stelt de verordening vast. De volgende casus" in nl


# ------------------------------------------- W12 (LANG): a partner's decision said once


def _partner_case(decision: str, power_name: str) -> Case:
    ggz = Actor("ggzt", "GGZ-team", ActorKind.PARTNER, organisation="ggz")
    start = Power(
        "start",
        power_name,
        PowerCategory.OTHER,
        "Zorgovereenkomst",
        RuleType.INTERNAL,
        holder="ggzt",
    )
    need = Need("n1", decision, "start", None, "consulent", ("gem", "ggz"), Urgency.HIGH)
    return case([], powers=[BB, start], extra=[ggz], needs=[need])


def test_w12_a_decision_named_as_the_partners_is_not_called_its_decision_twice() -> None:
    c = _partner_case("Besluit van de aanbieder", "Eigen besluit van de aanbieder")
    [f] = of(c, "NEED_PARTNER_NOT_REACHED")
    # the copy's neutral name is not quoted as a title; "dekt" (jurist 15, J21)
    assert f.title("nl") == "Geen geldende afspraak dekt de beslissing van GGZ Rivierland"
    # nor in the detail (rev-jurist16 J21)
    assert f.detail("nl").startswith(
        "De beslissing ligt bij GGZ Rivierland; niemand in de organisatie"  # no besluit (R10)
    )
    assert f.detail("en").startswith("The decision rests with GGZ Rivierland;")
    assert "eigen besluit" not in f.detail("nl")


def test_w12_an_ordinary_decision_keeps_its_power_and_owner() -> None:
    c = _partner_case("GGZ-behandeling starten", "Behandeling starten")
    [f] = of(c, "NEED_PARTNER_NOT_REACHED")
    assert f.title("nl").startswith(
        "‘GGZ-behandeling starten’ is een beslissing van GGZ Rivierland;"
    )
    assert (
        "(‘Behandeling starten’) is een eigen beslissing van GGZ Rivierland (geen besluit in de "
        "zin van art. 1:3 Awb);" in f.detail("nl")
    )


# ------------------------------- N7 residue (LANG): the wethouder clause only where one is


def test_n7_the_wethouder_clause_only_where_a_wethouder_is_on_the_route() -> None:
    from tests.exports.jurist7_maps import map_d

    [d] = of(map_d(), "STRUCTURE_CARRYING_ACTOR")  # directeur between two GR professionals
    assert d.suggestion("nl") == "Zorg voor een tweede ambtelijke route naar wie mag beslissen."
    assert "wethouder" not in d.suggestion("en")
    [e] = of(example_case(), "STRUCTURE_CARRYING_ACTOR")  # the route reaches the wethouder
    assert e.suggestion("nl").endswith(
        ". De wethouder beslist niet zelf in de casus; die loopt via de ambtelijke lijn, het "
        "beleid via de portefeuillehouder."
    )


def test_no_supporter_of_the_intent_is_not_said_as_niet_bij_geen_bestuurder() -> None:
    c = map_a(expired=False)
    c.update(EntityKind.NEED, "n1", {"budget": 60000})
    [f] = of(c, "INTENT_NO_DEVIATION_POWER")
    assert f.title("nl") == "De bevoegdheid om af te wijken ligt bij het college van B&W"
    assert f.detail("nl").startswith("Geen bestuurder op de kaart steunt de bedoeling; het college")
    assert "geen bestuurder heeft geen" not in f.detail("nl").casefold()
    assert "not with no administrator" not in f.title("en")
    # with a supporter the 'niet bij' form stays
    c.update(EntityKind.ACTOR, "secretaris", {"stance": 2})
    held = [g.title("nl") for g in of(c, "INTENT_NO_DEVIATION_POWER")]
    assert all("geen bestuurder" not in t for t in held)
