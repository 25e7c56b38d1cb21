"""mapper.remedy: a cause's suggested change made on a copy, and what it solves."""

from __future__ import annotations

from itertools import pairwise

import pytest

from mapper.analysis import analyse
from mapper.remedy import remedy, try_remedy
from models import Case, RelationKind
from models.example import example_case
from models.templates import TEMPLATES, template_case


def test_a_power_out_of_reach_becomes_a_written_mandate_to_the_handler() -> None:
    case = example_case()
    result = analyse(case)
    cause = result.cause("power:bijzondere_bijstand")  # the caseworker's oral, third-level mandate
    assert cause is not None
    change = remedy(case, cause)
    assert change is not None
    new = [m for m in change.case.mandates if case.mandates.get(m.id) is None]
    # the college holds bijzondere bijstand (art. 35 Participatiewet) and may mandate it
    assert {(m.grantor, m.holder, m.power) for m in new} == {
        ("college", "consulent", "bijzondere_bijstand")
    }
    # the suggestion: "grant the mandate to the consulent directly": it takes the place of the
    # sub-mandate the mandate decision does not allow (new user, fourth round, 3)
    assert change.case.mandates.get("m4") is None
    assert [m.id for m in case.mandates if change.case.mandates.get(m.id) is None] == ["m4"]
    assert all(m.in_writing for m in new)
    assert len(case.mandates) == 11  # the open map is not changed
    outcome = try_remedy(case, cause, before=result)
    assert outcome is not None
    assert outcome.sentence("en") == (
        "What if the municipal executive (College van B&W) grants the Consulent wijkteam "
        "(Sanne) the mandate for "
        "‘Bijzondere bijstand verlenen’ directly and in writing, in place of the sub-mandate from "
        "the Teamleider Wijkteam Noord? Then six findings disappear."
    )
    # Dutch running text: roles take their article, the count its real plural
    assert outcome.sentence("nl") == (
        "Wat als het college van B&W de consulent wijkteam (Sanne) rechtstreeks en schriftelijk "
        "mandaat geeft voor ‘Bijzondere bijstand verlenen’, in plaats van het ondermandaat van de "
        "teamleider Wijkteam Noord? Dan verdwijnen zes bevindingen."
    )
    # the two needs it handles on too small a mandate are solved: findings of this very cause;
    # and deciding under the beleidsregels she may deviate from them (Awb 4:84), so the signals
    # that reach only her now reach a decider; holding a valid mandate of her own, her signing
    # authorisation is no longer worth a note (jurist M2)
    gone = {f.id for f in outcome.change.disappeared}
    assert gone == {
        "MANDATE_SUBMANDATE_NOT_ALLOWED:m4",  # the point's own finding (its title)
        "MANDATE_GENERAL_NOT_IN_WRITING:m4",
        "NEED_HANDLER_MANDATE_FALLS_SHORT:n2",
        "NEED_HANDLER_MANDATE_FALLS_SHORT:n3",
        "MANDATE_SIGNING_NO_POWER:m8",
        "SIGNAL_SINGLE_PERSON:consulent",
    }
    assert gone - {"SIGNAL_SINGLE_PERSON:consulent"} <= set(cause.findings)
    titles, more = outcome.gone("en")
    assert len(titles) == min(2, len(outcome.change.disappeared))
    assert more == len({f.title("en") for f in outcome.change.disappeared}) - len(titles)


def test_pushing_through_and_a_partners_own_decision_are_never_made_a_mandate() -> None:
    case = example_case()
    result = analyse(case)
    assert result.cause("power:push_through") is None  # not over a partner's own decision
    push = result.cause("power:ggz_behandeling")  # the GGZ provider: nothing agreed
    assert push is not None
    assert remedy(case, push) is None  # from an agreement or a statute, not by mandate
    eviction = result.cause("power:ontruiming_aanhouden")  # the corporation's own decision
    assert eviction is not None
    assert eviction.needs == ("n1",)
    assert remedy(case, eviction) is None  # reached by an agreement, never by mandate


