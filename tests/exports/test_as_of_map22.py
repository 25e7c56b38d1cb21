"""The map's peildatum read on a later day, as the app says it (user review 21, U4): the
sentence of :func:`exports.nota_dates.as_of_line` said of the map, and an analysis whose
passed "vóór <day>" reads "zo spoedig mogelijk" (:func:`exports.nota_dates.dated`). The
example's peildatum is 1 October 2026, its deadlines 15 October and 5 November 2026. Each
test fails on the code before: ``about`` and ``always`` did not exist, nor ``dated``."""

from __future__ import annotations

import dataclasses
from datetime import date
from functools import cache

import pytest

from exports.nota_dates import as_of_line, dated, dated_findings
from mapper import analyse
from mapper.accepted import fingerprint
from mapper.analysis import Analysis
from mapper.findings import Cause, Finding
from models.case import Case
from models.example import example_case
from models.i18n import Lang

DEC_5 = date(2026, 12, 5)  # both deadlines gone
OCT_20 = date(2026, 10, 20)  # 15 October gone, 5 November to come
OCT_10 = date(2026, 10, 10)  # after the peildatum, no deadline gone
NL_AS_OF = "De kaart beschrijft de stand op 1 oktober 2026"
EN_AS_OF = "The map describes the state on 1 October 2026"
NL_BOTH = "de termijnen die op 15 oktober en 5 november 2026 afliepen, zijn inmiddels verstreken."
NL_ONE = "de termijn die op 15 oktober 2026 afliep, is inmiddels verstreken."
EN_BOTH = "the deadlines of 15 October and 5 November 2026 have since passed."


@cache
def _case() -> Case:
    return example_case()


@cache
def _analysis() -> Analysis:
    return analyse(_case())


def _texts(analysis: Analysis, lang: Lang) -> str:
    things: tuple[Finding | Cause, ...] = (*analysis.findings, *analysis.causes)
    return "\n".join(t(lang) for x in things for t in (x.title, x.detail, x.suggestion))


@pytest.mark.parametrize(
    ("today", "lang", "said"),
    [
        (DEC_5, "nl", f"{NL_AS_OF}; {NL_BOTH}"),
        (DEC_5, "en", f"{EN_AS_OF}; {EN_BOTH}"),
        (OCT_20, "nl", f"{NL_AS_OF}; {NL_ONE}"),
        (OCT_20, "en", f"{EN_AS_OF}; the deadline of 15 October 2026 has since passed."),
        (OCT_10, "nl", f"{NL_AS_OF}."),
        (OCT_10, "en", f"{EN_AS_OF}."),
        (date(2026, 10, 1), "nl", ""),  # read on the peildatum itself: nothing to say
        (date(2026, 9, 1), "en", ""),
    ],
)
def test_the_line_of_the_map(today: date, lang: Lang, said: str) -> None:
    assert as_of_line(_case(), today, lang, about="map") == said


def test_always_names_the_peildatum_and_the_note_keeps_its_own_words() -> None:
    case = _case()
    assert as_of_line(case, date(2026, 10, 1), "nl", about="map", always=True) == f"{NL_AS_OF}."
    assert as_of_line(case, date(2026, 9, 1), "en", about="map", always=True) == f"{EN_AS_OF}."
    assert as_of_line(case, OCT_20, "nl").startswith("Deze nota beschrijft de stand op 1 okt")
    assert as_of_line(case, OCT_10, "en") == "This note describes the state on 1 October 2026."


def test_no_peildatum_no_line() -> None:
    case = example_case()
    assert case.set_case_field("as_of", None)
    for lang in ("nl", "en"):
        assert as_of_line(case, DEC_5, lang, about="map") == ""
        assert as_of_line(case, DEC_5, lang, about="map", always=True) == ""


