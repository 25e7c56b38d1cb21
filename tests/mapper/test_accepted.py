"""Accepted findings: apart with their reason, colouring nothing, back when they lapse."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from mapper import Status, analyse
from mapper.accepted import fingerprint
from mapper.report import to_data, to_markdown, to_text
from models.acceptance import Acceptance
from models.enums import EntityKind
from models.example import example_case


def test_accepting_a_whole_cause_takes_it_off_the_scorecard() -> None:
    case = example_case()
    before = analyse(case)
    political = before.cause("theme:political")
    assert political is not None
    block = political.block
    assert before.scorecard[block - 1].status is Status.AMBER
    accepted = [
        Acceptance("acc1", fid, "Bewust geaccepteerd in de sessie", by="MT", on=date(2026, 9, 1))
        for fid in political.findings
    ]
    after = analyse(case, accepted=accepted)
    assert {a.finding.id for a in after.accepted} == set(political.findings)
    assert not set(political.findings) & {f.id for f in after.findings}
    assert after.cause("theme:political") is None
    assert after.scorecard[block - 1].status in (Status.GREEN, Status.GREY)
    assert len(after.causes) == len(before.causes) - 1


def test_acceptance_lapses_when_its_term_ends() -> None:
    case = example_case()  # reference date 1 October 2026
    fid = "MANDATE_EXPIRED:m5"
    still = analyse(
        case, accepted=[Acceptance("acc1", fid, "Wordt vernieuwd", until=date(2026, 12, 31))]
    )
    assert [a.finding.id for a in still.accepted] == [fid]
    lapsed = analyse(
        case, accepted=[Acceptance("acc1", fid, "Wordt vernieuwd", until=date(2026, 9, 30))]
    )
    assert lapsed.accepted == ()
    assert fid in {f.id for f in lapsed.findings}
    assert [r.finding.id for r in lapsed.returned] == [fid]
    assert lapsed.returned[0].why("nl") == "de termijn liep af op 30 september 2026"


def test_acceptance_lapses_when_the_finding_changes() -> None:
    case = example_case()
    f = next(f for f in analyse(case).findings if f.id == "NEED_PARTNER_NOT_REACHED:n1")
    same = Acceptance("acc1", f.id, "Route is bekend", content=fingerprint(f))
    assert [a.finding.id for a in analyse(case, accepted=[same]).accepted] == [f.id]
    changed = Acceptance(
        "acc1", f.id, "Route is bekend", content=fingerprint(replace(f, actors=("x",)))
    )
    result = analyse(case, accepted=[changed])
    assert result.accepted == ()
    assert result.returned[0].why("en") == "the finding changed since it was accepted"


def test_reports_list_accepted_findings_apart() -> None:
    acc = Acceptance("acc1", "MANDATE_EXPIRED:m5", "Wordt in januari vernieuwd", by="Directie")
    result = analyse(example_case(), accepted=[acc])
    text = to_text(result, "nl")
    assert "Geaccepteerde bevindingen" in text
    assert "Reden: Wordt in januari vernieuwd (Directie)" in text
    md = to_markdown(result, "nl")
    assert "## Geaccepteerde bevindingen" in md
    assert "*Reden:* Wordt in januari vernieuwd (Directie)" in md
    body = md.split("## Geaccepteerde bevindingen")[0]
    assert "`MANDATE_EXPIRED:m5`" not in body  # not among the live findings
    data = to_data(result, "nl")
    assert [a["id"] for a in data["accepted"]] == ["MANDATE_EXPIRED:m5"]
    assert data["accepted"][0]["reason"] == "Wordt in januari vernieuwd"
    assert "MANDATE_EXPIRED:m5" not in {f["id"] for f in data["findings"]}


def test_acceptances_stored_in_the_case_are_used_and_dated_in_words() -> None:
    case = example_case()
    case.add(
        EntityKind.ACCEPTANCE,
        Acceptance(
            "acc1",
            "MANDATE_EXPIRED:m5",
            "Wordt vernieuwd",
            "MT",
            date(2026, 9, 1),
            date(2026, 12, 31),
        ),
    )
    result = analyse(case)
    assert [a.finding.id for a in result.accepted] == ["MANDATE_EXPIRED:m5"]
    text = to_text(result, "nl")
    assert "(MT, 1 september 2026, tot en met 31 december 2026)" in text
    assert "(MT, 1 September 2026, until 31 December 2026)" in to_text(result, "en")
    case.update(EntityKind.ACCEPTANCE, "acc1", {"until": "2026-09-30"})
    assert analyse(case).accepted == ()
    case.remove(EntityKind.ACCEPTANCE, "acc1")
    assert "MANDATE_EXPIRED:m5" in {f.id for f in analyse(case).findings}


def test_two_acceptances_of_one_finding_are_named_and_the_last_is_used() -> None:
    # hostile finding 12: never a silent winner
    case = example_case()
    first = Acceptance("acc1", "MANDATE_EXPIRED:m5", "Wordt vernieuwd")
    last = Acceptance("acc2", "MANDATE_EXPIRED:m5", "Andere reden")
    result = analyse(case, accepted=[first, last])
    assert [a.acceptance.id for a in result.accepted] == ["acc2"]
    (warning,) = result.acceptance_warnings
    assert warning("en") == (
        'Acceptances acc1 ("Wordt vernieuwd") and acc2 ("Andere reden") both accept the '
        "finding MANDATE_EXPIRED:m5; the last one, acc2, is used. Withdraw the other."
    )
    assert warning in result.notes
    assert warning("nl") in to_text(result, "nl")
    assert warning("en") in to_data(result, "en")["notes"]


def test_an_acceptance_matching_no_finding_is_named() -> None:
    case = example_case()
    typo = Acceptance("acc1", "NOPE:zz", "Typefout")
    gone = Acceptance("acc2", "MANDATE_EXPIRED:m99", "Opgelost")
    ok = Acceptance("acc3", "MANDATE_EXPIRED:m5", "Wordt vernieuwd")
    result = analyse(case, accepted=[typo, gone, ok])
    texts = [w("en") for w in result.acceptance_warnings]
    assert len(texts) == 2
    assert "acc1" in texts[0]
    assert "no code NOPE" in texts[0]
    assert "acc2" in texts[1]
    assert "matches no finding of this analysis" in texts[1]
    # a what-if hides findings on purpose: only the mistyped code is said there
    partial = analyse(case, accepted=[typo, gone], without=("a1",))
    assert [("acc1" in w("en")) for w in partial.acceptance_warnings] == [True]


def test_acceptances_that_are_in_order_give_no_warning() -> None:
    ok = Acceptance("acc1", "MANDATE_EXPIRED:m5", "Wordt vernieuwd")
    assert analyse(example_case(), accepted=[ok]).acceptance_warnings == ()
