"""Jurist review, sixth round (issue 10, engineer jfix6b): known answers for N1 and N4."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import docx

from exports.anonymise_words import HEALTH
from exports.case_decision import case_point
from exports.casebook.note import _questions
from exports.casebook.phrases import category_phrase, key_phrase
from exports.casebook.words import invalid_mandate_line, steps_line
from exports.decisions import decision_points
from exports.nota import write_nota
from exports.register_write import register_rows
from mapper import analyse
from mapper.casebook.aggregate import StepCount
from mapper.codes import Code
from mapper.findings import Finding, Severity, Text
from models import Actor, ActorKind, Need, RuleOrigin, Urgency
from models.case import Case
from models.enums import EntityKind
from models.example import example_case
from models.i18n import Lang
from models.templates import template_case
from tests.mapper.test_jurist6_map_c import map_c
from tests.mapper.test_rules_register import REFLEX, _case

ROOT = Path(__file__).resolve().parents[2]


def test_the_moratorium_request_rests_on_art_5_wgs_and_the_besluit_gemeentelijke_shv() -> None:
    """N1/W1: art. 5 Wgs jo. Besluit gemeentelijke schuldhulpverlening (afkoelingsperiode);
    the Besluit breed moratorium no longer applies and art. 4a Wgs never did."""
    case = example_case()
    power = case.powers.get("moratorium")
    assert power is not None
    assert power.legal_basis == (
        "Wet gemeentelijke schuldhulpverlening art. 5 jo. "
        "Besluit gemeentelijke schuldhulpverlening (afkoelingsperiode)"
    )
    printed = repr(register_rows(case, "nl")) + repr(register_rows(case, "en"))
    assert "art. 5 Wgs jo. Besluit gemeentelijke schuldhulpverlening" in printed
    assert "4a" not in printed
    assert "breed moratorium" not in printed
    for path in (
        "examples/huisuitzetting-schulden-zorg.kvmap",
        "models/data/huisuitzetting-schulden-zorg.kvmap",
        "docs/file-format.md",
        "docs/example-v2.md",
        "mapper/checks/_room_bodies.py",
    ):
        text = (ROOT / path).read_text(encoding="utf-8")
        assert "breed moratorium" not in text, path
        assert "4a Wgs" not in text, path
        assert "schuldhulpverlening art. 4a" not in text, path


def _points(case: Case, lang: Lang) -> list[str]:
    return decision_points(case, analyse(case), lang)


def test_an_individual_decision_goes_to_the_gemeentesecretaris_not_the_wethouder() -> None:
    """N4: no wethouder steers a decision on an individual application (youth template)."""
    nl, en = _points(template_case("youth_care"), "nl"), _points(template_case("youth_care"), "en")
    # the deadline stands 30 days ahead of today since J12 (was lapsed): the decision is third
    assert nl[2] == (
        "de gemeentesecretaris te vragen ervoor te zorgen dat op de aanvraag ‘Intensieve "
        "ambulante hulp bij een aanbieder buiten het contract, € 18.000’ per direct wordt beslist "
        "door wie daartoe gemandateerd is (de teamleider Jeugdteam) en dat wie daartoe volmacht "
        "heeft, de aanvullende overeenkomst met de aanbieder sluit (art. 10:12 Awb), en het "
        "mandaat zo te beleggen dat zulke besluiten voortaan dicht bij de casus worden genomen"
    )
    assert en[2].startswith("to ask the municipal secretary to see to it that the application")
    # J11's leftover: the case review is the civil service's own working
    assert nl[0].startswith("de gemeentesecretaris te vragen een periodieke casusreflectie")
    assert en[0].startswith("to ask the municipal secretary to set up a regular case review")
    for text in (*nl, *en):
        assert "dit uit te werken" not in text
        assert "wethouder opdracht te geven een periodieke" not in text


def test_a_gr_s_decision_and_the_college_s_own_withdrawal_in_map_c() -> None:
    """N4, map C: the municipality takes no decision of the GR's bestuur (only beleidsregels,
    art. 10:16 lid 1 Awb), and the college withdraws its own mandate itself."""
    case = map_c()
    nl, en = _points(case, "nl"), _points(case, "en")
    assert nl[0].startswith(
        "de gemeentesecretaris te vragen ervoor te zorgen dat op de aanvraag ‘Bijzondere "
        "bijstand € 6.000 voor woninginrichting’ per direct wordt beslist"
    )
    # each point names the manager in full: a besluitenlijst quotes it alone (jurist 12b LANG-2)
    assert nl[1] == (
        "het mandaat aan de manager Werk en Inkomen voor ‘Algemene bijstand toekennen’ "
        "(Mandaatbesluit 2025) in te trekken"
    )
    assert en[1] == (
        "to withdraw the mandate to the Manager Werk en Inkomen for ‘Algemene bijstand "
        "toekennen’ (Mandaatbesluit 2025)"
    )
    assert not any("wethouder" in p or "directeur" in p for p in nl[:2])


def test_a_delegated_power_gets_beleidsregels_and_no_decision_of_the_college() -> None:
    """N4: an application on a power the college delegated to the GR's dagelijks bestuur."""
    case = map_c()
    case.add(
        EntityKind.NEED,
        Need(
            "n1",
            "Bijstand toekennen vóór afloop van de zoektermijn",
            "ab",
            None,
            "cgr",
            ("gem", "gr"),
            Urgency.HIGH,
        ),
    )
    finding = Finding(
        Code.NEED_NO_HOLDER,
        3,
        Severity.CRITICAL,
        Text("", ""),
        Text("", ""),
        Text("", ""),
        actors=("cgr", "db", "dir"),
        needs=("n1",),
    )
    assert case_point(case, finding, "nl") == (
        "de portefeuillehouder te vragen een voorstel voor te bereiden voor beleidsregels "
        "aan het dagelijks bestuur van het Werkbedrijf over de uitoefening van de gedelegeerde "
        "bevoegdheid ‘Algemene bijstand toekennen’ (art. 10:16 lid 1 Awb); op de aanvraag "
        "‘Bijstand toekennen vóór afloop van de zoektermijn’ beslist het dagelijks bestuur van "
        "het Werkbedrijf zelf"
    )
    english = case_point(case, finding, "en")
    assert english is not None
    assert "to prepare a proposal for policy rules to the executive board" in english


