"""Beslispunt 6 of the 2,000-actor nota a jurist can sign (issue 14, rev-jurist17 R1-R4):
known answers on the benchmark's 2,000 map, each failing on the code before."""

from __future__ import annotations

import dataclasses

from exports.decisions import decision_points
from mapper.analysis import analyse
from models.case import Case
from models.enums import EntityKind
from models.fields import KINDS
from tests.exports.big_map import mapped as _mapped


def _renewed(case: Case, ids: set[str]) -> Case:
    parts = {kind: list(case.collection(kind)) for kind in KINDS}
    parts[EntityKind.MANDATE] = [
        dataclasses.replace(m, valid_until=None) if m.id in ids else m for m in case.mandates
    ]
    return Case.build(case.info, parts, checked=True, linked=True)


def test_the_college_does_not_renew_sub_mandates_its_mandate_does_not_allow() -> None:
    # R1, fails on the old code: "…, de drie die onder het college vallen, opnieuw te laten
    # verlenen" for m6, m8 and m12; renewed in a copy of the map, as rev-jurist17 did, each is a
    # sub-mandate the college's mandate does not allow
    case, analysis = _mapped(2000)
    renewed = analyse(_renewed(case, {"m6", "m8", "m12"}))
    flagged = {
        m.partition(":")[2].split("#")[0]
        for f in renewed.findings
        if f.code == "MANDATE_SUBMANDATE_NOT_ALLOWED"
        for m in (f.members or (f.id,))
    }
    assert {"m6", "m8", "m12"} <= flagged, flagged
    nl = decision_points(case, analysis, "nl")
    assert (
        "de drie verlopen ondermandaten aan de teamleider 1.0.0, de teamleider 1.0.1 en de "
        "teamleider 1.1.1 niet zoals ze waren opnieuw te laten verlenen, want het mandaat van het "
        "college staat dat ondermandaat niet toe (art. 10:9 lid 1 Awb), maar hun het mandaat "
        "rechtstreeks en schriftelijk te verlenen, of het mandaat aan de directeur 1.2 "
        "schriftelijk vast te leggen, in de mandaten aan de directeur 1.1 en de directeur 1.2 een "
        "niveau ondermandaat meer toe te staan en de ondermandaten dan schriftelijk opnieuw te "
        "laten verlenen" in nl  # jur17d: in writing (rev-jurist17b N1); jur18d: "zoals ze waren"
        # (rev-jurist18 K5, tests/exports/test_jurist18d_points.py)
    ), nl
    assert not [p for p in nl if "die onder het college vallen, opnieuw" in p]
    en = decision_points(case, analysis, "en")
    assert [p for p in en if p.startswith("not to have the three expired sub-mandates to the")]


def test_officials_of_other_municipalities_do_not_fall_under_the_college() -> None:
    # R2, fails on the old code: "…, onder meer van de consulent 2.17, de directeur 2.1 en de
    # manager 4.1.0, de drie die onder het college vallen"; English "… that fall under the college"
    case, analysis = _mapped(2000)
    # 139 and the manager 6.0.1: the four signing authorisations are a point of their own
    # since rev-jurist18 K3 (tests/exports/test_jurist18d_points.py)
    [nl] = [p for p in decision_points(case, analysis, "nl") if "andere 139" in p]
    assert nl.startswith(
        "de 49 andere bestuursorganen te vragen de andere 139 verlopen mandaten, ondermandaten en "
        "ondertekeningsmachtigingen (onder meer van de consulent 2.17, de directeur 2.1 en de "
        "manager 6.0.1) schriftelijk opnieuw te verlenen of te laten verlenen voor zover hun "
        "mandaatbesluit dat toestaat"
    ), nl
    en = decision_points(case, analysis, "en")
    assert not [p for p in en if "Manager 4.1.0 that fall under the college" in p]


