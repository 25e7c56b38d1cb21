"""Jurist, third round M5: statutory discretion (Participatiewet art. 58 lid 8, "kan ... afzien")
applies the law and is not listed as "Afwijken van regel"; the register's label reads back as
the power's category."""

from __future__ import annotations

from pathlib import Path

from exports.register_read import read_register
from exports.register_write import register_rows, write_register_xlsx
from models import PowerCategory, RuleType
from models.example import example_case
from models.labels import parse_label, power_kind


def test_statutory_discretion_is_named_as_such_in_the_register() -> None:
    rows = {str(r["power"]): r for r in register_rows(example_case(), "nl")}
    row = rows["Afzien van terugvordering wegens dringende redenen"]
    assert row["category"] == "Discretionaire bevoegdheid uit de wet"
    assert "Afwijken van regel" not in {str(r.get("category")) for r in rows.values()}
    en = {str(r["power"]): r for r in register_rows(example_case(), "en")}
    assert en["Afzien van terugvordering wegens dringende redenen"]["category"] == (
        "Statutory discretion"
    )


def test_the_kind_follows_the_rule_and_reads_back_as_the_category() -> None:
    deviate = PowerCategory.DEVIATE_FROM_RULE
    assert power_kind(deviate, RuleType.ORDINANCE, "nl") == "Hardheidsclausule van de verordening"
    assert power_kind(deviate, RuleType.POLICY_RULE, "nl") == "Afwijken van regel"
    assert power_kind(PowerCategory.SPEND_BUDGET, RuleType.STATUTE, "nl") == "Budget besteden"
    for text in (
        "Discretionaire bevoegdheid uit de wet",
        "statutory discretion",
        "Hardheidsclausule van de verordening",
        "Afwijken van regel",
    ):
        assert parse_label(PowerCategory, text) == deviate
    assert parse_label(PowerCategory, "Discretionaire bevoegdheid") is None


def test_the_register_round_trip_keeps_the_category(tmp_path: Path) -> None:
    out = tmp_path / "register.xlsx"
    write_register_xlsx(example_case(), out, "nl")
    back = {p.name: p for p in read_register(out).case.powers}
    power = back["Afzien van terugvordering wegens dringende redenen"]
    assert power.category == PowerCategory.DEVIATE_FROM_RULE
    assert power.rule_type == RuleType.STATUTE
