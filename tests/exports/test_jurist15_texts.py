"""The fifteenth jurist's findings on the example and the youth-care template (rev-jurist15 J1,
J2, J7-J10, J13-J17, J19, J22, J23). Each test fails on the wording before it."""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

from exports.decisions import decision_points
from exports.nota import build_nota
from mapper import analyse
from mapper.analysis import Analysis
from models.example import example_case
from models.templates.youth_care import youth_care_case

DEC_5 = date(2026, 12, 5)  # the note's date, after the example's deadlines (J1)


@cache
def _example() -> Analysis:
    return analyse(example_case())


@cache
def _youth() -> Analysis:
    return analyse(youth_care_case())


def _texts(doc: Any) -> list[str]:
    texts = [p.text for p in doc.paragraphs]
    return texts + [c.text for t in doc.tables for r in t.rows for c in r.cells]


@cache
def _nota(lang: str = "nl") -> tuple[str, ...]:
    doc = build_nota(example_case(), lang=lang, picture=b"", today=DEC_5, anonymised=False)  # type: ignore[arg-type]
    return tuple(_texts(doc))


def _all(analysis: Analysis, lang: str) -> str:
    return "\n".join(
        t
        for c in analysis.causes
        for t in (c.title(lang), c.detail(lang), c.suggestion(lang))  # type: ignore[arg-type]
    ) + "\n".join(
        t
        for f in analysis.findings
        for t in (f.title(lang), f.detail(lang), f.suggestion(lang))  # type: ignore[arg-type]
    )


# ---------------------------------------------------------------- J1: the note's date


def test_j1_a_deadline_gone_by_the_note_s_date_is_asked_as_soon_as_possible() -> None:
    nota = _nota()
    assert not [t for t in nota if "vóór 5 november 2026" in t or "vóór 15 oktober" in t]
    assert any(
        "dat op 31 december 2025 verliep, met Woningcorporatie Thuisplus, zodat het zo spoedig "
        "mogelijk weer geldt;" in t
        for t in nota
    )
    assert (
        "Deze nota beschrijft de stand op 1 oktober 2026; de termijnen die op 15 oktober en "
        "5 november 2026 afliepen, zijn inmiddels verstreken."
    ) in nota
    assert any(
        t.startswith("Wat te organiseren: zorg dat er zo spoedig mogelijk weer een afspraak")
        for t in nota
    )


def test_j1_before_the_deadline_the_point_keeps_its_date() -> None:
    case = example_case()
    points = decision_points(case, _example(), "nl", date(2026, 10, 1))
    assert any("zodat het vóór 5 november 2026 weer geldt" in p for p in points)
    late = decision_points(case, _example(), "en", DEC_5)
    assert any("so that it applies again as soon as possible" in p for p in late)


# ---------------------------------------------------------------- J2: no blanket ratification


def test_j2_the_decisions_are_put_to_the_college_one_by_one() -> None:
    nl = decision_points(example_case(), _example(), "nl")
    # the mandate decision's point; who decides now follows it (rev-jurist16 N5)
    assert nl[-2].endswith(
        "te laten inventariseren en de besluiten die geen geldig (onder)mandaat dekte, ter "
        "bekrachtiging aan het college voor te leggen"
    )
    assert not [p for p in nl if p.endswith("te bekrachtigen")]


# ---------------------------------------------------------------- J7, J8: the youth template


def test_j7_the_risk_lines_name_the_time_limit_and_who_decides_without_authority() -> None:
    doc = build_nota(youth_care_case(), lang="nl", picture=b"", anonymised=False)
    texts = _texts(doc)
    assert (
        "Neemt de jeugdconsulent het besluit van € 18.000 zelf, dan is het onbevoegd genomen "
        "(mandaat tot € 10.000; art. 10:2 Awb)."
    ) in texts
    [late] = [t for t in texts if t.startswith("De termijn voor") and "4:13" in t]
    assert late.endswith(
        "verstreken. Is het een beslistermijn op een aanvraag (art. 4:13 Awb), dan dreigen na "
        "ingebrekestelling een dwangsom (art. 4:17 Awb) en beroep wegens niet tijdig beslissen "
        "(art. 6:2 onder b Awb)."
    )
    assert not [t for t in texts if t.endswith("verstreken (art. 4:17 Awb).")]


def test_j8_the_agreement_with_the_provider_needs_a_volmacht() -> None:
    nl = decision_points(youth_care_case(), _youth(), "nl")
    assert any(
        "(de teamleider Jeugdteam) en dat wie daartoe volmacht heeft, de aanvullende "
        "overeenkomst met de aanbieder sluit (art. 10:12 Awb)" in p
        for p in nl
    )


