"""The jurist's legal rests in the notas (issue 14, rev-jurist19 R1-R6, R13, R14), each failing
on the code before."""

from __future__ import annotations

import dataclasses
from functools import cache

from benchmarks.generate import generate_case
from exports.decisions import decision_points
from exports.risks_invalid import invalid_lines
from mapper.analysis import Analysis, analyse
from mapper.codes import Code
from models.case import Case
from models.enums import EntityKind
from models.example import example_case


@cache
def _mapped(n: int) -> tuple[Case, Analysis]:
    case = generate_case(n)
    return case, analyse(case)


def _points(lang: str) -> list[str]:
    case, analysis = _mapped(2000)
    return decision_points(case, analysis, lang)  # type: ignore[arg-type]


@cache
def _signed_by_manager() -> tuple[Case, Analysis]:
    """The example with the consulent's signing authorisation given by the manager, not the
    college (rev-jurist19's exsig.kvmap)."""
    case = example_case()
    m8 = case.mandates.get("m8")
    assert m8 is not None
    case.remove(EntityKind.MANDATE, "m8")
    case.add(EntityKind.MANDATE, dataclasses.replace(m8, grantor="manager_wi"))
    # and no level of ondermandaat left to the manager: with the example's one, it may
    # authorise signing itself (rev-jurist19b N3)
    m2 = case.mandates.get("m2")
    assert m2 is not None
    case.remove(EntityKind.MANDATE, "m2")
    case.add(EntityKind.MANDATE, dataclasses.replace(m2, sub_mandate_levels=0))
    return case, analyse(case)


def test_the_current_signing_authorisations_an_official_gave_have_a_point() -> None:
    # R1, fails on the old code: of the 42 signing authorisations officials gave, only the four
    # expired ones had a beslispunt (9); the 38 current ones none, nor what was signed on them
    nl = _points("nl")
    [expired] = [p for p in nl if "de vier verlopen ondertekeningsmachtigingen" in p]
    assert expired.startswith(
        "het college B&W 4, het college B&W 11, het college B&W 35 en het college B&W 38"
    ), expired
    # "nog niet verlopen", not "geldende": they are void (rev-jurist19b N1)
    [own] = [p for p in nl if p.startswith("de nog niet verlopen ondertekeningsmachtiging die")]
    [asked] = [p for p in nl if "23 andere nog niet verlopen ondertekeningsmachtigingen" in p]
    for p in (own, asked):
        assert "zelf schriftelijk te verlenen of in " in p, p
        assert "(art. 10:11 Awb; vgl. art. 10:9 lid 1 Awb)" in p, p
        assert "de besluiten die erop zijn ondertekend, te " in p, p
    assert asked.endswith("te inventariseren en te bekrachtigen"), asked
    # to whom, as Bp 4 and 7 say it (rev-jurist19b N5)
    assert own.endswith(
        "te laten inventariseren en ter bekrachtiging aan het college voor te leggen"
    ), own
    # 4 expired + 1 of the college's own + 23 of the others = the finding's 28 (42 before
    # rev-jurist19b N3: ten lie within a mandate that allows ondermandaat; 32 before
    # rev-jurist19c J1: four lay within their directeur's mandate, which has expired since)
    assert nl.index(expired) < nl.index(own) < nl.index(asked)
    en = _points("en")
    [asked_en] = [p for p in en if "23 other unexpired signing authorisations" in p]
    assert "that a director, a manager or a team leader gave" in asked_en, asked_en
    assert "and to list the decisions signed under them and ratify them" in asked_en, asked_en


def test_a_single_signing_authorisation_an_official_gave_has_a_point() -> None:
    # R4, fails on the old code: a single MANDATE_SIGNING_NOT_BY_BODY had no beslispunt
    case, analysis = _signed_by_manager()
    [nl] = [p for p in decision_points(case, analysis, "nl") if "ondertekeningsmachtiging" in p]
    assert nl.startswith(
        "de ondertekeningsmachtiging die de manager Werk en Inkomen aan de consulent wijkteam"
    ), nl
    assert "toe te staan dat de manager haar verleent" in nl, nl
    [en] = [p for p in decision_points(case, analysis, "en") if "signing authorisation" in p]
    # not "to grant itself", read as "grant to itself" (rev-jurist19b N4)
    assert en.startswith("to grant, by its own written decision, the signing authorisation that"), (
        en
    )


