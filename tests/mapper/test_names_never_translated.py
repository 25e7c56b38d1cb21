"""A name is a name, also in English (new user, tenth round, N6): an actor the user called
"Wijkcoach" is "the Wijkcoach" in an English finding and in the comparison, never "the
neighbourhood coach"; only the app's own word for a role is English (a long name named by
its role alone after the first time: "the team leader"). Fails on the code before.
"""

from __future__ import annotations

from datetime import date

from mapper import analyse
from mapper.diff import diff_cases
from mapper.diff_words import summary_lines
from mapper.names import Name
from models import Case
from models.entities import Actor, CaseInfo, Relationship
from models.enums import ActorKind, RelationKind


def _case(coach: bool) -> Case:
    actors = [
        Actor("a1", "Teamleider Wijkteam Noord", ActorKind.MANAGER),
        Actor("a2", "Consulent", ActorKind.PROFESSIONAL),
    ]
    if coach:
        actors.append(Actor("a3", "Wijkcoach", ActorKind.PROFESSIONAL))
    rels = [Relationship("r1", "a1", "a2", RelationKind.HIERARCHY)]
    return Case.from_parts(CaseInfo("Wijk", as_of=date(2026, 12, 4)), actors, rels)


def test_an_english_finding_names_the_actor_as_typed() -> None:
    [f] = [f for f in analyse(_case(True)).findings if f.code == "STRUCTURE_ISOLATED_ACTOR"]
    assert f.title("en") == "The Wijkcoach is not connected to anyone"
    assert "neighbourhood coach" not in f.detail("en") + f.suggestion("en")
    assert f.title("nl") == "De wijkcoach is met niemand verbonden"


def test_the_comparison_names_the_lost_finding_by_the_name() -> None:
    lines = summary_lines(diff_cases(_case(True), _case(False)), "en")
    said = " ".join(lines)
    assert "The Wijkcoach is not connected to anyone" in said
    assert "neighbourhood" not in said


def test_a_name_in_role_words_stays_the_name_and_a_long_one_has_an_english_role() -> None:
    assert Name.of("Gemeentesecretaris", ActorKind.EXECUTIVE).forms("en") == (
        "the Gemeentesecretaris",
        "",
    )
    assert Name.of("Teamleider Wijkteam Noord", ActorKind.MANAGER).forms("en") == (
        "the Teamleider Wijkteam Noord",
        "the team leader",
    )
