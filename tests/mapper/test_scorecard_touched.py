"""A block touched by a critical cause of another block is not green (new user, eleventh
round, A2): each cause counts once, in its main block, but green must mean nothing is wrong.
A block only touched by a warning of another block stays green and names it."""

from __future__ import annotations

from mapper.codes import Code
from mapper.findings import Cause, Finding, Severity, Status, Text
from mapper.scorecard import scorecard


def _case(severity: Severity) -> tuple[list[Finding], list[Cause]]:
    title = Text("Nobody may decide", "Niemand mag beslissen")
    found = Finding(
        Code.MANDATE_EXPIRED, 4, severity, title, Text("d", "d"), Text("s", "s"), id="x1"
    )
    cause = Cause(
        id="power:decide",
        title=title,
        detail=Text("d", "d"),
        suggestion=Text("s", "s"),
        severity=severity,
        rank=1,
        block=4,
        blocks=(3, 4),
        findings=("x1",),
    )
    return [found], [cause]


def test_a_block_touched_by_a_critical_cause_is_amber() -> None:
    rows = scorecard(*_case(Severity.CRITICAL))
    assert [r.status for r in rows[2:4]] == [Status.AMBER, Status.RED]
    assert rows[2].causes == ()  # the cause still counts once, in block 4
    # "Geen eigen oorzaken; wel geraakt door …" read oddly to an executive (new user,
    # twelfth round): the block has no problem of its own, but plays a part in one
    assert rows[2].summary("nl") == (
        "Geen eigen knelpunten, maar speelt mee in een kritieke oorzaak van bouwsteen 4: "
        "Niemand mag beslissen."
    )
    assert rows[2].summary("en") == (
        "No problems of its own, but plays a part in a critical cause of block 4: Nobody may "
        "decide."
    )


def test_a_block_touched_by_a_warning_stays_green() -> None:
    rows = scorecard(*_case(Severity.WARNING))
    assert [r.status for r in rows[2:4]] == [Status.GREEN, Status.AMBER]
    assert rows[2].summary("nl") == (
        "Geen eigen knelpunten; speelt wel mee in een waarschuwing van bouwsteen 4: Niemand mag "
        "beslissen."
    )
    assert rows[2].summary("en") == (
        "No problems of its own; plays a part in a warning of block 4: Nobody may decide."
    )


def _two(own: Severity) -> tuple[list[Finding], list[Cause]]:
    """A cause of block 3 itself (``own``) and a critical cause of block 4 that touches 3."""
    findings, causes = _case(Severity.CRITICAL)
    title = Text(
        "The handler is not named on the need", "De behandelaar staat niet bij het besluit"
    )
    findings.append(
        Finding(Code.NEED_NO_HOLDER, 3, own, title, Text("d", "d"), Text("s", "s"), id="y1")
    )
    causes.append(Cause("need:n1", title, Text("d", "d"), Text("s", "s"), own, 2, 3, (3,), ("y1",)))
    return findings, causes


def test_a_block_with_its_own_info_cause_names_both_causes() -> None:
    """Session 12, A2 rest: block 3 turned amber for the critical cause of block 4, but its
    summary named only its own cause for information ("Eén oorzaak; eerst: …")."""
    rows = scorecard(*_two(Severity.INFO))
    assert rows[2].status == Status.AMBER
    assert [c.id for c in rows[2].causes] == ["need:n1"]
    assert rows[2].summary("nl") == (
        "Eén opmerking: De behandelaar staat niet bij het besluit; speelt ook mee in een "
        "kritieke oorzaak van bouwsteen 4: Niemand mag beslissen."
    )
    assert rows[2].summary("en") == (
        "One note: The handler is not named on the need; also plays a part in a critical "
        "cause of block 4: Nobody may decide."
    )
    # its own warning makes it amber by itself, and the summary is the usual one
    warned = scorecard(*_two(Severity.WARNING))[2]
    assert warned.summary("nl").startswith("Eén oorzaak, één waarschuwing; eerst: De beh")


def test_a_grey_block_stays_grey_when_a_critical_cause_touches_it() -> None:
    why = Text("the map names no needed decisions", "de kaart noemt geen benodigde besluiten")
    for findings, causes in (_case(Severity.CRITICAL), _two(Severity.INFO)):
        row = scorecard(findings, causes, not_judgeable={3: why})[2]
        assert row.status == Status.GREY
        assert row.summary("nl") == "Niet te beoordelen: de kaart noemt geen benodigde besluiten."


def test_a_green_block_with_notes_only_says_it_has_no_problem() -> None:
    """New user, twelfth round: block 1 was 'Groen' with 'Eén oorzaak; eerst: …' (a note);
    green says nothing is wrong, and the note is named as a note."""
    findings, causes = _case(Severity.INFO)
    row = scorecard(findings, causes)[3]
    assert row.status == Status.GREEN
    assert row.summary("nl") == "Geen knelpunten; één opmerking: Niemand mag beslissen"
    assert row.summary("en") == "No problems; one note: Nobody may decide"