def _book(invalid: tuple[int, ...]) -> Any:
    step = StepCount("spend_budget", cases=(0, 1, 2), far=(0,), unreachable=(1,))
    book = SimpleNamespace(
        steps=[step], recurring=[], invalid_mandates=invalid, excluded_mandates=()
    )
    return SimpleNamespace(book=book, cases=[object()] * 7)


def test_the_casebook_note_s_phrases_as_the_jurist_wrote_them() -> None:
    """N6: the mandate line, "in één", no "een andere bevoegdheid", the rule's setter."""
    run = SimpleNamespace(book=SimpleNamespace(invalid_mandates=(0, 1, 2)), cases=[0] * 7)
    assert invalid_mandate_line(run, "nl") == (  # type: ignore[arg-type]
        # a volmacht's agreements are "gesloten", not "besloten" (tenth jurist J9)
        "In 3 van de 7 casussen steunen besluiten op een mandaat dat niet (meer) geldt. Wat "
        "daarop al is besloten of gesloten, is zonder bevoegdheid gedaan, voor zover geen ander "
        "geldig mandaat of geldige volmacht het dekte; het bevoegde orgaan kan het bekrachtigen. "
        "Wat nog moet worden besloten, hoort bij het bevoegde orgaan, of bij wie wel een geldig "
        "mandaat heeft."
    )
    assert "decided or concluded on it was done without authority, unless another valid " in (
        invalid_mandate_line(run, "en")  # type: ignore[arg-type]
    )
    assert invalid_mandate_line(run, "en").startswith(  # type: ignore[arg-type]
        "In 3 of the 7 cases decisions rest on a mandate that no longer holds (or never did)."
    )
    step = _book(()).book.steps[0]
    assert steps_line(step, 7, "nl") == (
        "Van de 3 casussen met een besluit waarvoor de bevoegdheid om budget te besteden nodig "
        "is, ligt die in één drie of meer stappen van de behandelaar vandaan; in één is vanaf de "
        "behandelaar niemand te bereiken die het besluit mag nemen."  # one denominator (J9)
    )
    assert "; in one nobody" in steps_line(step, 7, "en")
    assert category_phrase("other", "nl") == "een bevoegdheid van de soort ‘Overig’ op de kaart"
    assert category_phrase("other", "en") == "a power of the kind ‘Other’ on the map"
    assert (
        key_phrase("LEARNING_NO_RULE_OWNER", "nl") == "de kaart noemt niet wie de regel vaststelt"
    )
    assert key_phrase("LEARNING_NO_RULE_OWNER", "en") == "the map does not say who sets the rule"


def test_a_lapsed_mandate_asks_whether_it_is_granted_again() -> None:
    """N6: where the far decision's mandate no longer holds, the note asks about renewing it."""
    assert _questions(_book((0,)), "nl")[0] == (
        "Wordt het mandaat dat niet (meer) geldt, opnieuw verleend in de ene casus waarin de "
        "bevoegdheid om budget te besteden nu ver van de behandelaar ligt?"
    )
    assert _questions(_book((0,)), "en")[0].startswith("Is the mandate that no longer holds")
    assert _questions(_book(()), "nl")[0].startswith(
        "Hoort de bevoegdheid om budget te besteden dichter bij de behandelaar te liggen"
    )


