"""Public bodies and partners: only a public body holds a public-law power by statute; a
partner's own decision, or one no public body holds, is reached by agreement, never by mandate."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from mapper import analyse
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
from tests.mapper.legal_cases import (
    BB,
    START,
    M,
    case,
    codes,
    of,
)

#: a housing corporation: a partner, no public body
CORP = Actor("corp", "Woningcorporatie", ActorKind.PARTNER, organisation="wc")
#: staying an eviction, claimed for the corporation by statute
CLAIMED = Power(
    "stay",
    "Ontruiming aanhouden",
    PowerCategory.SUSPEND_ROUTINE,
    "Wet X",
    RuleType.STATUTE,
    holder="corp",
)
#: the same decision as the corporation's own, under the lease
STAY = replace(CLAIMED, legal_basis="Huurovereenkomst", rule_type=RuleType.INTERNAL)


# ---------------------------------------------------------------- public bodies, partners
def test_only_a_public_body_holds_a_public_law_power_by_statute() -> None:
    c = case([M("m1", "corp", "consulent", "stay")], powers=[CLAIMED], extra=[CORP])
    [f] = of(c, "POWER_HOLDER_NOT_PUBLIC_BODY")
    assert f.severity == Severity.WARNING
    assert "MANDATE_NO_LEGAL_ROOT" in codes(c)  # no legal root
    assert "De mandaten die de woningcorporatie voor die bevoegdheid verleende" in f.detail("nl")
    own = replace(CLAIMED, rule_type=RuleType.INTERNAL)
    assert "POWER_HOLDER_NOT_PUBLIC_BODY" not in codes(case([], powers=[own], extra=[CORP]))


def test_a_non_public_holder_is_worded_as_a_jurist_would() -> None:
    # a toegelaten instelling has statutory tasks (Woningwet), so not "no power by statute";
    # no mandates rest on it here, and no value from the program's own screens
    [f] = of(case([], powers=[CLAIMED], extra=[CORP]), "POWER_HOLDER_NOT_PUBLIC_BODY")
    text = f.title("nl") + f.detail("nl") + f.suggestion("nl")
    assert "geen bevoegdheid op grond van de wet" not in text
    assert "mandaten" not in f.detail("nl").lower()
    assert "‘intern’" not in text
    assert "eigen besluit" in f.suggestion("nl")
    # not circular: whoever is vested with public authority is a bestuursorgaan (art. 1:1 Awb)
    assert "alleen aan een bestuursorgaan toegekend" not in f.detail("nl")
    assert "art. 1:1 lid 1 onder a Awb" in f.detail("nl")
    assert "art. 1:1 lid 1 onder b Awb" in f.detail("nl")


def test_a_partners_own_decision_is_reached_by_agreement_never_by_mandate() -> None:
    need = Need(
        "n1", "Ontruiming aanhouden", "stay", None, "consulent", ("gem", "wc"), Urgency.HIGH
    )
    c = case([], powers=[STAY], extra=[CORP], needs=[need])
    [f] = of(c, "NEED_PARTNER_NOT_REACHED")
    assert "afspraak" in f.suggestion("nl")
    assert "mandat" not in f.suggestion("nl")
    assert "mandate" not in f.suggestion("en").replace("mandate it", "")
    deal = Agreement(
        "a1",
        "Convenant huisuitzettingen",
        AgreementKind.COVENANT,
        ("gem", "wc"),
        "teamleider",
        ("stay", "push_through"),
        valid_from=START,
    )
    agreed = case([], powers=[STAY], extra=[CORP], needs=[need], agreements=[deal])
    assert "NEED_PARTNER_NOT_REACHED" not in codes(agreed)


def test_push_through_across_organisations_comes_from_an_agreements_decider() -> None:
    ggz = Actor("ggzt", "GGZ-team", ActorKind.PARTNER, organisation="ggz")
    own_push = Power(
        "gp", "Voorrang geven", PowerCategory.PUSH_THROUGH, "", RuleType.INTERNAL, holder="ggzt"
    )
    need = Need("n1", "Behandeling starten", "other", None, "consulent", ("gem", "ggz"))
    c = case([], powers=[BB, own_push], extra=[ggz], needs=[need])
    [f] = of(c, "NEED_NO_PUSH_THROUGH")
    assert "doorbraakafspraak" in f.suggestion("nl")
    assert "mandat" not in f.suggestion("nl")
    deal = Agreement(
        "a1",
        "Doorbraakafspraak",
        AgreementKind.BREAKTHROUGH,
        ("gem", "ggz"),
        "teamleider",
        ("push_through",),
        valid_from=START,
    )
    agreed = case([], powers=[BB, own_push], extra=[ggz], needs=[need], agreements=[deal])
    assert not {"NEED_NO_PUSH_THROUGH", "NEED_PUSH_THROUGH_FAR"} & codes(agreed)


def test_mandates_and_agreements_ending_before_the_deadline() -> None:
    deadline = date(2026, 12, 1)
    need = Need(
        "n1", "Huurachterstand overnemen", "bb", 500, "consulent", ("gem", "ggz"), deadline=deadline
    )
    ggz = Actor("ggzt", "GGZ-team", ActorKind.PARTNER, organisation="ggz")
    deal = Agreement(
        "a1",
        "Doorbraakafspraak",
        AgreementKind.BREAKTHROUGH,
        ("gem", "ggz"),
        "teamleider",
        ("push_through",),
        valid_from=START,
        valid_until=date(2026, 11, 1),
    )
    short = [
        M("m1", "college", "manager", "bb", sub_mandate_levels=2, valid_until=date(2026, 10, 31)),
        M("m2", "manager", "teamleider", "bb"),
    ]
    c = case(short, extra=[ggz], needs=[need], agreements=[deal])
    [m] = of(c, "MANDATE_EXPIRES_BEFORE_DEADLINE")
    [a] = of(c, "AGREEMENT_EXPIRES_BEFORE_DEADLINE")
    assert m.mandates == ("m1",)
    assert m.needs == ("n1",)
    assert "1 december 2026" in m.detail("nl")
    assert "1 december 2026" in a.detail("nl")
    long = [replace(short[0], valid_until=None), short[1]]
    late = replace(deal, valid_until=None)
    fine = case(long, extra=[ggz], needs=[need], agreements=[late])
    assert not {"MANDATE_EXPIRES_BEFORE_DEADLINE", "AGREEMENT_EXPIRES_BEFORE_DEADLINE"} & codes(
        fine
    )


# ---------------------------------------------------------------- decisions no public body holds
def test_a_decision_no_public_body_holds_is_reached_through_an_agreements_decider() -> None:
    ggz = Actor("ggzt", "GGZ-team", ActorKind.PARTNER, organisation="ggz")
    joint = Power("joint", "Behandeling met voorrang", PowerCategory.OTHER, "Convenant")
    need = Need("n1", "Behandeling met voorrang", "joint", None, "consulent", ("gem", "ggz"))
    alone = case([], powers=[BB, joint], extra=[ggz], needs=[need])
    assert "NEED_NO_HOLDER" in codes(alone)
    deal = Agreement(
        "a1",
        "Zorgconvenant",
        AgreementKind.COVENANT,
        ("gem", "ggz"),
        "teamleider",
        ("joint", "push_through"),
        valid_from=START,
    )
    agreed = case([], powers=[BB, joint], extra=[ggz], needs=[need], agreements=[deal])
    assert not {"NEED_NO_HOLDER", "NEED_HOLDER_FAR", "NEED_NO_PUSH_THROUGH"} & codes(agreed)


def test_a_decision_no_public_body_holds_is_never_suggested_as_a_mandate() -> None:
    # a joint decision of the municipality and the GGZ provider with no public-law holder and
    # no agreement: the suggestion is an agreement between them, not "have the body mandate it"
    joint = Power(
        "samen",
        "Zorg en schuldhulp samen starten",
        PowerCategory.OTHER,
        "",
        RuleType.INTERNAL,
        holder=None,
    )
    need = Need("n1", "Samen starten", "samen", None, "consulent", ("gem", "ggz"))
    [f] = of(case([], powers=[joint], needs=[need]), "NEED_NO_HOLDER")
    assert "mandateren" not in f.suggestion("nl")
    assert "afspraak tussen Gemeente Rivierstad en GGZ Rivierland" in f.suggestion("nl")


# ---------------------------------------------------------------- a partner's own decision
def test_a_covenant_in_force_reaches_the_partners_own_decision() -> None:
    # the example's eviction stay is the corporation's own private-law decision; the covenant
    # that covers it expired. Renewing it is the lawful fix: neither "out of reach" nor
    # "nobody can push through" (no one holds doorzettingsmacht over a private decision)
    from models import EntityKind
    from models.example import example_case

    expired = example_case()
    assert "NEED_PARTNER_NOT_REACHED:n1" in {f.id for f in analyse(expired).findings}
    renewed = example_case()
    assert renewed.update(EntityKind.AGREEMENT, "g1", {"valid_until": date(2027, 12, 31)})
    about_n1 = {f.code for f in analyse(renewed).findings if "n1" in f.needs}
    assert not about_n1 & {"NEED_PARTNER_NOT_REACHED", "NEED_NO_PUSH_THROUGH"}
