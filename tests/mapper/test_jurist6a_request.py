"""Jurist, sixth round N2: a power whose act is a request (no besluit) in every check."""

from __future__ import annotations

from mapper import analyse
from mapper.checks.intent import own_decisions
from mapper.context import Context
from mapper.wording import to_do
from models import (
    Actor,
    ActorKind,
    CaseInfo,
    Need,
    Power,
    PowerAct,
    PowerCategory,
    RuleType,
    Urgency,
)
from tests.mapper.legal_cases import AS_OF, M, case

VM = Power("vm", "Verzoek machtiging gesloten jeugdhulp indienen", PowerCategory.OTHER,
           "Jeugdwet art. 6.1.2", RuleType.STATUTE, holder="college",
           act=PowerAct.REQUEST)  # fmt: skip
WMO = Power("wmo", "Maatwerkvoorziening Wmo toekennen", PowerCategory.SPEND_BUDGET,
            "Wmo 2015 art. 2.3.5", RuleType.ORDINANCE, holder="college")  # fmt: skip
GW = Actor("gw", "Gedragswetenschapper", ActorKind.PROFESSIONAL, organisation="gr")


def test_a_separable_verb_splits_around_te() -> None:
    # with its articles (jurist, seventh round W5)
    assert to_do(VM.name, "nl") == (
        "om een verzoek om een machtiging gesloten jeugdhulp in te dienen"
    )
    assert to_do(WMO.name, "nl") == "om maatwerkvoorziening Wmo toe te kennen"
    assert to_do("Resultaten toetsen", "nl") == "om resultaten te toetsen"
    assert to_do("Bijzondere bijstand verlenen", "nl") == "om bijzondere bijstand te verlenen"


def _consent(power: Power) -> str:
    c = case([M("m1", "college", "gw", power.id)], powers=[power], extra=[GW])
    [f] = [f for f in analyse(c).findings if f.code == "MANDATE_CONSENT_UNKNOWN"]
    return f.title("nl") + "\n" + f.detail("nl") + "\n" + f.detail("en")


def test_consent_to_a_request_speaks_of_machtiging_and_art_10_12() -> None:
    text = _consent(VM)
    assert "met de machtiging is niet vastgelegd" in text
    assert (
        "Voor de machtiging om een verzoek om een machtiging gesloten jeugdhulp in te dienen die"
        in text
    )
    assert "instemming nodig van de gemachtigde" in text
    assert "(art. 10:12 jo. 10:4 lid 1 Awb)" in text
    assert "(Awb 10:12 with 10:4(1))" in text
    assert "mandaat" not in text.split("\n")[0]
    assert "te indienen" not in text


def test_consent_to_a_besluit_still_speaks_of_mandaat() -> None:
    text = _consent(WMO)
    assert "met het mandaat is niet vastgelegd" in text
    assert "Voor het mandaat om maatwerkvoorziening Wmo toe te kennen dat" in text
    assert "(art. 10:4 lid 1 Awb)" in text
    assert "10:12" not in text


def test_the_college_does_not_decide_a_request_or_a_delegated_power_itself() -> None:
    need = Need("n1", "Verzoek indienen", "vm", None, "gw", ("gem",), Urgency.HIGH)
    need2 = Need("n2", "Maatwerk", "wmo", None, "consulent", ("gem",), Urgency.HIGH)
    c = case([], info=CaseInfo("t", as_of=AS_OF), powers=[VM, WMO], needs=[need, need2], extra=[GW])
    assert own_decisions(Context.of(c), "college") == ["wmo"]


def test_no_other_body_finding_when_the_handler_holds_the_power() -> None:
    need = Need("n1", "Verzoek indienen", "vm", None, "gw", ("gem",), Urgency.HIGH)
    c = case([M("m1", "college", "gw", "vm")], powers=[VM], needs=[need], extra=[GW])
    codes = {f.code for f in analyse(c).findings}
    assert "NEED_OTHER_BODY_DECIDES" not in codes