def test_negative_backing_becomes_trust_along_the_whole_line() -> None:
    """New user, fifth round, 3: the what-if made the consulent trust the manager, and the
    line's unmapped links then made "Backing … is not secured" appear. Backing made explicit
    is trust both ways at every link of the line, and distrust on it becomes trust."""
    case = example_case()
    result = analyse(case)
    cause = result.cause("theme:backing")
    assert cause is not None
    change = remedy(case, cause)
    assert change is not None
    levels = {r: case.relationships.get(r) for r in cause.relationships}
    low = [
        r for r, rel in levels.items() if rel and rel.kind is RelationKind.TRUST and rel.level <= 0
    ]
    assert low == ["r26"]  # the consulent distrusts the manager (-1)
    after = {r: change.case.relationships.get(r) for r in cause.relationships}
    assert after["r26"] is not None
    assert after["r26"].level == 2
    assert after["r25"] == levels["r25"]  # trust that is there already stays as it is

    def trust(c: Case) -> dict[tuple[str, str], int]:
        return {
            (r.source, r.target): r.level for r in c.relationships if r.kind is RelationKind.TRUST
        }

    line = ["college", "secretaris", "manager_wi", "teamleider", "consulent"]
    now = trust(change.case)
    for up, down in pairwise(line):
        assert now[(up, down)] > 0, (up, down)
        assert now[(down, up)] > 0, (down, up)
    added = set(now) - set(trust(case))  # the links whose trust was not mapped
    assert added == {
        ("secretaris", "manager_wi"),
        ("manager_wi", "secretaris"),
        ("manager_wi", "teamleider"),
        ("teamleider", "manager_wi"),
    }
    assert len(case.relationships) == len(change.case.relationships) - 4  # the map: unchanged
    # the suggestion: the line makes backing explicit (new user, fourth round, 3)
    assert change.text.en == (
        "backing is made explicit along the line from the municipal executive (College van "
        "B&W) to the Consulent "
        "wijkteam (Sanne), with trust both ways at every link"
    )
    assert change.text.nl == (
        "de rugdekking langs de lijn van het college van B&W naar de consulent wijkteam (Sanne) "
        "uitgesproken wordt, met vertrouwen over en weer bij elke schakel"
    )
    outcome = try_remedy(case, cause, before=result)
    assert outcome is not None
    assert [f.code for f in outcome.change.disappeared] == [
        "TRUST_BACKING_NEGATIVE",
        "TRUST_ASYMMETRIC",
    ]
    assert outcome.change.appeared == ()


def test_a_cause_the_map_cannot_fix_has_no_remedy() -> None:
    case = example_case()
    cause = analyse(case).cause("theme:learning")
    assert cause is not None
    assert remedy(case, cause) is None
    assert try_remedy(case, cause) is None


def test_each_presented_what_if_models_the_act_its_caption_advises() -> None:
    """New user, fourth round, 3: point 3 advised "let Belastingsamenwerking decide itself"
    but its what-if gave the consulent a mandate and made two findings appear. Each point's
    what-if now makes the point's own title finding disappear and brings nothing new."""
    case = example_case()
    result = analyse(case)
    agreement = result.cause("agreement:g2")  # one agreement, one cause (issue 11)
    assert agreement is not None
    change = remedy(case, agreement)
    assert change is not None
    # the agreement is amended; nobody is given a mandate over the tax office's own decision
    assert len(change.case.mandates) == len(case.mandates)
    g2 = change.case.agreements.get("g2")
    assert g2 is not None
    assert "instemming_schuldregeling" not in g2.covers
    assert "moratorium" not in g2.covers  # the college's request stays with the college
    outcome = try_remedy(case, agreement, before=result)
    assert outcome is not None
    assert outcome.sentence("nl") == (
        "Wat als ‘Moratorium aanvragen bij de rechtbank’ bij het college van B&W blijft in "
        "plaats van bij de manager Werk en Inkomen en de invorderingsambtenaar van de "
        "Belastingsamenwerking zelf over ‘Instemmen met een akkoord in de schuldregeling "
        "(gemeentelijke belastingen)’ beslist, binnen een termijn die de ‘Doorbraakafspraak "
        "schulden Rivierland 2025’ vastlegt, in plaats van de manager Werk en Inkomen? Dan "
        "verdwijnen twee bevindingen."
    )
    assert [f.id for f in outcome.change.disappeared] == [
        "AGREEMENT_DECIDER_NO_MANDATE:n4",
        "AGREEMENT_OVER_PUBLIC_POWER:n7",
    ]
    assert outcome.change.appeared == ()


@pytest.mark.parametrize("key", ["example", *(t.key for t in TEMPLATES)])
def test_every_presented_what_if_removes_its_own_finding_and_adds_none(key: str) -> None:
    """New user, fifth round, 3: point 4's what-if made "Backing … is not secured" appear. Every
    point presented with a what-if, in the example and each template, removes the finding the
    point is titled by and brings no new one."""
    from ui.present.steps import present_causes

    case = example_case() if key == "example" else template_case(key)
    result = analyse(case)
    tried = 0
    for cause in present_causes(result):
        outcome = try_remedy(case, cause, before=result)
        if outcome is None:
            continue
        tried += 1
        assert cause.findings[0] in {f.id for f in outcome.change.disappeared}, cause.id
        assert [f.id for f in outcome.change.appeared] == [], cause.id
    assert tried or key in {"wmo"}  # the Wmo template's points need organisational choices
