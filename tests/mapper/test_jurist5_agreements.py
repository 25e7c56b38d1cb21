"""Jurist, fourth round N1 and map B: an agreement that names a decider over another
organisation's public-law power.

The remedy never offers a mandate to a party to the agreement, which has an interest of its own
in the decision (art. 2:4 Awb); where it does offer a mandate, it names whose consent it takes
(art. 10:4 lid 1 Awb). A private party "deciding" a besluit is critical: the resident gets no
beschikking and no bezwaar."""

from __future__ import annotations

from dataclasses import replace

from mapper.findings import Severity
from models import (
    Actor,
    ActorKind,
    Agreement,
    AgreementKind,
    Need,
    Power,
    PowerCategory,
    RuleType,
    Urgency,
)
from tests.mapper.legal_cases import START, case, of

WMO = Power("wmo", "Maatwerkvoorziening Wmo toekennen", PowerCategory.OTHER,
            "Wmo 2015 art. 2.3.5", RuleType.STATUTE, holder="college")  # fmt: skip
NEED = Need("n1", "Dagbesteding", "wmo", None, "consulent", ("gem", "ggz"), Urgency.HIGH)
COORD = Actor("coord", "Wijkcoördinator", ActorKind.PARTNER, organisation="ggz")


def _deal(parties: tuple[str, ...]) -> Agreement:
    return Agreement(
        "g1",
        "Raamovereenkomst Wmo",
        AgreementKind.COVENANT,
        parties,
        "coord",
        ("wmo",),
        valid_from=START,
    )


def test_a_provider_deciding_on_its_own_production_gets_no_mandate_and_is_critical() -> None:
    c = case([], powers=[WMO], needs=[NEED], extra=[COORD], agreements=[_deal(("gem", "ggz"))])
    [f] = of(c, "AGREEMENT_OVER_PUBLIC_POWER")
    assert f.severity == Severity.CRITICAL
    nl = f.suggestion("nl")
    assert nl.startswith("Laat het college van B&W zelf beslissen")
    # the reason is its own production, not being a party (jurist, fifth round J3)
    assert "Mandaat aan de wijkcoördinator is hier geen oplossing" in nl
    assert "eigen, financieel belang bij de omvang ervan (art. 2:4 Awb)" in nl
    assert "laat het college van B&W het besluit mandateren" not in nl
    assert "art. 10:4 lid 1 Awb" in f.detail("nl")
    # no route that does not exist: delegation goes only to a bestuursorgaan (art. 10:13 Awb;
    # map B, sixth round J14)
    assert (
        "; delegatie is hier geen weg: die vraagt een wettelijk voorschrift "
        "dat erin voorziet (art. 10:15 Awb)" in f.detail("nl")
    )
    assert "delegation is no route here: it needs a statutory provision" in f.detail("en")
    assert "art. 10:13" not in f.detail("nl")  # jurist 12b M3


def test_a_decider_outside_the_parties_may_be_offered_a_mandate_with_named_consent() -> None:
    c = case([], powers=[WMO], needs=[NEED], extra=[COORD], agreements=[_deal(("gem", "kb"))])
    [f] = of(c, "AGREEMENT_OVER_PUBLIC_POWER")
    nl = f.suggestion("nl")
    assert "eigen belang" not in nl
    assert (
        "het besluit mandateren aan de wijkcoördinator, met instemming van de gemandateerde "
        "en van degene onder wiens verantwoordelijkheid hij werkt (art. 10:4 lid 1 Awb)"
    ) in nl


def test_a_public_decider_of_another_organisation_stays_a_warning() -> None:
    gr = Actor("gr_db", "Dagelijks bestuur GR", ActorKind.ADMINISTRATOR, organisation="gr")
    power = Power(
        "inst",
        "Instemmen met een akkoord",
        PowerCategory.OTHER,
        "Gemeentewet art. 231",
        RuleType.STATUTE,
        holder="gr_db",
    )
    need = Need("n1", "Akkoord", "inst", None, "consulent", ("gem", "gr"), Urgency.HIGH)
    deal = Agreement(
        "g1",
        "Doorbraakafspraak",
        AgreementKind.BREAKTHROUGH,
        ("gem", "gr"),
        "manager",
        ("inst",),
        valid_from=START,
    )
    c = case([], powers=[power], needs=[need], extra=[gr], agreements=[deal])
    [f] = of(c, "AGREEMENT_OVER_PUBLIC_POWER")
    assert f.severity == Severity.WARNING
    assert "Juridisch kan mandaat aan de manager, maar het verdraagt zich slecht" in (
        f.suggestion("nl")
    )


def test_a_provider_deciding_only_under_such_an_agreement_gets_no_accountability_advice() -> None:
    """Map B: the provider's coördinator 'decides' only under an agreement that cannot give
    it the power; advising it a light accountability route would treat it as a lawful
    decider. A handler of the provider who is not such a decider still gets the advice."""
    from models import RelationKind, Relationship, Role

    coord = replace(COORD, roles=(Role.CASE_HANDLER,))
    other = Actor(
        "zorg", "Zorgcoördinator", ActorKind.PARTNER, organisation="ggz", roles=(Role.CASE_HANDLER,)
    )
    line = Relationship("acc", "consulent", "teamleider", RelationKind.ACCOUNTABILITY)
    c = case(
        [],
        powers=[WMO],
        needs=[NEED],
        extra=[coord, other],
        rels=[line],
        agreements=[_deal(("gem", "ggz"))],
    )
    assert of(c, "AGREEMENT_OVER_PUBLIC_POWER")
    stops = of(c, "ACCOUNTABILITY_LINE_STOPS")
    named = {a for f in stops for a in f.actors}
    assert "coord" not in named
    assert "zorg" in named
    # without the agreement, the coördinator is an ordinary handler whose line stops
    plain = case([], powers=[WMO], needs=[NEED], extra=[coord, other], rels=[line])
    assert "coord" in {a for f in of(plain, "ACCOUNTABILITY_LINE_STOPS") for a in f.actors}
