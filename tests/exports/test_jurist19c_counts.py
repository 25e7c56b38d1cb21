"""One fact, one count: the heading of the expired grants counts them as the Risks do (issue 14,
rev-jurist19 R13). Fails on the code before, whose heading read "139 mandaten en zeven
ondertekeningsmachtigingen van 140 medewerkers" beside the Risks' "de 140 verlopen mandaten en
ondermandaten (waaronder dat van de consulent 20.9)": the consulent 20.9's expired sub-mandate,
a finding of its own under another cause, was left out of the group's counts."""

from __future__ import annotations

import re

from exports.risks_invalid import invalid_lines
from tests.exports.big_map import mapped


def _expired() -> tuple[str, str, str, str]:
    _, analysis = mapped(2000)
    [cause] = [c for c in analysis.causes if c.id.startswith("group:MANDATE_EXPIRED")]
    return cause.title.nl, cause.title.en, cause.detail.nl, cause.detail.en


def test_the_heading_counts_the_expired_grant_told_under_another_cause() -> None:
    title, title_en, detail, detail_en = _expired()
    assert title == (
        "140 mandaten en zeven ondertekeningsmachtigingen van 141 medewerkers zijn verlopen"
    )
    assert title_en == (
        "140 mandates and seven signing authorisations of 141 staff members have expired"
    )
    # the kinds add up to the heading, and the one told elsewhere is named
    assert (
        "Het gaat om 39 mandaten die een bestuursorgaan zelf verleende, 101 ondermandaten en "
        "zeven ondertekeningsmachtigingen. Meegeteld is ook het ondermandaat van de consulent "
        "20.9, dat bij een andere oorzaak wordt besproken." in detail
    ), detail
    assert (
        "This concerns 39 mandates granted by the public body itself, 101 sub-mandates and seven "
        "signing authorisations. Also counted is the sub-mandate of the Consulent 20.9, which is "
        "discussed under another cause." in detail_en
    ), detail_en


def test_the_heading_and_the_risks_give_one_count() -> None:
    case, analysis = mapped(2000)
    title = _expired()[0]
    lines = invalid_lines(case, analysis, lambda m: m.instrument)
    [risk] = [t.nl for t in lines if "verlopen mandaten en ondermandaten" in t.nl]
    said = re.search(r"de (\d+) verlopen mandaten en ondermandaten", risk)
    assert said is not None, risk
    assert title.startswith(f"{said[1]} mandaten en zeven ondertekeningsmachtigingen"), (
        title,
        risk,
    )
