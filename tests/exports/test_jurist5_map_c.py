"""Map C, the huisbezoek (tests/exports/jurist5_map_c.py): the known answer of its findings. The
map's law is sound (the college holds bijzondere bijstand, art. 35 Participatiewet; mandated to
the manager up to € 10.000 with one sub-level, on to the consulent up to € 2.000, who handles a
decision of € 1.500), so no mandate, delegation or need finding; the home-visit rule the college
made after a council motion is the risk-rule reflex and needs the applicant's consent (art. 12
Grondwet; art. 8 EVRM; jurist rounds 7 and 8, W10/N7); the partners on the visit hold no power
and their signals reach no one who owns the rules."""

from __future__ import annotations

from collections import Counter
from datetime import date

from exports.anonymise import anonymise
from exports.register_status import mandate_statuses
from mapper.analysis import analyse
from tests.exports.jurist5_map_c import map_c

KNOWN = Counter({
    "LEARNING_NO_FEEDBACK_PATH": 1,  # no route from the consulent back to the college's rules
    "TRIAGE_NOT_ORGANISED": 1,
    "STRUCTURE_CARRYING_ACTOR": 2,  # the manager and the secretaris carry every line
    "SPHERES_SINGLE_BRIDGE": 1,  # the partners meet the municipality only through the consulent
    "LEARNING_EXTERNAL_SIGNALS_LOST": 1,  # the woonconsulent's and begeleider's signals
    "RULE_RISK_REFLEX": 1,  # the home visit at every application
    "INTENT_NO_DEVIATION_POWER": 1,
    "SIGNAL_NO_DECIDER": 1,
    "TRUST_NOT_MAPPED": 1,
})  # fmt: skip


def test_map_c_findings_are_the_known_answer() -> None:
    found = analyse(map_c()).findings
    assert Counter(f.code for f in found) == KNOWN
    assert not [f for f in found if f.code.startswith(("MANDATE_", "DELEGATION_", "NEED_"))]
    partners = next(f for f in found if f.code == "LEARNING_EXTERNAL_SIGNALS_LOST")
    assert set(partners.actors) == {"corporatie", "begeleider"}


def test_map_c_home_visit_needs_consent() -> None:
    [f] = [f for f in analyse(map_c()).findings if f.code == "RULE_RISK_REFLEX"]
    assert f.detail("nl") == (
        "De regel ‘Huisbezoek bij elke aanvraag van een jongere’ is na een motie van de raad "
        "ingevoerd op 1 maart 2025 (Motie na een raadsdebat over misbruik). De regel voegt één "
        "extra stap toe aan elke casus van ‘Bijzondere bijstand verlenen’, ook waar het risico van "
        "toen niet speelt. Dat is de risicoregelreflex: na één debat een nieuwe regel voor "
        "iedereen. Een huisbezoek vraagt toestemming van de aanvrager; zonder toestemming mag "
        "niemand de woning binnengaan, tenzij een wet daarin voorziet (art. 12 Grondwet; art. 8 "
        "EVRM). Een huisbezoek bij elke aanvraag, zonder redelijke grond in het individuele "
        "geval, is juridisch kwetsbaar."
    )
    assert "(art. 12 of the Dutch Constitution; art. 8 ECHR)" in f.detail("en")


def test_map_c_register_and_pseudonyms() -> None:
    assert mandate_statuses(map_c(), date(2026, 10, 1), "nl") == {"m1": "geldig", "m2": "geldig"}
    case = map_c()  # the anonymiser keeps the order; it renames the provider's ids
    names = {a.id: b.name for a, b in zip(case.actors, anonymise(case, "nl").actors, strict=True)}
    # the provider's begeleider is named by role and provider (new user 12b, C3), the
    # corporation's woonconsulent keeps his role (a housing corporation is no care provider)
    assert names["begeleider"] == "Begeleider van de zorgaanbieder"
    assert names["corporatie"] == "Woonconsulent Woningcorporatie Thuisplus"
    assert names["consulent"] == "Consulent wijkteam"