# ---------------------------------------------------------------- the catalogue's sentences


def test_j9_j10_j15_j17_j23_the_example_s_sentences() -> None:
    nl, en = _all(_example(), "nl"), _all(_example(), "en")
    # J9: the wethouder sits in the college, so "via het college" said nothing
    assert "De wethouder beslist niet zelf in de casus; die loopt via de ambtelijke lijn" in nl
    assert "hoort via het college" not in nl
    # J10: art. 2:4 forbids prejudice, not this mandate
    assert "Juridisch kan mandaat aan de manager, maar het verdraagt zich slecht met" in nl
    assert "(vgl. art. 2:4 Awb)" in nl
    # J15: ground (e) is a task in the public interest, health data under art. 9
    assert "(art. 6 lid 1 onder e AVG: een taak van algemeen belang die de wet opdraagt;" in nl
    assert "voor gezondheidsgegevens art. 9 AVG)" in nl
    assert "wettelijke taak van de gemeente (onder e)" not in nl
    # J17: an expired covenant is entered into again, not extended
    assert "ga het ‘Convenant voorkomen huisuitzettingen Rivierstad 2024’ opnieuw aan" in nl
    assert "Verleng het" not in nl
    assert "verleng het" not in nl
    # J23: a private party's decision is no besluit
    assert (
        "is een eigen beslissing van Woningcorporatie Thuisplus (geen besluit in de zin van art. "
        "1:3 Awb)"
    ) in nl
    assert "no decision within the meaning of Awb 1:3" in en


def test_j14_a_signing_authority_covers_no_amount() -> None:
    nl, en = _all(_example(), "nl"), _all(_example(), "en")
    assert " dragen ‘" not in nl
    assert " draagt ‘" not in nl
    # the title names the mandate alone: a signing authority covers no decision (rev-jurist16 J14)
    assert "dekt ‘Noodbudget voor de eerste huur en energie’ niet" in nl
    # the unreal past since rev-jurist17 R10
    assert "Ook als het geldig was geweest, had het mandaat hooguit € 1.000 gedekt" in nl
    assert "dekten het mandaat en de ondertekeningsmachtiging" not in nl
    assert "does not carry" not in en
    assert "do not carry" not in en
    youth = _all(_youth(), "nl")
    assert "Het mandaat van de jeugdconsulent dekt ‘Intensieve ambulante hulp" in youth


def test_j16_treatment_is_arranged_with_the_provider_and_the_insurer() -> None:
    nl = decision_points(example_case(), _example(), "nl")
    assert (
        "de wethouder Sociaal Domein te vragen met GGZ Rivierland en de zorgverzekeraar "
        "afspraken te maken over een snelle urgentiebeoordeling en een escalatieroute"
    ) in nl
    assert not [p for p in nl if "voorrangsafspraak" in p]


def test_j19_the_sentences_have_a_subject() -> None:
    nl = _all(_example(), "nl")
    assert (
        "Met de ondertekeningsmachtiging voor besluiten over bijzondere bijstand die het college "
        "van B&W aan de consulent wijkteam (Sanne) verleende, mag de consulent besluiten van het "
        "college ondertekenen (art. 10:11 Awb), niet nemen."
    ) in nl
    assert "verleende: die mag besluiten" not in nl
    assert (
        "Voor het mandaat om bijzondere bijstand te verlenen dat het college van B&W aan de "
        "schuldhulpverlener Kredietbank verleende, is instemming nodig van de gemandateerde"
    ) in nl
    youth = _all(_youth(), "nl")
    assert "is in mandaat gegeven aan de manager Jeugd en Onderwijs" in youth  # N10
    assert "haar gemandateerd" not in youth


# ---------------------------------------------------------------- J13, J22: the note


def test_j13_the_risk_line_cites_only_what_its_title_says() -> None:
    [line] = [
        t
        for t in _nota()
        if t.startswith("De instemming van de schuldhulpverlener") and t.endswith("Awb).")
    ]
    assert line.endswith("(art. 10:4 lid 1 Awb).")
    assert "10:3 lid 3" not in line


def test_j22_a_snapshot_and_now_on_one_day_differ_with_a_reason() -> None:
    assert (
        "De kolommen ‘1 oktober 2026’ en ‘Nu (1 oktober 2026)’ verschillen: de kaart is na de "
        "momentopname van 1 oktober 2026 nog aangevuld."
    ) in _nota()