def test_signing_by_civil_servants_is_granted_by_the_body_not_again() -> None:
    # R3, fails on the old code: "de vier ondertekeningsmachtigingen die een directeur of een
    # teamleider gaf, door het bestuursorgaan zelf, want alleen dat kan …" (no verb, "opnieuw")
    case, analysis = _mapped(2000)
    [nl] = [
        p
        for p in decision_points(case, analysis, "nl")
        if "de vier verlopen ondertekeningsmachtigingen" in p
    ]
    assert (
        "de vier verlopen ondertekeningsmachtigingen die een directeur of een teamleider gaf "
        "zonder dat een mandaat dat toestond, zelf schriftelijk te verlenen of in hun "
        "mandaatbesluit toe te staan dat die ambtenaren ze opnieuw verlenen (art. 10:11 Awb; "
        "vgl. art. 10:9 lid 1 Awb)" in nl
    ), nl  # a point of its own, "verlopen", and the four colleges named since rev-jurist18 K3;
    # "schriftelijk" since rev-jurist18b J3; "ze zelf", not "dat college" after four colleges
    # (rev-jurist19 R9); the body's own mandate decision may allow the official, as in the
    # current ones' points (rev-jurist19b N2)
    assert "want alleen dat kan" not in nl
    # the English grants first and names the roles in English (rev-jurist19 R9)
    [en] = [p for p in decision_points(case, analysis, "en") if "four expired signing" in p]
    assert en == (
        "to ask the College B&W 4, the College B&W 11, the College B&W 35 and the College B&W 38 "
        "to grant, each for its own decisions and by its own written decision, the four expired "
        "signing authorisations that a director or a team leader gave without a mandate that "
        "allowed it, or to allow in their own mandate decisions that those officials grant them "
        "again (Awb 10:11; compare Awb 10:9(1))"
    ), en  # not "to grant themselves", read as "grant to themselves" (rev-jurist19b N4)


def test_other_bodies_are_asked_to_list_and_ratify_their_own_decisions() -> None:
    # R4 (beslispunt 6), fails on the old code: the college B&W 1 itself "te laten
    # inventariseren" the decisions of 49 other bodies
    case, analysis = _mapped(2000)
    [nl] = [p for p in decision_points(case, analysis, "nl") if "genoemde 143" in p]
    assert nl == (
        "de 49 andere bestuursorganen te vragen de besluiten die op de in 8 en 9 genoemde 143 "
        "verlopen mandaten, ondermandaten en ondertekeningsmachtigingen zijn genomen of "
        "ondertekend, te inventariseren en de besluiten die geen geldig (onder)mandaat dekte "
        "of die zonder geldige machtiging zijn ondertekend, te bekrachtigen"
    ), nl  # three points since rev-jurist18 K3 (tests/exports/test_jurist18d_points.py)


def test_the_college_b_en_w_20_is_asked_to_list_and_ratify_its_own_decisions() -> None:
    # R4 (beslispunt 4), fails on the old code: "de besluiten die de consulent 20.9 … te laten
    # inventariseren en … ter bekrachtiging aan het college B&W 20 voor te leggen"
    case, analysis = _mapped(2000)
    [nl] = [p for p in decision_points(case, analysis, "nl") if "consulent 20.9" in p]
    assert nl.startswith(
        "het college B&W 20 te vragen de besluiten die de consulent 20.9 sinds 2 januari 2024 op "
        "het verlopen ondermandaat nam, te inventariseren en de besluiten die geen geldig mandaat "
        "dekte, te bekrachtigen, en het mandaat aan de directeur 20.2 voor het afwijken van een "
        "regel, dat op 1 januari 2024 verliep, opnieuw te verlenen"
    ), nl
    [en] = [p for p in decision_points(case, analysis, "en") if "Consulent 20.9" in p]
    assert en.startswith(
        "to ask the College B&W 20 to list the decisions the Consulent 20.9 took under the "
        "expired sub-mandate since 2 January 2024 and to ratify those no valid mandate covered, "
        "and to grant again the mandate to the Directeur 20.2"
    ), en  # not "to grant themselves", read as "grant to themselves" (rev-jurist19b N4)


