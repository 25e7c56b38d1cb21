"""Jurist, fourth round N2, N7 and N9, each both ways and in both languages.

- N2: the organ of a joint arrangement's tax collection is its invorderingsambtenaar (art. 231
  lid 2 onder c Gemeentewet), who decides himself; the GR has the task through the
  participating municipalities, not "op grond van de wet".
- N7: an agreement takes its article ("De Doorbraakafspraak …", "Het Escalatieprotocol …"),
  an organisation named by a common noun too ("de Belastingsamenwerking"), a proper name not;
  "Beide relaties", not "Alle twee".
- N9: a wethouder has no line of command over civil servants; the college has (art. 160
  Gemeentewet): backing runs "op de lijn van het college van B&W naar de consulent"."""

from __future__ import annotations

from mapper import analyse
from models import (
    Actor,
    ActorKind,
    Agreement,
    AgreementKind,
    CaseInfo,
    Need,
    Power,
    PowerAct,
    PowerCategory,
    RelationKind,
    Relationship,
    RuleType,
    Urgency,
)
from models.example import example_case
from models.templates import template_case
from tests.mapper.legal_cases import AS_OF, START, case, of

# --------------------------------------------------------------------------------- N2


def test_the_invorderingsambtenaar_decides_himself_in_the_example() -> None:
    [f] = [x for x in analyse(example_case()).findings if x.code == "NEED_OTHER_BODY_DECIDES"]
    nl, en = f.detail("nl"), f.detail("en")
    assert (
        "is een besluit van de invorderingsambtenaar van de Belastingsamenwerking, die daarover "
        "zelf beslist."
    ) in nl
    # the invorderingsambtenaar is a one-person organ (art. 231 lid 2 onder c Gemeentewet):
    # "who", and a sentence that fits a person as well as a board (session 10; adv9's question)
    assert "Belastingsamenwerking, who takes it independently." in en
    assert "which decides on it itself" not in en
    assert "op grond van de wet" not in nl
    assert "by statute" not in en
    assert "kwijtschelding" not in nl + f.title("nl")
    assert "‘Instemmen met een akkoord in de schuldregeling (gemeentelijke belastingen)’" in (
        f.title("nl")
    )


def test_the_debt_template_names_the_organ_and_the_akkoord() -> None:
    c = template_case("debt_eviction")
    power = next(p for p in c.powers if p.id == "instemming_schuldregeling")
    assert (
        power.name == "Instemmen met een akkoord in de schuldregeling (gemeentelijke belastingen)"
    )
    assert "art. 231 lid 2 onder c" in power.legal_basis
    holder = next(a for a in c.actors if a.id == power.holder)
    assert holder.name == "Invorderingsambtenaar van de Belastingsamenwerking"
    texts = " ".join(
        f.title("nl") + f.detail("nl") + f.suggestion("nl") for f in analyse(c).findings
    )
    assert "kwijtschelding" not in texts


# --------------------------------------------------------------------------------- N7


def _agreement_case(name: str) -> list[str]:
    mor = Power(
        "mor",
        "Moratorium aanvragen bij de rechtbank",
        PowerCategory.OTHER,
        "Wet gemeentelijke schuldhulpverlening art. 5 jo. "
        "Besluit gemeentelijke schuldhulpverlening (afkoelingsperiode)",
        RuleType.STATUTE,
        holder="college",
        act=PowerAct.REQUEST,
    )
    need = Need("n1", "Moratorium aanvragen", "mor", None, "consulent", ("gem",), Urgency.HIGH)
    deal = Agreement(
        "g1", name, AgreementKind.BREAKTHROUGH, ("gem", "kb"), "manager", ("mor",), valid_from=START
    )
    c = case([], powers=[mor], needs=[need], agreements=[deal])
    [f] = of(c, "AGREEMENT_DECIDER_NO_MANDATE")
    return [f.title("nl"), f.detail("nl"), f.title("en")]


