"""What a grouped finding says at scale (issue 14, the new user at scale's leftovers, nota15):
names in the order of their numbers, pairs in prose with their articles, a remedy that does not
name its subject twice, and no two grouped headings that differ only in names."""

from __future__ import annotations

import re

import pytest

from mapper.analysis import Analysis, analyse
from mapper.codes import Code
from mapper.findings import Finding, Severity, Text
from mapper.names import Name
from mapper.repeats import group_repeats
from mapper.wording import natural_key


def _one(i: int) -> Finding:
    n = Name.of(f"Schakel {i}")
    return Finding(
        Code.TRIAGE_ROLE_WITHOUT_MANDATE,
        2,
        Severity.WARNING,
        Text(f"Schakel {i} x", f"Schakel {i} x"),
        Text("d", "d"),
        Text("s", "s"),
        actors=(str(i),),
        id=f"T:{i}",
        shape="T|x",
        subjects=(n,),
    )


def _pair(i: int) -> Finding:
    a, b = Name.of(f"Manager {i}"), Name.of(f"Teamleider {i}")
    return Finding(
        Code.MANDATE_SUBMANDATE_NOT_ALLOWED,
        3,
        Severity.CRITICAL,
        Text(f"The manager {i} y", f"De manager {i} y"),
        Text("d.", "d."),
        Text("s.", "s."),
        actors=(str(i),),
        id=f"P:{i}",
        shape="P|y",
        subjects=(a, b),
    )


def test_names_sort_by_their_numbers() -> None:
    assert sorted(["Schakel 108", "Schakel 11", "Schakel 111", "Schakel 9"], key=natural_key) == [
        "Schakel 9",
        "Schakel 11",
        "Schakel 108",
        "Schakel 111",
    ]
    assert sorted(["teamleider 26.0.0", "teamleider 3.1.0"], key=natural_key)[0] == (
        "teamleider 3.1.0"
    )


def test_a_grouped_title_names_the_members_in_number_order() -> None:
    """Was "Schakel 108 x; hetzelfde geldt voor Schakel 11, Schakel 111 en …" (text order)."""
    found, members = group_repeats([_one(i) for i in (108, 11, 111, 9, 10, 12)])
    assert found[0].title.nl == (
        "Schakel 9 x; hetzelfde geldt voor Schakel 10, Schakel 11 en drie anderen"
    )
    assert [str(s.nl) for s in found[0].subjects] == [  # type: ignore[union-attr]
        "Schakel 9",
        "Schakel 10",
        "Schakel 11",
        "Schakel 12",
        "Schakel 108",
        "Schakel 111",
    ]
    assert [f.id for f in members[found[0].id]][:2] == ["T:9", "T:10"]


def test_pairs_read_as_prose_with_their_articles() -> None:
    """Was "hetzelfde geldt voor manager 2 – teamleider 2, manager 3 – teamleider 3 en …"."""
    found, _ = group_repeats([_pair(i) for i in range(1, 8)])
    [f] = found
    assert f.title.nl == (
        "De manager 1 y; hetzelfde geldt voor de manager 2 en de teamleider 2, voor de manager "
        "3 en de teamleider 3 en voor vier andere paren"
    )
    assert f.title.en.endswith(
        "the same holds for the Manager 2 and the Teamleider 2, for the Manager 3 and the "
        "Teamleider 3 and for four other pairs"
    )
    assert "Doe hetzelfde bij de manager 2 en de teamleider 2, bij de manager 3" in f.suggestion.nl
    # the annex's table keeps the short form
    assert f.subjects[1].nl == "manager 2 – teamleider 2"  # type: ignore[union-attr]


@pytest.fixture(scope="module")
def generated_analysis() -> Analysis:
    from benchmarks.generate import generate_case

    return analyse(generate_case(200, seed=0))


