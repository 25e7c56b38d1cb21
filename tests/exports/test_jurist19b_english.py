"""rev-jurist19's R7-R12 on the English nota (issue 14, session 19): the kinds' English names,
one name for the college, Beslispunt 9's English and four sentences. Each test fails on the
wording before it; a 300-actor generated map has every case but the four colleges of Bp 9
(test_jurist17c_points.py checks those on the 2,000 map)."""

from __future__ import annotations

from functools import cache

from benchmarks.generate import generate_case
from exports.decisions import decision_points
from mapper import analyse
from mapper.analysis import Analysis
from mapper.codes import Code
from models.case import Case
from models.enums import ActorKind
from models.example import example_case
from models.labels import label, parse_label


@cache
def _mapped() -> tuple[Case, Analysis]:
    case = generate_case(300, seed=0)
    return case, analyse(case)


def _said(code: Code) -> list[str]:
    _, analysis = _mapped()
    return [
        t
        for f in analysis.findings
        if f.code == code
        for t in (f.title.en, f.detail.en, f.suggestion.en if f.suggestion else "")
    ]


def test_no_kind_is_called_executive_beside_the_executive_that_decides() -> None:
    # R7: Annex B had the colleges "Administrator" and the directeuren "Executive", while page 1
    # says "The Executive decides:"
    assert label(ActorKind.EXECUTIVE, "en") == "Senior management"
    assert label(ActorKind.ADMINISTRATOR, "en") == "Executive (bestuurder)"
    english = [label(k, "en") for k in ActorKind]
    assert len(set(english)) == len(english)
    assert "Executive" not in english
    assert "Administrator" not in english
    # the Dutch stays; files and registers written with the old names still read
    assert label(ActorKind.EXECUTIVE, "nl") == "Directie"
    assert label(ActorKind.ADMINISTRATOR, "nl") == "Bestuurder"
    assert parse_label(ActorKind, "Administrator") is ActorKind.ADMINISTRATOR
    assert parse_label(ActorKind, "Executive") is ActorKind.EXECUTIVE
    assert parse_label(ActorKind, "Senior management") is ActorKind.EXECUTIVE
    assert parse_label(ActorKind, "Executive (bestuurder)") is ActorKind.ADMINISTRATOR


def test_the_addressee_has_one_name_in_english() -> None:
    # R8: "To: College B&W 1", "The Executive decides:", "the college's mandate", "put to the
    # college for ratification", "the executive of its own organisation", "their own executive"
    from exports.nota import _decide_intro

    case, analysis = _mapped()
    assert _decide_intro(case, "en") == "The College B&W 1 decides:"
    assert _decide_intro(case, "nl") == "Het college besluit:"
    assert _decide_intro(example_case(), "en") == "The Executive decides:"
    en = decision_points(case, analysis, "en")
    assert not [p for p in en if "the college" in p]
    [again] = [p for p in en if p.startswith("not to have the three expired sub-mandates")]
    assert "as the mandate the College B&W 1 granted does not allow that sub-mandate" in again
    assert (
        "to have the decisions taken under these three expired sub-mandates listed and those no "
        "valid (sub-)mandate covered put to the College B&W 1 for ratification"
    ) in en
    # the risk line's "the Executive" would be a name page 1 no longer defines
    from exports.risks import risks

    shared = [t.en for r in risks(case, analysis, anonymised=True) for t in r.lines]
    assert [
        t
        for t in shared
        if t.endswith("Share it only with the College B&W 1 and those handling the case.")
    ]
    example = example_case()
    shared = [t.en for r in risks(example, analyse(example), anonymised=True) for t in r.lines]
    assert [t for t in shared if "Share it only with the Executive and those handling" in t]
    said = _said(Code.INTENT_NOT_PASSED_DOWN) + _said(Code.MANDATE_SIGNING_NO_POWER)
    assert not [t for t in said if "executive" in t.casefold()]
    assert [t for t in said if "must go up to the public body that holds the power." in t]
    assert [t for t in said if "ask the public body whose decisions they sign to grant" in t]


def test_beslispunt_9_grants_first_and_names_roles_in_english() -> None:
    # R9: "to have the expired signing authorisation a directeur gave without a mandate that
    # allowed it granted in writing by that college itself, not again by the directeur"
    case, analysis = _mapped()
    en = decision_points(case, analysis, "en")
    assert (
        "to ask the College B&W 4 to grant, by its own written decision, the expired signing "
        "authorisation that a director gave without a mandate that allowed it, or to allow in "
        "its own mandate decision that the official grants it again (Awb 10:11; compare Awb "
        "10:9(1))"
    ) in en  # not "to grant itself" (rev-jurist19b N4); one rule with Bp 11/12 (N2)
    assert not [p for p in en if "directeur" in p or "that college" in p]
    nl = decision_points(case, analysis, "nl")
    assert [
        p
        for p in nl
        if p.endswith(
            "dat die ambtenaar haar opnieuw verleent (art. 10:11 Awb; vgl. art. 10:9 lid 1 Awb)"
        )
    ]


def test_the_four_sentences_read_as_english() -> None:
    # R10 is in tests/mapper/test_jurist16_groups.py; R11: "cannot authorise signing decisions
    # of" read "signing decisions" as a noun; R12: "to mandate those eight directly" mandated
    # grants, and the powers were named in Dutch in §5.9 ("‘Routine opschorten’")
    [title] = [t for t in _said(Code.MANDATE_SIGNING_NOT_BY_BODY) if t.startswith("The Dir")][:1]
    assert title.startswith(
        # the Directeur 4.2, not 2.1, since rev-jurist19c J1: 2.1's own mandate allowed it
        "The Directeur 4.2 cannot authorise anyone to sign decisions of the College B&W 4;"
    )
    case, analysis = _mapped()
    en = decision_points(case, analysis, "en")
    assert [p for p in en if "and to grant the holders of those eight a direct, written " in p]
    assert not [p for p in en if "to mandate those" in p]
    [room] = [t for t in _said(Code.INTENT_NOT_PASSED_DOWN) if t.startswith("The College")]
    assert "hold ‘suspend the routine’ and ‘deviate from a rule’ but" in room
    assert "Routine opschorten" not in room
    assert "Afwijken van regel" not in room
    # §5.23: "The decision that follows (for example ‘Budget besteden’)"
    [triage] = [t for t in _said(Code.TRIAGE_ROLE_WITHOUT_MANDATE) if "for example ‘" in t][:1]
    assert "(for example ‘spend budget’)" in triage
