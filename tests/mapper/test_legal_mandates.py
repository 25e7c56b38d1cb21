"""The jurist's second review, wrong-in-law points on mandates (J7, J8, J9, M2, M6, M7): each a
known answer both ways, the defect said with its article and the lawful variant quiet."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from mapper.authority import Status
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Severity
from models import (
    Actor,
    ActorKind,
    Agreement,
    AgreementKind,
    Case,
    Instrument,
    Need,
    Power,
    PowerCategory,
    RelationKind,
    Relationship,
    RuleType,
    Urgency,
)
from tests.mapper.legal_cases import BB, KR, START, M, case, codes, ctx, of

S = Instrument.SIGNING
CORP = Actor("corp", "Woningcorporatie Thuisplus", ActorKind.PARTNER, organisation="wc")
STAY = Power("stay", "Ontruiming aanhouden", PowerCategory.SUSPEND_ROUTINE, "Huurovereenkomst",
             RuleType.INTERNAL, holder="corp")  # fmt: skip
STAY_NEED = Need("n1", "Ontruiming aanhouden", "stay", None, "consulent", ("gem", "wc"),
                 Urgency.HIGH)  # fmt: skip


# ---------------------------------------------------------------- J9: who may authorise signing
def test_j9_only_a_public_body_authorises_signing_its_decisions() -> None:
    # no level of sub-mandate left to the manager (with one it may: test_n3_… below)
    chain = [M("m1", "college", "manager", "bb", sub_mandate_levels=0)]
    by_manager = case([*chain, M("s1", "manager", "consulent", "bb", instrument=S)])
    [f] = of(by_manager, "MANDATE_SIGNING_NOT_BY_BODY")
    assert f.severity == Severity.WARNING
    assert f.mandates == ("s1",)
    nl = f.detail("nl")
    assert "die de manager Werk en Inkomen aan de consulent verleende, geldt:" in nl  # L2, J19
    assert "de manager is geen bestuursorgaan" in nl  # the second mention (jurist L3)
    assert "besluiten van het college van B&W (art. 10:11 Awb)" in nl
    # compare art. 10:9 lid 1: art. 10:11 does not declare it applicable (rev-jurist16 N11)
    assert "(vgl. art. 10:9 lid 1 Awb)" in nl
    assert "Laat het college van B&W zelf de machtiging aan de consulent verlenen" in f.suggestion(
        "nl"
    )  # to whom, and "zelf" (rev-jurist19 R5, R6)
    # the text no longer credits the college with the manager's authorisation
    assert "MANDATE_SIGNING_NO_POWER" not in codes(by_manager)
    by_college = case([*chain, M("s1", "college", "consulent", "bb", instrument=S)])
    assert "MANDATE_SIGNING_NOT_BY_BODY" not in codes(by_college)


def test_n3_an_official_whose_mandate_allows_sub_mandate_may_authorise_signing() -> None:
    # rev-jurist19b N3, fails on the old code: every signing authorisation an official gave was
    # void "zonder dat een mandaat dat toestond", even within a mandate that allows ondermandaat
    # (wie het meerdere mag, mag het mindere; art. 10:9 lid 1 via 10:12 Awb). Reckoned as the
    # sub-mandate test reckons levels: the secretaris's one level left passes to the manager's
    # mandate, which then has none.
    signing = M("s1", "manager", "consulent", "bb", instrument=S)
    chain = [M("m1", "college", "manager", "bb", sub_mandate_levels=1), signing]
    assert "MANDATE_SIGNING_NOT_BY_BODY" not in codes(case(chain))
    two = [
        M("m1", "college", "secretaris", "bb", sub_mandate_levels=1),
        M("m2", "secretaris", "manager", "bb"),
        signing,
    ]
    secretaris = Actor("secretaris", "Gemeentesecretaris", ActorKind.MANAGER, organisation="gem")
    [f] = of(case(two, extra=[secretaris]), "MANDATE_SIGNING_NOT_BY_BODY")
    assert f.mandates == ("s1",)


def test_j1_a_signing_authorisation_under_a_since_expired_mandate_is_a_broken_chain() -> None:
    # rev-jurist19c J1, fails on the old code: the manager's own mandate allowed a level of
    # sub-mandate when it authorised signing and has expired since. Judged as that mandate stood
    # then, the authorisation was not given "zonder dat een mandaat dat toestond": the chain above
    # it is broken, as for an ondermandaat under the expired link (Bp 8 re-grants the mandate).
    ended = date(2026, 1, 1)
    own = M("m1", "college", "manager", "bb", sub_mandate_levels=1, valid_until=ended)
    given = M("s1", "manager", "consulent", "bb", instrument=S, valid_from=date(2025, 6, 1))
    c = case([own, given])
    assert "MANDATE_SIGNING_NOT_BY_BODY" not in codes(c)
    assert ctx(c).authority.status["s1"] == Status.CHAIN_BROKEN
    assert any("s1" in f.mandates for f in of(c, "MANDATE_CHAIN_BROKEN"))
    # given after that mandate ended, or under one that left no level: no mandate allowed it
    late = replace(given, valid_from=date(2026, 2, 1))
    assert [f.mandates for f in of(case([own, late]), "MANDATE_SIGNING_NOT_BY_BODY")] == [("s1",)]
    none_left = replace(own, sub_mandate_levels=0)
    [f] = of(case([none_left, given]), "MANDATE_SIGNING_NOT_BY_BODY")
    assert f.mandates == ("s1",)


# ---------------------------------------------------------------- M2: the holder's own mandate
def test_m2_signing_is_quiet_where_the_holder_has_a_valid_mandate_of_its_own() -> None:
    need = Need("n3", "Noodbudget", "bb", 1500.0, "consulent", ("gem",))
    own = [
        M("m1", "college", "manager", "bb", sub_mandate_levels=2),
        M("m2", "manager", "teamleider", "bb", budget=5_000),
        M("m3", "teamleider", "consulent", "bb", budget=2_000),
        M("s1", "college", "consulent", "bb", instrument=S),
    ]
    assert "MANDATE_SIGNING_NO_POWER" not in codes(case(own, needs=[need]))
    # the same caseworker on a mandate too small for the need: a note naming who decides
    small = [*own[:2], replace(own[2], budget=1_000), own[3]]
    [f] = of(case(small, needs=[need]), "MANDATE_SIGNING_NO_POWER")
    assert f.severity == Severity.INFO
    assert f.needs == ("n3",)
    assert "‘Noodbudget’ neemt de teamleider in ondermandaat" in f.detail("nl")
    assert "bereidt dat besluit voor en mag het ondertekenen" in f.suggestion("nl")
    assert "n3" not in f.detail("nl")


# ---------------------------------------------------------------- J8: a private body's volmacht
def test_j8_a_non_public_body_grants_a_volmacht_not_a_mandate() -> None:
    volmacht = M("m11", "corp", "consulent", "stay", in_writing=False, consent=None)
    c = case([volmacht], powers=[BB, STAY], extra=[CORP], needs=[STAY_NEED])
    found = {f.code: f for f in of(c, "MANDATE_PRIVATE_LAW")}
    f = found[Code.MANDATE_PRIVATE_LAW]
    nl = f.detail("nl")
    # named as its organisation, it keeps its capitals (jurist L4)
    assert "Woningcorporatie Thuisplus is geen bestuursorgaan" in nl
    assert "privaatrechtelijke volmacht (art. 3:60 BW)" in nl
    assert "titel 10.1 Awb is er niet op van toepassing" in nl
    # the caseworker works for the municipality and decides for the creditor: two interests
    assert "behartigt zo in dezelfde casus twee belangen" in nl
    assert "die voor Gemeente Rivierstad werkt" in nl
    assert f.severity == Severity.WARNING
    assert "afspraak met woningcorporatie thuisplus, die" in f.suggestion("nl").casefold()
    # no Awb title 10.1 text on the volmacht: not 10:4, 10:5 nor 10:6
    awb = {
        "MANDATE_CONSENT_UNKNOWN",
        "MANDATE_CONSENT_MISSING",
        "MANDATE_NO_INFO_LINE",
        "MANDATE_GENERAL_NOT_IN_WRITING",
        "MANDATE_CASE_NOT_IN_WRITING",
    }
    assert not awb & codes(c)
    assert ctx(c).authority.valid("m11")  # the volmacht does pass the corporation's decision


def test_j8_the_corporations_own_staff_under_a_volmacht_is_a_note_only() -> None:
    clerk = Actor("clerk", "Medewerker verhuur", ActorKind.PARTNER, organisation="wc")
    own = M("m11", "corp", "clerk", "stay")
    c = case([own], powers=[BB, STAY], extra=[CORP, clerk])
    [f] = of(c, "MANDATE_PRIVATE_LAW")
    assert f.severity == Severity.INFO
    assert "twee belangen" not in f.detail("nl")
    # a public body's mandate is still a mandate under title 10.1
    assert "MANDATE_PRIVATE_LAW" not in codes(case([M("m1", "college", "manager", "bb")]))


def test_j8_a_volmacht_is_named_as_one() -> None:
    volmacht = M("m11", "corp", "consulent", "stay")
    c = case([volmacht], powers=[BB, STAY], extra=[CORP])
    [f] = of(c, "MANDATE_PRIVATE_LAW")
    assert "mandaat" not in f.title("nl").replace("geen mandaat", "")
    line = Relationship("r", "consulent", "corp", RelationKind.ACCOUNTABILITY)
    assert "MANDATE_NO_INFO_LINE" not in codes(
        case([volmacht], powers=[BB, STAY], extra=[CORP], rels=[line])
    )
    assert START  # the standard mandates start in 2025


def test_j8_the_partners_decision_is_reached_by_the_volmacht_without_contradiction() -> None:
    # NEED_PARTNER_NOT_REACHED said "nobody in the caseworker's organisation can take it" while
    # the caseworker held the corporation's volmacht; the volmacht finding says what it means
    volmacht = M("m11", "corp", "consulent", "stay")
    assert "NEED_PARTNER_NOT_REACHED" in codes(
        case([], powers=[BB, STAY], extra=[CORP], needs=[STAY_NEED])
    )
    held = codes(case([volmacht], powers=[BB, STAY], extra=[CORP], needs=[STAY_NEED]))
    assert "NEED_PARTNER_NOT_REACHED" not in held
    assert "MANDATE_PRIVATE_LAW" in held


# ---------------------------------------------------------------- J7: another body's power
def _gr_case(agreements: list[Agreement] | None = None, delegate: bool = True) -> Case:
    gr = Actor(
        "gr_db",
        "Dagelijks bestuur Kredietbank Rivierland",
        ActorKind.ADMINISTRATOR,
        organisation="gr",
    )
    need = Need(
        "n7",
        "Saneringskrediet van € 12.000",
        "kr",
        12_000,
        "consulent",
        ("gem", "gr"),
        Urgency.HIGH,
    )
    line = Relationship("k", "consulent", "gr_db", RelationKind.ESCALATION)
    kr = KR if delegate else replace(KR, holder="gr_db")
    basis = "Wet gemeenschappelijke regelingen art. 30"
    d1 = M("d1", "college", "gr_db", "kr", instrument=Instrument.DELEGATION, legal_basis=basis)
    mandates = [d1] if delegate else []
    return case(
        mandates,
        powers=[BB, kr],
        extra=[gr],
        rels=[line],
        needs=[need],
        agreements=agreements or [],
    )


def test_j7_a_delegated_public_power_is_not_pushed_through_by_agreement() -> None:
    c = _gr_case()
    assert not {"NEED_NO_PUSH_THROUGH", "NEED_PUSH_THROUGH_FAR"} & codes(c)
    [f] = of(c, "NEED_OTHER_BODY_DECIDES")
    nl = f.detail("nl")
    # a power in lower case mid-sentence (jurist L2)
    assert (
        "het dagelijks bestuur van Kredietbank Rivierland, dat ‘Saneringskrediet’ na delegatie"
        in nl
    )
    assert "onder eigen verantwoordelijkheid over beslist (art. 10:13 Awb)" in nl
    assert "Het college van B&W kan daarover alleen beleidsregels geven (art. 10:16 lid 1" in nl
    assert "de delegatie intrekken (art. 10:18 Awb)" in nl
    # 10:4 lid 1: also the consent of whoever the holder works under (jurist, third round J7;
    # fourth round N1: named in full, with its lid)
    assert (
        "mandaat, met instemming van de gemandateerde en van degene onder wiens "
        "verantwoordelijkheid hij werkt (art. 10:4 lid 1 Awb)" in nl
    )
    # no delegation "on a statutory basis" where none may exist (fourth round, map B)
    assert "alleen als een wettelijk voorschrift erin voorziet (art. 10:15 Awb)" in nl
    assert "doorbraakafspraak" not in f.suggestion("nl")
    assert "waarin de gemeente vertegenwoordigd is" in f.suggestion("nl")
    # held by the joint arrangement's body by statute: the same, without the delegation
    own = _gr_case(delegate=False)
    [g] = of(own, "NEED_OTHER_BODY_DECIDES")
    assert ", dat daarover zelf beslist." in g.detail("nl")  # not "op grond van de wet" (N2)
    # a power of the handler's own college spanning organisations keeps the push-through rule
    mine = Need("n7", "Bijstand", "bb", 100, "consulent", ("gem", "gr"))
    assert "NEED_OTHER_BODY_DECIDES" not in codes(case([], needs=[mine]))


def test_j7_an_agreement_cannot_place_another_bodys_power_with_its_decider() -> None:
    deal = Agreement(
        "a1",
        "Doorbraakafspraak schulden",
        AgreementKind.BREAKTHROUGH,
        ("gem", "gr"),
        "manager",
        ("kr",),
        valid_from=START,
    )
    [f] = of(_gr_case([deal]), "AGREEMENT_OVER_PUBLIC_POWER")
    assert f.severity == Severity.WARNING
    nl = f.detail("nl")
    assert "wijst de manager Werk en Inkomen aan als beslisser over ‘Saneringskrediet’" in nl
    assert "publiekrechtelijke bevoegdheid van het dagelijks bestuur van Kredietbank" in nl
    assert "(art. 10:4 lid 1 Awb)" in nl
    # the manager is no bestuursorgaan: delegation is no route (art. 10:13 Awb; jurist N5)
    assert (
        "delegatie is hier geen weg: die vraagt een wettelijk voorschrift "
        "dat erin voorziet (art. 10:15" in nl
    )
    # an agreement whose decider is the body itself, or that names no decider, is lawful
    own = replace(deal, decider="gr_db")
    assert "AGREEMENT_OVER_PUBLIC_POWER" not in codes(_gr_case([own]))
    assert "AGREEMENT_OVER_PUBLIC_POWER" not in codes(_gr_case([replace(deal, decider=None)]))


# ---------------------------------------------------------------- M7: a vacant post
def test_m7_a_vacant_post_leaves_the_sub_mandates_granted_under_it_in_force() -> None:
    from mapper.whatif import what_if

    need = Need("n1", "Noodbudget", "bb", 1_500, "consulent", ("gem",))
    chain = [
        M("m1", "college", "manager", "bb", sub_mandate_levels=2, budget=50_000),
        M("m2", "manager", "teamleider", "bb", budget=5_000),
        M("m3", "teamleider", "consulent", "bb", budget=2_000),
    ]
    c = case(chain, needs=[need])
    change = what_if(c, ["manager"])
    appeared = {f.code for f in change.appeared}
    assert not {"MANDATE_NO_LEGAL_ROOT", "MANDATE_CHAIN_BROKEN", "NEED_NO_HOLDER"} & appeared
    vacant = Context.of(c, without=["manager"]).authority
    assert vacant.valid("m2")  # granted by the post
    assert vacant.valid("m3")
    assert vacant.grant("consulent", "bb") is not None
    assert vacant.grant("manager", "bb") is None  # the post takes no decision itself
    # a mandate cut in the what-if (revoked) does take the chain below it down
    cut = {f.code for f in what_if(c, ["m2"]).appeared}
    assert "MANDATE_NO_LEGAL_ROOT" in cut or "MANDATE_CHAIN_BROKEN" in cut


# ---------------------------------------------------------------- M6: the council line
def test_m6_the_council_line_survives_when_findings_merge_into_one_cause() -> None:
    from mapper import analyse
    from models.example import example_case

    result = analyse(example_case())
    [cause] = [
        c for c in result.causes if any("SPHERES_OPPONENT_UNCONNECTED" in f for f in c.findings)
    ]
    nl = cause.suggestion("nl")
    assert "de raad informeren over het beleid achter de bedoeling (art. 169 Gemeentewet)" in nl
    assert "perslijn" in nl
    assert nl.count("Individuele casussen blijven daarbuiten.") == 1
    assert nl.endswith("Individuele casussen blijven daarbuiten.")
    # one opponent alone (the newspaper): its own suggestion, no council line
    from models import EntityKind

    alone = example_case()
    assert alone.update(EntityKind.ACTOR, "oppositie", {"stance": 0})
    [press] = [
        c
        for c in analyse(alone).causes
        if any("SPHERES_OPPONENT_UNCONNECTED" in f for f in c.findings)
    ]
    assert "art. 169" not in press.suggestion("nl")
    assert "perslijn" in press.suggestion("nl")


def test_m6_the_nota_reaches_a_council_member_through_the_council() -> None:
    from exports.risks import risks
    from mapper import analyse
    from models.example import example_case

    case = example_case()
    [communication] = [r for r in risks(case, analyse(case)) if r.name.nl == "Communicatie"]
    lines = {line.nl.split(" (")[0]: line.nl for line in communication.lines}
    council = lines["De fractievoorzitter oppositie"]  # a role in running text (jurist L4)
    assert "de raad informeren over het beleid (art. 169 Gemeentewet)" in council
    assert "perslijn" not in council
    assert "perslijn" in lines["Rivierstad Dagblad"]
    assert "art. 169" not in lines["Rivierstad Dagblad"]


# ---------------------------------------------------------------- in writing: not recorded
def test_a_mandate_whose_writing_is_not_recorded_is_said_so_not_called_oral() -> None:
    chain = [M("m1", "college", "manager", "bb", sub_mandate_levels=1)]
    unknown = case([*chain, M("m2", "manager", "consulent", "bb", in_writing=None)])
    [f] = of(unknown, "MANDATE_WRITING_NOT_RECORDED")
    assert f.severity == Severity.WARNING
    assert f.detail("nl").endswith(
        "geldt voor een soort besluiten; een algemeen mandaat moet schriftelijk worden verleend "
        "(art. 10:5 lid 2 Awb). De kaart legt niet vast of dat is gebeurd."
    )
    assert "Niet vastgelegd of het mandaat van de consulent schriftelijk is verleend" in f.title(
        "nl"
    )
    assert "MANDATE_GENERAL_NOT_IN_WRITING" not in codes(unknown)
    assert ctx(unknown).authority.valid("m2")  # not voiding, as an oral mandate is not either
    oral = case([*chain, M("m2", "manager", "consulent", "bb", in_writing=False)])
    assert "MANDATE_GENERAL_NOT_IN_WRITING" in codes(oral)
    assert "MANDATE_WRITING_NOT_RECORDED" not in codes(oral)
    written = case([*chain, M("m2", "manager", "consulent", "bb", in_writing=True)])
    assert not {"MANDATE_WRITING_NOT_RECORDED", "MANDATE_GENERAL_NOT_IN_WRITING"} & codes(written)


def test_in_writing_null_round_trips_through_the_file(tmp_path: Path) -> None:
    from models.fileformat import load, save

    c = case([M("m1", "college", "manager", "bb", in_writing=None)])
    save(c, tmp_path / "c.kvmap")
    back = load(tmp_path / "c.kvmap")
    assert back.mandates.get("m1").in_writing is None  # type: ignore[union-attr]


def test_a_case_mandate_outside_whose_writing_is_not_recorded_names_the_second_sentence() -> None:
    from models import Scope

    chain = [M("m1", "college", "manager", "bb", sub_mandate_levels=1)]
    outside = M(
        "m2",
        "manager",
        "consulent",
        "bb",
        in_writing=None,
        scope=Scope.CASE,
        holder_works_under_grantor=False,
        consent=True,
    )
    [f] = of(case([*chain, outside]), "MANDATE_WRITING_NOT_RECORDED")
    assert (
        "die niet onder verantwoordelijkheid van de manager werkt; dan moet "
        "ook een mandaat voor één geval schriftelijk worden verleend (art. 10:5 lid 2 Awb). De "
        "kaart legt niet vast of dat is gebeurd." in f.detail("nl")
    )
    assert "MANDATE_CASE_NOT_IN_WRITING" not in codes(case([*chain, outside]))
    inside = replace(outside, holder_works_under_grantor=True)
    assert "MANDATE_WRITING_NOT_RECORDED" not in codes(case([*chain, inside]))
