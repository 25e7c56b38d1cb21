"""The nota's first page at scale (issue 14; new user at scale, session 15, G3/G4; jurist J6).

- G3: two groups of expired mandates are one beslispunt, "de 709 verlopen mandaten …", but 709
  stood in no heading (5.22 said 703, annex row D.3 the other six): the point now says where
  each count stands.
- G4/J6: the note is addressed to the college; with the college as the intent's owner the
  point read "het college B&W 1 te vragen het college een voorstel te doen" (it asked itself).
"""

from __future__ import annotations

from benchmarks.generate import generate_case
from exports.decisions import decision_points
from mapper.analysis import Analysis, analyse
from mapper.codes import Code
from mapper.findings import Finding, Severity, Text
from models.case import Case


def _group(names: list[str]) -> Finding:
    return Finding(
        Code.MANDATE_EXPIRED,
        4,
        Severity.WARNING,
        Text("", ""),
        Text("", ""),
        Text("", ""),
        members=tuple(f"MANDATE_EXPIRED:m{n}" for n in names),
        subjects=tuple(Text(f"the Consulent {n}", f"de consulent {n}") for n in names),
    )


def test_two_expired_groups_say_where_each_count_stands() -> None:
    from exports.group_decision import expired_group

    groups = [_group(["2.17", "4.7", "4.16"]), _group(["81.0", "117.9"])]
    nl = expired_group(Case(), groups, "nl", str, ["5.22", "5.2"])
    assert nl.startswith(
        "de vijf verlopen mandaten en ondermandaten (twee in paragraaf 5.2 en drie in "
        "paragraaf 5.22), onder meer van de consulent 2.17, de consulent 4.7 en de consulent "
        "4.16, opnieuw te verlenen"
    )
    en = expired_group(Case(), groups, "en", str, ["5.22", "5.2"])
    assert en.startswith(
        "to grant again the five expired mandates and "
        "sub-mandates (two in section 5.2 and three in section 5.22), among them those of the "
    )
    # one group: its count is its heading's, nothing added
    one = expired_group(Case(), groups[:1], "nl", str, ["5.22"])
    assert one.startswith("de drie verlopen mandaten en ondermandaten, van de consulent 2.17")


def test_the_college_does_not_ask_itself(mapped: tuple[Case, Analysis]) -> None:
    case, analysis = mapped
    owner = case.actors.get(case.info.intent_owner or "")
    assert owner is not None
    assert owner.name == "College B&W 1"
    nl = decision_points(case, analysis, "nl")
    assert not [p for p in nl if "te vragen het college" in p]
    asks = [p for p in nl if p.startswith("een voorstel te laten voorbereiden om het volgende")]
    assert (
        "een voorstel te laten voorbereiden om het volgende te verhelpen: niemand behandelt "
        "‘Besluit 3’" in asks
    )
    en = decision_points(case, analysis, "en")
    assert not [p for p in en if "to put a proposal to the Executive" in p]
    assert [p for p in en if p.startswith("to have a proposal prepared to remedy the following")]


def test_other_bodies_are_asked_to_change_their_own_mandate_decision() -> None:
    """J6: "het mandaatbesluit zo te wijzigen dat … en evenzo in de 79 andere gevallen", where
    those sat under about 48 other colleges; a college changes only its own mandaatbesluit."""
    case = generate_case(300, seed=0)
    analysis = analyse(case)
    [group] = [
        f for f in analysis.findings if f.code == "MANDATE_SUBMANDATE_NOT_ALLOWED" and f.members
    ]
    places = len({s.nl if isinstance(s, Text) else str(s) for s in group.subjects})
    assert places == 11  # the heading's count: three under the first college, eight elsewhere
    nl = decision_points(case, analysis, "nl")
    assert (
        # the first member's college is not the one the nota is for: asked (jurist 15, J6)
        "het college B&W 3 te vragen zijn mandaatbesluit zo te wijzigen dat de consulent 3.9 "
        "rechtstreeks en schriftelijk gemandateerd is voor het afwijken van een regel, en evenzo "
        "in de twee andere gevallen waarin dat ondermandaat niet is toegestaan"
    ) in nl
    assert (
        "de vier andere bestuursorganen te vragen hun eigen mandaatbesluit zo te wijzigen dat wie "
        "daaronder een niet toegestaan ondermandaat heeft, rechtstreeks en schriftelijk "
        "gemandateerd is voor het afwijken van een regel (acht gevallen)"
    ) in nl
    en = decision_points(case, analysis, "en")
    assert (
        "to ask the four other public bodies to amend their own mandate decisions so "
        "that each holder of a sub-mandate under them that is not allowed holds a direct, "
        "written mandate for deviating from a rule (eight cases)"
    ) in en
