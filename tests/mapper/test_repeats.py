"""Findings that repeat across the map are one finding (issue 14, session 14; user, thirteenth
round S1-S3: "De triagetaak van de teamleider 26.0.0 is niet vastgelegd" 1,000 times, one
section per link of a chain, 94 names in a heading). Known answers on small built maps."""

from __future__ import annotations

import json

from mapper import analyse
from mapper.catalogue import unworded
from mapper.codes import Code
from mapper.findings import Finding
from mapper.report import to_data, to_text
from models import (
    Actor,
    ActorKind,
    Case,
    CaseInfo,
    RelationKind,
    Relationship,
    Role,
)
from models.acceptance import Acceptance
from models.example import example_case
from tests.mapper.cases import AS_OF


def _teams(n: int, accepted: tuple[Acceptance, ...] = ()) -> Case:
    """A director above ``n`` teams, each with a team leader who does triage without a
    mandate for it: ``n`` findings TRIAGE_ROLE_WITHOUT_MANDATE of one shape."""
    actors = [Actor("top", "Directeur", ActorKind.EXECUTIVE)]
    rels: list[Relationship] = []
    for i in range(n):
        actors.append(
            Actor(f"t{i:02d}", f"Teamleider {i:02d}", ActorKind.MANAGER, roles=(Role.TRIAGE,))
        )
        rels.append(Relationship(f"h{i}", "top", f"t{i:02d}", RelationKind.HIERARCHY))
    return Case.from_parts(CaseInfo("teams", as_of=AS_OF), actors, rels, accepted=accepted)


def _triage(case: Case) -> list[Finding]:
    return [f for f in analyse(case).findings if f.code == "TRIAGE_ROLE_WITHOUT_MANDATE"]


def test_twelve_teams_give_one_finding_naming_three_and_the_rest_counted() -> None:
    [f] = _triage(_teams(12))
    assert f.title.nl == (
        "De triagetaak van de teamleider 00 is niet vastgelegd; hetzelfde geldt voor de "
        "teamleider 01, de teamleider 02 en negen anderen"
    )
    assert f.title.en.endswith(
        "; the same holds for the Teamleider 01, the Teamleider 02 and nine others"
    )
    # the detail names eight more, the suggestion asks the same for the others
    assert f.detail.nl.endswith(
        "Hetzelfde geldt voor de teamleider 01, de teamleider 02, de teamleider 03, de "
        "teamleider 04, de teamleider 05, de teamleider 06, de teamleider 07, de teamleider 08 "
        "en drie anderen."
    )
    assert f.suggestion.nl.endswith(
        "Doe hetzelfde bij de teamleider 01, de teamleider 02 en negen anderen."
    )
    # every member stays reachable: its actors and the ids of the findings it stands for
    assert f.actors == tuple(f"t{i:02d}" for i in range(12))
    assert f.members == tuple(f"TRIAGE_ROLE_WITHOUT_MANDATE:t{i:02d}" for i in range(12))
    assert f.id.startswith("TRIAGE_ROLE_WITHOUT_MANDATE:group-")


def test_the_grouped_finding_is_one_cause_and_one_json_finding_with_every_member() -> None:
    result = analyse(_teams(12))
    [f] = [f for f in result.findings if f.code == "TRIAGE_ROLE_WITHOUT_MANDATE"]
    [cause] = [c for c in result.causes if f.id in c.findings]
    assert [x for x in cause.findings if x.startswith("TRIAGE_ROLE")] == [f.id]
    data = to_data(result, "nl")
    [f] = [f for f in data["findings"] if f["code"] == "TRIAGE_ROLE_WITHOUT_MANDATE"]
    assert f["members"] == [f"TRIAGE_ROLE_WITHOUT_MANDATE:t{i:02d}" for i in range(12)]
    assert f["actors"] == [f"t{i:02d}" for i in range(12)]
    text = to_text(result, "nl")
    assert text.count("De triagetaak van de teamleider") == 1  # once, not twelve times


def test_below_the_threshold_each_finding_stays_as_it_was() -> None:
    found = _triage(_teams(2))  # below mapper.repeats.LEAST
    assert [f.title.nl for f in found] == [
        "De triagetaak van de teamleider 00 is niet vastgelegd",
        "De triagetaak van de teamleider 01 is niet vastgelegd",
    ]
    assert all(not f.members for f in found)


def test_the_id_stays_when_members_come_or_go() -> None:
    [a] = _triage(_teams(5))
    [b] = _triage(_teams(9))
    assert a.id == b.id


