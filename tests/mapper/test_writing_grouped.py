"""Mandates of which the map does not record whether they were granted in writing: one finding
for all of them, not one per mandate (H10: a mandate register without the Schriftelijk column
would otherwise give a warning for every row); one mandate keeps its own finding."""

from __future__ import annotations

from pathlib import Path

from exports.register_read import read_register
from mapper import analyse
from mapper.findings import Finding


def _unrecorded(path: Path, rows: str) -> list[Finding]:
    path.write_text("Bevoegdheid,Mandaatgever,Gemandateerde\n" + rows, "utf-8")
    case = read_register(path).case
    return [f for f in analyse(case).findings if f.code == "MANDATE_WRITING_NOT_RECORDED"]


def test_a_register_without_the_column_gives_one_finding(tmp_path: Path) -> None:
    rows = "Bijzondere bijstand,College,Jan\nBijzondere bijstand,College,Piet\n"
    found = _unrecorded(tmp_path / "r.csv", rows + "Terugvordering,College,Jan\n")
    assert len(found) == 1
    [f] = found
    assert len(f.mandates) == 3
    assert f.title("nl") == "Niet vastgelegd of 3 mandaten schriftelijk zijn verleend"
    nl = f.detail("nl")
    assert "(art. 10:5 lid 2 Awb). Bij deze 3 mandaten legt de kaart niet vast" in nl
    assert "dat het college aan Piet verleende" in nl
    assert f.title("en") == "Not recorded whether 3 mandates were granted in writing"


def test_one_mandate_keeps_its_own_finding(tmp_path: Path) -> None:
    [f] = _unrecorded(tmp_path / "r.csv", "Bijzondere bijstand,College,Jan\n")
    assert f.title("nl") == "Niet vastgelegd of het mandaat van Jan schriftelijk is verleend"
    assert f.detail("nl").endswith(". De kaart legt niet vast of dat is gebeurd.")