def test_an_agreement_named_by_what_it_is_takes_its_article() -> None:
    title, detail, en = _agreement_case("Doorbraakafspraak schulden 2025")
    assert title.startswith("De ‘Doorbraakafspraak schulden 2025’ legt een verzoek van het college")
    assert detail.startswith("De ‘Doorbraakafspraak schulden 2025’ wijst de manager")
    assert en.startswith("The ‘Doorbraakafspraak schulden 2025’ assigns a request")
    title, _, _ = _agreement_case("Escalatieprotocol Rivierland")
    assert title.startswith("Het ‘Escalatieprotocol Rivierland’ legt")


def test_the_joint_arrangements_bestuur_is_de_belastingsamenwerking() -> None:
    found = analyse(template_case("debt_eviction")).findings
    [f] = [x for x in found if x.code == "SPHERES_OPPONENT_UNCONNECTED"]
    assert "in het bestuur van de Belastingsamenwerking, waarin" in f.suggestion("nl")
    # a proper name keeps no article: the youth template's regional purchasing organisation
    youth = analyse(template_case("youth_care")).findings
    [g] = [x for x in youth if x.code == "SPHERES_OPPONENT_UNCONNECTED"]
    # with its article (rev-jurist16 J20)
    assert "in het bestuur van de Regionale inkooporganisatie jeugd" in g.suggestion("nl")


def test_two_bridging_relations_are_beide_and_three_are_alle_drie() -> None:
    wmo = [x for x in analyse(template_case("wmo")).findings if x.code == "SPHERES_SINGLE_BRIDGE"]
    assert wmo
    assert wmo[0].detail("nl").startswith("Beide relaties tussen")
    assert wmo[0].detail("en").startswith("Both relationships between")
    assert "Alle twee" not in wmo[0].detail("nl")
    ex = [x for x in analyse(example_case()).findings if x.code == "SPHERES_SINGLE_BRIDGE"]
    assert ex
    assert ex[0].detail("nl").startswith("Alle drie de relaties tussen")


def test_a_wijkverpleegkundige_takes_de() -> None:
    found = analyse(template_case("wmo")).findings
    texts = " ".join(f.detail("nl") for f in found)
    assert "van de wijkverpleegkundige" in texts
    assert "van Wijkverpleegkundige" not in texts


# --------------------------------------------------------------------------------- N9


def _backing(owner_public: bool | None) -> str:
    weth = Actor(
        "weth",
        "Wethouder Sociaal Domein",
        ActorKind.ADMINISTRATOR,
        organisation="gem",
        public_body=owner_public,
    )
    t = RelationKind.TRUST
    rels = [
        Relationship("w1", "weth", "manager", RelationKind.COLLABORATION),
        Relationship("t1", "consulent", "teamleider", t, level=-1),
        Relationship("t2", "teamleider", "consulent", t, level=1),
    ]
    info = CaseInfo("t", as_of=AS_OF, intent_owner="weth")
    need = Need("n1", "Bijzondere bijstand", "bb", 500, "consulent", ("gem",), Urgency.HIGH)
    c = case([], info=info, extra=[weth], rels=rels, needs=[need])
    [f] = of(c, "TRUST_BACKING_NEGATIVE")
    return f.title("nl") + " | " + f.detail("nl") + " | " + f.detail("en")


def test_backing_runs_from_the_college_not_from_the_portfolio_holder() -> None:
    text = _backing(False)
    assert text.startswith("Wantrouwen op de lijn van het college van B&W naar de consulent")
    assert "Op de lijn van het college van B&W naar de consulent: de consulent wantrouwt" in text
    assert "On the line from the municipal executive (College van B&W) to the Consulent:" in text
    assert "wethouder" not in text.casefold()
    assert "→" not in text


def test_an_owner_that_is_a_body_keeps_its_own_line() -> None:
    """The other way: a wethouder recorded as a bestuursorgaan (a delegated power) stays the
    top of the line."""
    text = _backing(True)
    assert text.startswith("Wantrouwen op de lijn van de wethouder Sociaal Domein naar")


