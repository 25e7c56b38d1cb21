"""Jurist round 7 (W9, W10, W5, W11, W13): known answers of the analysis texts, nl and en."""

from __future__ import annotations

from mapper import analyse
from mapper.checks import learning, rules
from mapper.context import Context
from mapper.findings import Finding
from models import Actor, ActorKind, Case, CaseInfo, Power, Role, Rule, RuleOrigin, RuleType
from models.example import example_case
from tests.mapper.legal_cases import M
from tests.mapper.legal_cases import case as legal_case
from tests.mapper.test_jurist6a_request import GW, VM, WMO

HANDLER = Actor("p", "Consulent", ActorKind.PROFESSIONAL, roles=(Role.CASE_HANDLER,))
COLLEGE = Actor("college", "College van B&W", ActorKind.ADMINISTRATOR)
RAAD = Actor("raad", "Gemeenteraad", ActorKind.COUNCIL)
POWER = Power("bb", "Bijzondere bijstand verlenen", holder="college")


def test_w9_no_rule_owner_names_the_college_for_its_policy_rules() -> None:
    case = Case.from_parts(CaseInfo("t"), [HANDLER, COLLEGE], powers=[POWER])
    (finding,) = [f for f in learning.check(Context.of(case)) if f.code == "LEARNING_NO_RULE_OWNER"]
    assert finding.detail.nl == (
        "De kaart noemt niet wie de regels vaststelt; voor beleidsregels bij ‘Bijzondere "
        "bijstand verlenen’ is dat het college van B&W, dat de bevoegdheid heeft (art. 4:81 lid 1 "
        "Awb). Lessen uit de casus kunnen nergens heen."
    )
    assert finding.detail.en == (
        "The map does not say who sets the rules; for policy rules on ‘Bijzondere bijstand "
        "verlenen’ that is the municipal executive (College van B&W), which holds the power (Awb "
        "4:81(1)). Lessons from the case have nowhere to go."
    )
    assert "eigenaar" not in finding.suggestion.nl


def test_w9_no_way_back_lists_the_college_beside_the_council_for_policy_rules() -> None:
    power = Power(
        "bb", "Bijzondere bijstand verlenen", rule_type=RuleType.POLICY_RULE, holder="college"
    )
    raad = Actor("raad", "Gemeenteraad", ActorKind.COUNCIL, roles=(Role.RULE_OWNER,))
    case = Case.from_parts(CaseInfo("t"), [HANDLER, COLLEGE, raad], powers=[power])
    (finding,) = [
        f for f in learning.check(Context.of(case)) if f.code == "LEARNING_NO_FEEDBACK_PATH"
    ]
    assert "(de gemeenteraad en het college van B&W): de raad" in finding.detail.nl
    assert (
        "(the Gemeenteraad and the municipal executive (College van B&W)): the council"
        in finding.detail.en
    )
    statute = Case.from_parts(CaseInfo("t"), [HANDLER, COLLEGE, raad], powers=[POWER])
    (plain,) = [
        f for f in learning.check(Context.of(statute)) if f.code == "LEARNING_NO_FEEDBACK_PATH"
    ]
    assert "(de gemeenteraad): de raad" in plain.detail.nl


def test_w10_a_home_visit_at_every_application_needs_a_reasonable_ground() -> None:
    rule = Rule(
        "hb",
        "Huisbezoek bij elke aanvraag van een jongere",
        owner="college",
        applies_to=("bb",),
        origin=RuleOrigin.MOTION,
        burden=1,
    )
    case = Case.from_parts(CaseInfo("t"), [HANDLER, COLLEGE], powers=[POWER], rules=[rule])
    (finding,) = [f for f in rules.check(Context.of(case)) if f.code == "RULE_RISK_REFLEX"]
    assert finding.detail.nl == (
        "De regel ‘Huisbezoek bij elke aanvraag van een jongere’ is na een motie van de raad "
        "ingevoerd. De regel voegt één extra stap toe aan elke casus van ‘Bijzondere bijstand "
        "verlenen’, ook waar het risico van toen niet speelt. Dat is de risicoregelreflex: na één "
        "debat een nieuwe regel voor iedereen. Een huisbezoek vraagt toestemming van de "
        "aanvrager; zonder toestemming mag niemand de woning binnengaan, tenzij een wet daarin "
        "voorziet (art. 12 Grondwet; art. 8 EVRM). Een huisbezoek bij elke aanvraag, zonder "
        "redelijke grond in het individuele geval, is juridisch kwetsbaar."
    )
    assert finding.detail.en.endswith(
        "A home visit at every application, without a reasonable ground in the individual "
        "case, is legally vulnerable."
    )
    assert "controle" not in finding.detail.nl


def _request_findings(power: Power) -> dict[str, Finding]:
    c = legal_case([M("m1", "college", "gw", power.id)], powers=[power], extra=[GW])
    return {f.code: f for f in analyse(c).findings}


def test_w5_a_machtiging_has_its_own_info_line_and_machtigingsbesluit() -> None:
    found = _request_findings(VM)
    info = found["MANDATE_NO_INFO_LINE"].detail
    assert (
        ": wie machtigt, kan instructies geven en de gemachtigde geeft desgevraagd inlichtingen "
        "(art. 10:12 jo. 10:6 Awb); die informatieplicht bestaat op grond van de wet." in info.nl
    )
    assert (
        ": whoever authorises may give instructions and the authorised person gives "
        "information when asked (Awb 10:12 with 10:6); that duty" in info.en
    )
    assert "mandaatgever" not in info.nl
    assert "gemandateerde" not in info.nl
    fix = found["MANDATE_CONSENT_UNKNOWN"].suggestion
    assert fix.nl.endswith("vast bij het machtigingsbesluit.")
    assert fix.en.endswith("with the authorisation decision.")


def test_w5_a_mandate_keeps_mandaatgever_and_mandaatbesluit() -> None:
    found = _request_findings(WMO)
    assert "de mandaatgever kan instructies geven (art. 10:6 lid 1 Awb)" in (
        found["MANDATE_NO_INFO_LINE"].detail.nl
    )
    assert found["MANDATE_CONSENT_UNKNOWN"].suggestion.nl.endswith("vast bij het mandaatbesluit.")


def test_w11_the_ground_for_sharing_data_is_the_statutory_task_not_consent() -> None:
    (f,) = [
        x for x in analyse(example_case()).findings if x.code == "TRUST_CITIZEN_DISTRUSTS_HANDLER"
    ]
    assert f.suggestion.nl.endswith(
        "Wie dat contact voert, deelt persoonsgegevens van mevrouw Jansen met Woningcorporatie "
        "Thuisplus: dat vraagt een heldere rol en een grondslag (art. 6 lid 1 onder e AVG: een "
        "taak van algemeen belang die de wet opdraagt; voor gezondheidsgegevens art. 9 AVG)."
    )
    assert f.suggestion.en.endswith(
        "Whoever conducts that contact shares the personal data of Mevrouw Jansen with "
        "Woningcorporatie Thuisplus: that needs a clear role and a ground (GDPR art. 6(1)(e): a "
        "task in the public interest the law assigns; for health data GDPR art. 9)."
    )
    assert "toestemming" not in f.suggestion.nl