@pytest.fixture(scope="module")
def chain_analysis() -> Analysis:
    from benchmarks.structures import build

    return analyse(build("mandate-chain-50", 200))


def _texts(analysis: Analysis) -> list[str]:
    return [t for f in analysis.findings for t in (f.title.nl, f.detail.nl, f.suggestion.nl)]


def test_a_remedy_does_not_name_the_college_twice(generated_analysis: Analysis) -> None:
    """Was "Laat het college B&W 4 in het mandaat dat het college B&W 4 verleende
    ondermandaat … toestaan"; now "in zijn mandaat"."""
    twice = re.compile(r"(het college B&W \d+) (?:stond )?in het mandaat dat \1 verleende")
    assert not [t for t in _texts(generated_analysis) if twice.search(t)]
    found = [f for f in generated_analysis.findings if f.code == "MANDATE_SUBMANDATE_NOT_ALLOWED"]
    assert any("in zijn mandaat" in f.suggestion.nl for f in found)
    assert any("in its mandate" in f.suggestion.en for f in found)


@pytest.mark.parametrize("which", ["generated_analysis", "chain_analysis"])
def test_no_two_grouped_headings_differ_only_in_names(
    which: str, request: pytest.FixtureRequest
) -> None:
    """The chain nota's 5.12 and 5.13 both read "Het mandaat van Schakel 8 zelf is niet geldig;
    …" (a part of the detail, not of the title, set them apart): now one finding."""
    analysis: Analysis = request.getfixturevalue(which)
    heads = [
        re.sub(r"\d+(\.\d+)*", "N", f.title.nl.split(";")[0])
        for f in analysis.findings
        if f.members
    ]
    assert len(heads) == len(set(heads))


def test_a_line_over_distrust_names_both_with_their_articles(generated_analysis: Analysis) -> None:
    """Was "Mandaat of escalatie loopt over wantrouwen: manager 3.1.0 – teamleider 3.1.0;
    hetzelfde geldt voor manager 5.1.0 – …" (a dash pair, no articles)."""
    [f] = [f for f in generated_analysis.findings if f.code == "TRUST_NEGATIVE_LINE"]
    assert f.title.nl.startswith(
        "Mandaat of escalatie loopt over wantrouwen tussen de manager 3.1.0 en de teamleider "
        "3.1.0; hetzelfde geldt voor de manager 5.1.0 en de teamleider 5.1.0, voor de "
    )
    assert f.title.en.startswith(
        "A mandate or escalation runs over distrust between the Manager 3.1.0 and the "
        "Teamleider 3.1.0;"
    )
    assert " – " not in f.title.nl
    assert "verbindt de manager 3.1.0 en de teamleider 3.1.0, die elkaar" in f.detail.nl


def test_two_asks_that_each_offer_a_choice_stay_apart() -> None:
    """Was "… toestaan (drie niveaus), of het mandaat rechtstreeks aan de consulent verlenen en
    één niveau ondermandaat meer toestaan, of …": two choices run into one."""
    from mapper.sentence_merge import one_who

    said = [
        "Laat het college B&W 4 in zijn mandaat ondermandaat tot en met de consulent 4.7 "
        "toestaan (drie niveaus), of het mandaat rechtstreeks aan de consulent verlenen.",
        "Laat het college B&W 4 in zijn mandaat één niveau ondermandaat meer toestaan, of het "
        "mandaat rechtstreeks aan de teamleider 4.0.1 verlenen.",
    ]
    assert one_who(said, "nl") == said
    english = ["Have the board allow A, or grant it to B.", "Have the board allow C, or D."]
    assert one_who(english, "en") == english
    # asks without a choice still join
    plain = [
        "Laat de wethouder X een perslijn opstellen over het beleid.",
        "Laat de wethouder X de raad informeren over het beleid.",
    ]
    joined = "Laat de wethouder X een perslijn opstellen en de raad informeren over het beleid."
    assert one_who(plain, "nl") == [joined]