def test_a_single_signing_authorisation_an_official_gave_has_a_risk_line() -> None:
    # R4, fails on the old code: exports/risks_invalid.py wrote the line only for a group
    case, analysis = _signed_by_manager()
    lines = invalid_lines(case, analysis, lambda m: m.instrument)
    [nl] = [t.nl for t in lines if "ondertekeningsmachtiging" in t.nl]
    assert nl.startswith(
        "De manager Werk en Inkomen gaf de consulent wijkteam (Sanne) een "
        "ondertekeningsmachtiging die alleen het college van B&W kan verlenen: besluiten die "
        "erop zijn ondertekend, zijn ondertekend door wie daartoe niet gemachtigd was"
    ), nl


def test_the_grouped_signing_suggestion_names_whom_and_asks_the_colleges() -> None:
    # R5, R6, fail on the old code: "Vraag het college B&W 2 de machtiging te verlenen, of haar
    # op te nemen in het (onder)mandaatbesluit. Doe hetzelfde bij de directeur 4.2 en het
    # college B&W 4, …": not to whom, the directeur seemingly asked, and a cure that cures
    # nothing (the official's own sub-mandate decision)
    _, analysis = _mapped(2000)
    [f] = [f for f in analysis.findings if f.code == Code.MANDATE_SIGNING_NOT_BY_BODY]
    nl, en = f.suggestion("nl"), f.suggestion("en")
    assert nl.startswith(
        # B&W 4 first, not B&W 2, since rev-jurist19c J1: the directeur 2.1's own mandate
        # allowed m20 and has expired since
        "Vraag het college B&W 4 zelf de machtiging aan de manager 4.1.0 te verlenen, of in zijn "
        "mandaatbesluit toe te staan dat de directeur 4.2 haar verleent (vgl. art. 10:9 lid 1 "
        "Awb), en de besluiten die erop zijn ondertekend, te bekrachtigen. Vraag hetzelfde aan "
        "het college B&W 25 (machtiging van de directeur 25.2), aan het college B&W 50 "
        "(machtiging van de directeur 50.2), en zo voor 24 andere machtigingen. Laat het college "
        "B&W 1 zelf "
        "de machtiging aan de teamleider 1.1.0 verlenen, of in zijn mandaatbesluit toestaan dat "
        "de manager 1.1.0 haar verleent"
    ), nl
    assert "(onder)mandaatbesluit" not in nl, nl
    assert "Doe hetzelfde bij" not in nl, nl
    assert "Ask the same of the College B&W 25 (authorisation of the Directeur 25.2)" in en, en


def test_the_root_of_a_chain_is_referred_back_to_not_called_the_college() -> None:
    # R2, R3, fail on the old code: "alleen het college als oorspronkelijke mandaatgever
    # bepaalt" (about the college B&W 3 in a nota addressed to the college B&W 1), and "bepaalt
    # de mandaatgever" where the directeur is a mandaatgever too
    _, analysis = _mapped(2000)
    details = {f.code: f.detail("nl") for f in analysis.findings}
    assert (
        "; alleen dat college, als oorspronkelijke mandaatgever, bepaalt of en hoe ver "
        "ondermandaat is toegestaan" in details[Code.MANDATE_SUBMANDATE_NOT_ALLOWED]
    )
    assert (
        "Hoe ver ondermandaat gaat, bepaalt de oorspronkelijke mandaatgever, hier dat college "
        "(art. 10:9 lid 1 Awb); de directeur kan dat niet verruimen"
        in details[Code.MANDATE_SUBMANDATE_WIDENED]
    )


def test_the_mandate_holders_may_decide_they_do_not_hold_the_power() -> None:
    # R14, fails on the old code: "hebben alleen het college B&W 1, de directeur 1.1, … de
    # bevoegdheid" / "hold the power": a mandate holder exercises the college's power; "mogen
    # alleen … beslissen" / "are allowed to decide" ("may decide" would read as "might")
    _, analysis = _mapped(2000)
    [f, *_] = [f for f in analysis.findings if f.code == Code.NEED_HOLDER_UNREACHABLE]
    assert " mogen alleen het college B&W 1, de directeur 1.1, " in f.detail("nl"), f.detail("nl")
    assert " beslissen, en geen escalatie-" in f.detail("nl"), f.detail("nl")
    assert f.detail("en").startswith("Only the College B&W 1, the Directeur 1.1, "), f.detail("en")
    assert "hold the power" not in f.detail("en")