def test_an_acceptance_of_one_member_keeps_working_and_the_rest_stay_grouped() -> None:
    accept = Acceptance("acc1", "TRIAGE_ROLE_WITHOUT_MANDATE:t03", "Wordt geregeld", until=None)
    result = analyse(_teams(6, (accept,)))
    assert [a.finding.id for a in result.accepted] == ["TRIAGE_ROLE_WITHOUT_MANDATE:t03"]
    [f] = [f for f in result.findings if f.code == "TRIAGE_ROLE_WITHOUT_MANDATE"]
    assert len(f.members) == 5
    assert "t03" not in f.actors
    assert not result.acceptance_warnings


def test_an_acceptance_of_the_grouped_finding_sets_all_of_it_apart() -> None:
    [f] = _triage(_teams(6))
    accept = Acceptance("acc1", f.id, "Bekend; loopt", until=None)
    result = analyse(_teams(6, (accept,)))
    assert [a.finding.id for a in result.accepted] == [f.id]
    assert not [g for g in result.findings if g.code == "TRIAGE_ROLE_WITHOUT_MANDATE"]
    assert not result.acceptance_warnings


def test_an_unworded_analysis_groups_as_a_worded_one() -> None:
    case = _teams(7)
    with unworded():
        bare = analyse(case, words=False)
    assert [f.id for f in bare.findings] == [f.id for f in analyse(case).findings]
    assert all(f.title.nl == "" for f in bare.findings)


def test_the_links_of_a_chain_are_one_finding_naming_pairs() -> None:
    from benchmarks.structures import build

    result = analyse(build("mandate-chain-50", 200))
    [f] = [f for f in result.findings if f.code == "TRUST_ASYMMETRIC"]
    assert len(f.members) == 13
    # the pairs in the order of their numbers, in prose (nota15)
    assert f.title.nl == (
        "Schakel 24 vertrouwt Schakel 25, maar niet andersom; hetzelfde geldt voor Schakel 27 en "
        "Schakel 26, voor Schakel 40 en Schakel 39 en voor tien andere paren"
    )
    assert f.title.en.endswith(" and for ten other pairs")
    # one section per link was 43 sections; now one, and one per shape throughout
    [line] = [f for f in result.findings if f.code == "TRUST_NEGATIVE_LINE"]
    assert len(line.members) == 43
    titles = [c.title.nl for c in result.causes]
    assert len(titles) == len(set(titles))


def test_the_example_has_nothing_that_repeats() -> None:
    result = analyse(example_case())
    assert not [f for f in result.findings if f.members]
    assert "members" not in json.dumps(to_data(result, "nl"))


def test_validate_does_not_call_an_acceptance_of_a_grouped_finding_mistyped() -> None:
    from mapper.accepted import acceptance_warnings

    [f] = _triage(_teams(6))
    accept = Acceptance("acc1", f.id, "Bekend; loopt", until=None)
    case = _teams(6, (accept,))
    assert acceptance_warnings([accept], None, {*case.actors.ids(), "top"}) == ()


def test_a_merged_remedy_of_many_members_is_said_once_with_the_rest_counted() -> None:
    """Members whose suggestions each name someone else (a sentence per ombudsman at 10,000
    actors, 36 sentences): the cause says the grouped finding's own suggestion instead."""
    from mapper.cause_words import _MERGED, cause_texts
    from mapper.context import Context
    from mapper.findings import Severity, Text
    from mapper.names import Name
    from mapper.repeats import group_repeats

    def member(i: int) -> Finding:
        who = Name.of(f"Consulent {i}", ActorKind.PROFESSIONAL)
        return Finding(
            Code.SIGNAL_SINGLE_PERSON,
            2,
            Severity.WARNING,
            Text(
                f"Signals run through the Consulent {i} alone",
                f"Signalen lopen alleen via de consulent {i}",
            ),
            Text("d", "d"),
            Text(
                f"The ombudsman {i * 7} reports to the body itself (Awb 9:36): agree how.",
                f"De ombudsman {i * 7} brengt verslag uit aan het bestuursorgaan zelf (art. "
                "9:36 Awb): spreek af hoe dat verslag de betrokken bestuurder bereikt.",
            ),
            actors=(f"c{i}",),
            id=f"SIGNAL_SINGLE_PERSON:c{i}",
            shape="S|x",
            subjects=(who,),
        )

    found, members = group_repeats([member(i) for i in range(36)])
    ctx = Context.of(Case.from_parts(CaseInfo("t", as_of=AS_OF)))
    _, _, suggestion = cause_texts("group:x", found, [], ctx, {}, members)
    assert len(suggestion.nl) <= _MERGED
    assert suggestion.nl == (
        "De ombudsman 0 brengt verslag uit aan het bestuursorgaan zelf (art. 9:36 Awb): spreek "
        # the ombudsmen's routes, not the consulents' report (rev-jurist16 N8, jur17a)
        "af hoe dat verslag de betrokken bestuurder bereikt. Doe hetzelfde waar de route van een "
        "ombudsman of toezichthouder via de consulent 1, de consulent 2 en 33 anderen loopt."
    )
