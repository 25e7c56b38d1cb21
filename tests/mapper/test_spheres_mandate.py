"""A mandate across the political and the administrative world is a line (new user, tenth
round, N5): the slide said "De politiek en de ambtelijke organisatie raken elkaar niet" beside
the wethouder's mandate to the directeur. The rule was wrong, not the slide: the grantor
instructs and the holder informs (art. 10:6 and 10:7 Awb), so the two worlds touch, but only
where a decision is taken under the mandate. The finding is then a warning that says so and
names the mandate, which the cause's map draws.

The first three tests fail on the code before this change.
"""

from __future__ import annotations

from datetime import date

from exports.advice import cause_case
from mapper import analyse
from models import Case
from models.entities import Actor, CaseInfo, Mandate, Relationship
from models.enums import ActorKind, PowerCategory, RelationKind

A = ActorKind


def _case(mandates: int) -> Case:
    actors = [
        Actor("a1", "Wethouder Jeugd", A.ADMINISTRATOR),
        Actor("a2", "Directeur Jeugdzorg", A.MANAGER),
        Actor("a3", "Teamleider Jeugdteam", A.MANAGER),
    ]
    grants = [
        Mandate("m1", "a1", "a2", PowerCategory.DEVIATE_FROM_RULE),
        Mandate("m2", "a1", "a3", PowerCategory.SPEND_BUDGET),
    ][:mandates]
    rels = [Relationship("r1", "a2", "a3", RelationKind.HIERARCHY)]
    info = CaseInfo("Jeugd", as_of=date(2026, 12, 4))
    return Case.from_parts(info, actors, rels, grants)


def _finding(case: Case):  # type: ignore[no-untyped-def]
    return next(f for f in analyse(case).findings if f.code == "SPHERES_DISCONNECTED")


def test_a_mandate_across_is_a_line_beside_which_none_runs() -> None:
    f = _finding(_case(1))
    assert f.severity.value == "warning"
    assert (
        f.title("nl")
        == "De politiek en de ambtelijke organisatie raken elkaar alleen via een mandaat"
    )
    assert f.title("en") == "The political world and the civil service meet only through a mandate"
    assert f.detail("nl") == (
        "Alleen het mandaat van de wethouder Jeugd aan de directeur Jeugdzorg verbindt de politiek "
        "met de ambtelijke organisatie; er loopt geen vaste overleglijn naast, dus buiten de "
        "besluiten in mandaat hoort de een niet wat de ander besluit."
    )
    assert f.suggestion("nl").startswith("Organiseer naast het mandaat een vaste lijn tussen beide")
    assert f.suggestion("en").startswith("Organise, beside the mandate, a regular line")
    assert f.mandates == ("m1",)
    assert f.actors == ("a1", "a2")


def test_the_cause_map_draws_the_mandate() -> None:
    case = _case(1)
    analysis = analyse(case)
    cause = next(c for c in analysis.causes if "SPHERES_DISCONNECTED:" in " ".join(c.findings))
    part = cause_case(case, cause)
    assert [m.id for m in part.mandates] == ["m1"]
    assert {a.id for a in part.actors} >= {"a1", "a2"}


def test_two_mandates_are_counted() -> None:
    f = _finding(_case(2))
    assert f.title("en") == "The political world and the civil service meet only through mandates"
    assert f.detail("en").startswith(
        "Only two mandates connect the political world with the civil service, such as the one "
        "of the Wethouder Jeugd to the Directeur Jeugdzorg;"
    )
    assert f.mandates == ("m1", "m2")


def test_without_a_mandate_they_still_do_not_touch() -> None:
    f = _finding(_case(0))
    assert f.severity.value == "critical"
    assert f.title("nl") == "De politiek en de ambtelijke organisatie raken elkaar niet"
    assert f.detail("nl") == (
        "Geen enkele relatie behalve vertrouwen en geen mandaat verbindt de politiek met de "
        "ambtelijke organisatie; wat de een besluit, hoort de ander niet."
    )
