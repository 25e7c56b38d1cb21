"""The jurist's J21 (rev-jurist15): "Geen geldende afspraak met de zorgaanbieder bereikt
‘Besluit van de aanbieder’" quoted the anonymised copy's placeholder as if it were the
decision's title, "bereikt" is no word for what an agreement does to a decision ("dekt"), and
the analysis of the copy said "met Zorgaanbieder", without the article."""

from __future__ import annotations

from pathlib import Path

from exports.anonymise_copy import write_anonymised_copy
from exports.anonymise_words import NEUTRAL_NEED
from mapper.analysis import analyse
from mapper.checks._room_partners import _NEUTRAL_NEED
from mapper.names import organisation_name
from models import fileformat
from models.example import example_case


def _partner_titles(case_path: Path) -> list[tuple[str, str, str]]:
    result = analyse(fileformat.load(case_path))
    return [
        (f.title("nl"), f.title("en"), f.detail("nl"))
        for f in result.findings
        if f.code == "NEED_PARTNER_NOT_REACHED"
    ]


def test_the_copy_s_placeholder_is_no_quoted_title_and_an_agreement_covers(
    tmp_path: Path,
) -> None:
    write_anonymised_copy(example_case(), tmp_path / "c.kvmap", "nl")
    titles = _partner_titles(tmp_path / "c.kvmap")
    held = [t for t in titles if "zorgaanbieder" in t[0]]
    assert held
    # a care provider takes no besluit in the sense of art. 1:3 Awb (rev-jurist17 R10)
    assert held[0][0] == "Geen geldende afspraak dekt de beslissing van de zorgaanbieder"
    assert held[0][1].startswith("No agreement in force covers the decision of")
    assert "Dat beslist de zorgaanbieder zelf" in held[0][2]  # the organisation; was "met
    assert "geen afspraak met de zorgaanbieder die nu geldt" in held[0][2]  # Zorgaanbieder"
    assert "heeft contact met de zorgaanbieder" in held[0][2]  # the actor bears its name too
    for nl, en, _ in titles:
        assert "bereikt" not in nl
        assert "reaches" not in en


def test_the_ordinary_title_says_dekt(tmp_path: Path) -> None:
    fileformat.save(example_case(), tmp_path / "e.kvmap")
    titles = _partner_titles(tmp_path / "e.kvmap")
    assert any(nl.endswith("geen geldende afspraak dekt het") for nl, _, _ in titles)


def test_the_mapper_knows_the_copy_s_neutral_names() -> None:
    assert {n.casefold() for n in NEUTRAL_NEED.values()} == _NEUTRAL_NEED


def test_a_provider_named_by_its_kind_takes_its_article() -> None:
    assert organisation_name("Zorgaanbieder").running("nl") == "de zorgaanbieder"
    assert organisation_name("Zorgaanbieder 2").running("nl") == "de zorgaanbieder 2"
    assert organisation_name("GGZ Rivierland").running("nl") == "GGZ Rivierland"