def test_gone_deadlines_are_asked_as_soon_as_possible_in_both_languages() -> None:
    before = _analysis()
    assert "vóór 5 november 2026" in _texts(before, "nl")
    shown = dated(before, _case(), DEC_5)
    nl, en = _texts(shown, "nl"), _texts(shown, "en")
    assert "vóór 5 november 2026" not in nl
    assert "before 5 November 2026" not in en
    nl_first, en_first = (shown.causes[0].suggestion(lang) for lang in ("nl", "en"))
    assert nl_first.startswith("Zorg dat er zo spoedig mogelijk weer een afspraak met Woning")
    assert en_first.startswith("Make sure an agreement with Woningcorporatie Thuisplus applies")
    assert en_first.split(": ")[0].endswith("applies again as soon as possible")
    # the findings stay the same findings: ids, keys and the acceptances' fingerprints
    assert [f.key for f in shown.findings] == [f.key for f in before.findings]
    assert [fingerprint(f) for f in shown.findings] == [fingerprint(f) for f in before.findings]
    assert [c.id for c in shown.causes] == [c.id for c in before.causes]
    said = dated_findings(before.findings, _case(), DEC_5)
    assert [f.suggestion for f in said] == [f.suggestion for f in shown.findings]


def test_a_deadline_still_to_come_keeps_its_day() -> None:
    shown = dated(_analysis(), _case(), OCT_20)
    assert "vóór 5 november 2026" in _texts(shown, "nl")
    assert "before 5 November 2026" in _texts(shown, "en")


def test_on_the_deadline_day_itself_before_it_is_no_longer_asked() -> None:
    """(jurist review 22) on 5 November the cause said "uiterlijk 5 november 2026" and its
    advice "zorg dat er vóór 5 november 2026 …", which can no longer be met that day."""
    shown = dated(_analysis(), _case(), date(2026, 11, 5))
    assert "vóór 5 november 2026" not in _texts(shown, "nl")
    assert "before 5 November 2026" not in _texts(shown, "en")
    assert shown.causes[0].suggestion("nl").startswith("Zorg dat er zo spoedig mogelijk weer")
    day_before = dated(_analysis(), _case(), date(2026, 11, 4))
    assert "vóór 5 november 2026" in _texts(day_before, "nl")


def test_nothing_gone_is_the_same_analysis() -> None:
    before = _analysis()
    assert dated(before, _case(), OCT_10) is before
    case = example_case()
    assert case.set_case_field("as_of", None)
    assert dated(before, case, date(2026, 11, 1)) is not before  # 15 October is gone by then
    assert dated(before, case, date(2026, 10, 14)) is before  # none gone the day before
    # on the day itself "vóór 15 oktober" can no longer be met (jurist review 22)
    assert dated(before, case, date(2026, 10, 15)) is not before


def test_a_changed_text_is_a_new_text_and_the_rest_the_same_objects() -> None:
    before = _analysis()
    shown = dated(before, _case(), DEC_5)
    kept = [a is b for a, b in zip(shown.findings, before.findings, strict=True)]
    assert not all(kept)
    assert sum(not k for k in kept) <= 3  # only the findings that name the day
    assert dataclasses.replace(shown, elapsed=before.elapsed).scorecard == before.scorecard


def test_a_name_quoted_from_the_map_keeps_its_own_words() -> None:
    """(hostile review 22) a decision named "aanvraag vóór 5 november 2026 binnen" was
    quoted as "aanvraag zo spoedig mogelijk binnen" in three places of four."""
    from exports.nota_dates import still_due

    text = (
        "‘Aanvraag vóór 5 november 2026 binnen’ is een beslissing; zorg dat er vóór 5 november"
        " 2026 weer een afspraak geldt (“vóór 5 november 2026”)."
    )
    assert still_due(text, _case(), DEC_5, "nl") == (
        "‘Aanvraag vóór 5 november 2026 binnen’ is een beslissing; zorg dat er zo spoedig"
        " mogelijk weer een afspraak geldt (“vóór 5 november 2026”)."
    )