def test_the_english_says_deviating_each_consultant_and_one_word_for_bestuursorgaan() -> None:
    # R11, fails on the old code: "The mandate for deviate from a rule" (nine times), "grant the
    # mandate to the consultant directly" where the Dutch has "aan elke consulent", and
    # "administrative body" in the beslispunten beside "public body" in chapter 5
    case, analysis = _mapped(2000)
    said = [
        t
        for c in analysis.causes
        for t in (c.title.en, c.detail.en, c.suggestion.en if c.suggestion else "")
    ]
    assert not [t for t in said if "for deviate from a rule" in t]
    assert [t for t in said if "The mandate for deviating from a rule that " in t]
    [remedy] = [t for t in said if "Consulent 3.9 (three levels)" in t]
    # "each of them", not "each consultant" beside "the Consulent 3.9" (rev-jurist19 R12)
    assert "Consulent 3.9 (three levels), or to grant the mandate to each of them directly." in (
        remedy
    )
    en = decision_points(case, analysis, "en")
    assert not [p for p in en if "administrative bod" in p]
    assert [p for p in en if p.startswith("to ask the 49 other public bodies to grant")]


def test_the_legal_risk_counts_the_expired_mandate_of_beslispunt_4_too() -> None:
    # R5, fails on the old code: "een van de 139 verlopen mandaten en ondermandaten" while the map
    # has 140 (the consulent 20.9's ondermandaat has a finding, and a beslispunt, of its own)
    from exports.risks import risks

    case, analysis = _mapped(2000)
    [risk] = [r for r in risks(case, analysis) if r.name.nl == "Juridisch"]
    [line] = [t for t in risk.lines if "verlopen mandaten en ondermandaten" in t.nl]
    assert (
        "op een van de 140 verlopen mandaten en ondermandaten (waaronder dat van de consulent "
        "20.9) en die geen ander geldig mandaat dekte" in line.nl
    ), line.nl
    assert "one of the 140 expired mandates and sub-mandates (among them that of the " in line.en


def test_the_example_says_what_an_invalid_mandate_would_have_covered() -> None:
    # R10, fails on the old code: "Ook als het geldig was, dekte het mandaat hooguit € 1.000" and
    # "reikt ook als het geldig was niet verder dan € 1.000" (the unreal past is wanted)
    from exports.risks import risks
    from models import fileformat

    case = fileformat.load("examples/huisuitzetting-schulden-zorg.kvmap")
    analysis = analyse(case)
    said = " ".join(f.detail.nl for f in analysis.findings)
    assert "Ook als het geldig was geweest, had het mandaat hooguit € 1.000 gedekt, minder" in said
    assert "Ook als het geldig was, dekte" not in said
    lines = [t.nl for r in risks(case, analysis) for t in r.lines]
    assert [t for t in lines if "en zou ook als het geldig was geweest niet verder reiken dan" in t]
    en = " ".join(f.detail.en for f in analysis.findings)
    assert "Even if it had been valid, the mandate would have covered at most" in en


def test_a_valid_mandate_that_is_too_low_is_raised_not_made_valid() -> None:
    # R9, fails on the old code: "Laat de teamleider Jeugdteam dit besluit nemen, of zorg dat het
    # mandaat van de jeugdconsulent geldig is en het bedrag dekt" for a valid ondermandaat of
    # € 10.000 against € 18.000
    from models.templates.youth_care import youth_care_case

    analysis = analyse(youth_care_case())
    [f] = [f for f in analysis.findings if f.code == "NEED_HANDLER_MANDATE_FALLS_SHORT"]
    # widened, not only its amount raised, and not "Laat de teamleider Jeugdteam dit besluit
    # nemen" after "beslis nu: leg … voor aan de teamleider Jeugdteam" (rev-jurist17b N5, R9)
    assert f.suggestion.nl == "Verruim daarvoor het mandaat van de jeugdconsulent."
    assert f.suggestion.en == "To that end, widen the mandate of the Jeugdconsulent."