def test_the_example_and_templates_name_no_line_of_a_wethouder() -> None:
    for c in (example_case(), *(template_case(k) for k in ("debt_eviction", "youth_care", "wmo"))):
        for f in analyse(c).findings:
            if f.code.startswith("TRUST_BACKING"):
                assert "lijn van het college van B&W naar" in f.detail("nl"), f.detail("nl")
                assert "Wethouder" not in f.detail("nl").split(":")[0]


# --------------------------------------------------------------------------------- N4


def _decider_no_mandate(
    power_name: str, act: PowerAct = PowerAct.BESLUIT
) -> tuple[str, str, str, str]:
    power = Power(
        "p",
        power_name,
        PowerCategory.OTHER,
        "Wet gemeentelijke schuldhulpverlening "
        "art. 5 jo. Besluit gemeentelijke schuldhulpverlening (afkoelingsperiode)",
        RuleType.STATUTE,
        holder="college",
        act=act,
    )
    need = Need("n1", power_name, "p", None, "consulent", ("gem",), Urgency.HIGH)
    deal = Agreement(
        "g1",
        "Doorbraakafspraak schulden",
        AgreementKind.BREAKTHROUGH,
        ("gem", "kb"),
        "manager",
        ("p",),
        valid_from=START,
    )
    [f] = of(
        case([], powers=[power], needs=[need], agreements=[deal]), "AGREEMENT_DECIDER_NO_MANDATE"
    )
    return f.title("nl"), f.detail("nl"), f.suggestion("nl"), f.detail("en")


def test_a_request_to_the_court_is_passed_on_by_machtiging() -> None:
    # the power's act says it is a request (J6), not its name
    title, detail, suggestion, en = _decider_no_mandate("Moratorium", PowerAct.REQUEST)
    assert "legt een verzoek van het college van B&W bij de manager" in title
    assert "het college dient het verzoek zelf in, of machtigt de manager daartoe" in detail
    assert "(art. 10:12 jo. 10:3 Awb)" in detail
    assert "Een verzoek aan de rechter is geen besluit (art. 1:3 Awb)." in detail
    assert "mandateert" not in detail
    assert (
        "het verzoek zelf indienen, of wie de afspraak aanwijst daartoe schriftelijk machtigen"
        in (suggestion)
    )
    assert "files the request itself, or authorises" in en


def test_a_besluit_is_still_mandated() -> None:
    title, detail, suggestion, _ = _decider_no_mandate("Saneringskrediet verlenen")
    assert "legt een besluit van het college van B&W bij de manager" in title
    assert "beslist zelf, of mandateert het besluit aan de manager" in detail
    assert "machtig" not in detail
    assert "het besluit zelf nemen, of het schriftelijk mandateren aan wie" in suggestion


# --------------------------------------------------------------------------------- N3


def _falls_short(need_id: str) -> tuple[str, str]:
    [f] = [
        x
        for x in analyse(example_case()).findings
        if x.code == "NEED_HANDLER_MANDATE_FALLS_SHORT" and x.needs == (need_id,)
    ]
    return f.detail("nl"), f.detail("en")


def test_a_deviating_decision_goes_up_for_the_deviation_not_the_amount() -> None:
    nl, en = _falls_short("n2")
    assert (
        "Wie beslist, moet van de beleidsregel mogen afwijken; de manager Werk en Inkomen, twee "
        "stappen boven de consulent, heeft die ruimte, in ondermandaat van de "
        "gemeentesecretaris (tot € 50.000)."
    ) in nl
    assert "voor het bedrag" not in nl
    assert "must be allowed to depart from the policy rule" in en
    assert "under the sub-mandate of the Gemeentesecretaris (up to €50,000)" in en


def test_a_decision_within_the_rule_goes_up_for_the_amount() -> None:
    nl, _ = _falls_short("n3")
    assert (
        "Wie beslist, moet de bevoegdheid voor het bedrag hebben; de teamleider, één stap boven "
        "de consulent, heeft die, in ondermandaat van de manager Werk en Inkomen (tot € 5.000)."
    ) in nl
    assert "afwijken;" not in nl