def test_beslispunt_5_ratifies_only_what_the_ondermandaat_did_not_cover() -> None:
    """N8: the manager still decided on the secretaris's ondermandaat after 30 June 2026."""
    nl, en = _points(example_case(), "nl"), _points(example_case(), "en")
    # the mandate decision's point; who decides now follows it (rev-jurist16 N5)
    assert nl[-2].endswith(
        "en de besluiten die de manager sinds 1 juli 2026 op het verlopen mandaat nam, te laten "
        "inventariseren en de besluiten die geen geldig (onder)mandaat dekte, ter bekrachtiging "
        "aan het college voor te leggen"  # listed first, each put to the college (jurist 15 J2)
    )
    assert en[-2].endswith(
        "listed and those no valid (sub-)mandate covered put to the municipal executive for "
        "ratification"
    )


def test_a_rule_from_a_council_motion_is_put_to_the_college() -> None:
    """N8, map C: the college answers the motion to the raad, not the GR's directeur."""
    rule = dataclasses.replace(REFLEX, origin=RuleOrigin.MOTION)
    case = _case(rule_list=[rule])
    case.add(EntityKind.ACTOR, Actor("college", "College van B&W", ActorKind.ADMINISTRATOR))
    (f,) = [g for g in analyse(case).findings if g.code == "RULE_RISK_REFLEX"]
    assert f.suggestion("nl").startswith(
        "Vraag het college van B&W, dat de motie aan de raad beantwoordt, de regel te richten"
    )
    assert f.suggestion("en").startswith(
        "Ask the municipal executive (College van B&W), which answers the motion"
    )
    (g,) = [g for g in analyse(_case(rule_list=[REFLEX])).findings if g.code == "RULE_RISK_REFLEX"]
    assert g.suggestion("nl").startswith("Vraag de manager Werk de regel te richten")


def test_the_unequal_outcomes_headline_speaks_of_requests() -> None:
    """N8 (J4's residue): requests to deviate, not deviations, ended differently."""
    a = analyse(example_case())
    (f,) = [g for g in a.findings if g.code == "DEVIATION_UNEQUAL_OUTCOMES"]
    assert f.title("nl") == (
        "Vergelijkbare verzoeken om af te wijken van de regel ‘Beleidsregels bijzondere bijstand "
        "Rivierstad 2025’ liepen verschillend af"
    )
    assert f.title("en").startswith("Comparable requests to deviate from the rule")


def test_the_pseudonymised_nota_pairs_no_health_word_with_the_priority_agreement(
    tmp_path: Path,
) -> None:
    """N8 (N6 residue): "‘Start van specialistische zorg’ is een besluit van de zorgaanbieder"
    next to "een voorrangsafspraak voor urgente casussen" told a health fact; no sentence that
    names the neutral decision or the priority may hold one of the anonymiser's health words."""
    out = tmp_path / "nota.docx"
    write_nota(example_case(), out, lang="nl", picture=b"", anonymised=True)
    doc = docx.Document(str(out))
    texts = [p.text for p in doc.paragraphs]
    texts += [c.text for t in doc.tables for r in t.rows for c in r.cells]
    paired = [
        t for t in texts if "Besluit van de aanbieder" in t or "voorrang" in t or "urgentie" in t
    ]
    # the neutral name is not quoted as a title (rev-jurist16 J21)
    assert any("De beslissing ligt bij de zorgaanbieder" in t for t in texts)  # R10
    assert not any("‘Besluit van de aanbieder’" in t for t in texts)
    # with the insurer, on a quick assessment of urgency, not a priority lane (jurist 15, J16)
    assert any(
        "de zorgverzekeraar afspraken te maken over een snelle urgentiebeoordeling" in t
        for t in paired
    )
    assert [t for t in paired if HEALTH.search(t)] == []


def test_no_beslispunt_asks_the_college_to_edit_the_map() -> None:
    """N3/N4 (the rule is jfix6a's ``mapper.codes.MAP_GAPS``): a finding about the map being
    incomplete is an opmerking for whoever draws the map, never a decision of the college; map
    C's "neem die bevoegdheid dan op in de kaart" was one."""
    cases = [example_case(), map_c(), *(template_case(t) for t in ("debt_eviction", "wmo"))]
    cases.append(template_case("youth_care"))
    for case in cases:
        analysis = analyse(case)
        points = decision_points(case, analysis, "nl")
        assert points
        for point in points:
            for phrase in ("op de kaart", "in de kaart", "verwijder de actor"):
                assert phrase not in point, point
