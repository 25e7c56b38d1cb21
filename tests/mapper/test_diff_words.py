"""What changed, in words (new user, fourth round, 11; issue 16): known answers for the
summary the compare view, ``timeline --compare`` and the Timeline dock show at the top."""

from __future__ import annotations

from datetime import date

from mapper.diff import diff_cases
from mapper.diff_words import summary
from models import Actor, Case, CaseInfo, EntityKind
from models.example import example_case
from tests.ui.test_timeline_dock import story


def _case(*names: str) -> Case:
    return Case.from_parts(CaseInfo("t"), [Actor(f"a{i}", n) for i, n in enumerate(names)])


def test_added_and_removed_actors_are_named_with_real_plurals() -> None:
    a, b = _case("Raad"), _case("Raad", "Wijkagent", "Ombudsman")
    assert summary(diff_cases(a, b), "nl") == (
        "Twee actoren toegevoegd: Wijkagent en Ombudsman; oorzaak “Drie actoren hebben geen "
        "relatie: de raad, de wijkagent en de ombudsman” is nieuw; bevindingen: één erbij."
    )  # three actors without a relationship are one finding (mapper.repeats, issue 14)
    assert summary(diff_cases(a, b), "en") == (
        "Two actors added: Wijkagent and Ombudsman; cause “Three actors have no relationship: "
        "the Raad, the Wijkagent and the Ombudsman” is new; findings: one "
        "added."
    )
    assert summary(diff_cases(_case("Raad", "Pers"), _case("Raad")), "nl") == (
        "Eén actor verwijderd: Pers; oorzaak “Twee actoren hebben geen relatie: de raad en Pers” "
        "is opgelost; bevindingen: twee weg."
    )


def test_no_difference_says_so() -> None:
    a = example_case()
    assert summary(diff_cases(a, a.copy()), "nl") == "Geen verschil in inhoud of bevindingen."
    assert summary(diff_cases(a, a.copy()), "en") == "No difference in substance or findings."


def test_a_mandate_that_expired_between_the_snapshots_is_named() -> None:
    """s2 (15 January 2026, the maatwerk mandate extended to 30 June) to s3 (1 October)."""
    from mapper.timeline import case_at

    case = story()
    d = diff_cases(case_at(case, "s2"), case_at(case, "s3"))
    assert summary(d, "nl") == (
        "Peildatum verschoven van 15 januari 2026 naar 1 oktober 2026; het mandaat van de "
        "manager Werk en Inkomen voor ‘Bijzondere bijstand verlenen’ is verlopen; bevindingen: "
        "één erbij."
    )
    assert summary(d, "en") == (
        "Reference date moved from 15 January 2026 to 1 October 2026; the mandate of the "
        "Manager Werk en Inkomen for ‘Bijzondere bijstand verlenen’ has expired; findings: one "
        "added."
    )
    assert "MANDATE_EXPIRED" in {f.code for f in d.gained}


def test_a_renewed_mandate_is_valid_again() -> None:
    before = example_case()  # as of 1 October 2026 the maatwerk mandate m5 has expired
    after = example_case()
    after.update(EntityKind.MANDATE, "m5", {"valid_until": date(2027, 6, 30)})
    d = diff_cases(before, after)
    assert [f.code for f in d.lost] == ["MANDATE_EXPIRED"]  # its cause stays (other findings)
    assert summary(d, "nl") == (
        "Het mandaat van de manager Werk en Inkomen voor ‘Bijzondere bijstand verlenen’ is "
        "weer geldig; gewijzigd: één mandaat; bevindingen: één weg."
    )


def test_a_new_actor_and_mandate_are_named_and_the_findings_counted() -> None:
    """A mandate added to a new actor: both named, the findings counted; since 8f74028 the
    mandate connects the actor, so no "not connected" cause comes with it."""
    from models import Mandate

    before = example_case()
    after = example_case()
    after.add(EntityKind.ACTOR, Actor("wijkagent", "Wijkagent politie Noord"))
    after.add(
        EntityKind.MANDATE,
        Mandate("m99", "teamleider", "wijkagent", "bijzondere_bijstand", in_writing=None),
    )
    d = diff_cases(before, after)
    assert summary(d, "nl") == (
        "Eén actor toegevoegd: Wijkagent politie Noord; één mandaat toegevoegd: aan de wijkagent "
        "politie Noord voor ‘Bijzondere bijstand verlenen’; bevindingen: vier erbij."
    )
    assert summary(d, "en") == (
        "One actor added: Wijkagent politie Noord; one mandate added: to the Wijkagent politie "
        "Noord for ‘Bijzondere bijstand verlenen’; findings: four added."
    )
