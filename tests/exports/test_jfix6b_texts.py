"""Jurist review, sixth round (issue 10, engineer jfix6b): known answers for N1 and N4."""

from __future__ import annotations

from pathlib import Path

from exports.register_write import register_rows
from models.example import example_case

ROOT = Path(__file__).resolve().parents[2]


def test_the_moratorium_request_rests_on_art_5_wgs_and_the_besluit_breed_moratorium() -> None:
    """N1: art. 4a Wgs does not govern the college's request to the court (afkoelingsperiode)."""
    case = example_case()
    power = case.powers.get("moratorium")
    assert power is not None
    assert power.legal_basis == (
        "Wet gemeentelijke schuldhulpverlening art. 5 jo. Besluit breed moratorium"
    )
    printed = repr(register_rows(case, "nl")) + repr(register_rows(case, "en"))
    assert "art. 5 Wgs jo. Besluit breed moratorium" in printed
    assert "4a" not in printed
    for path in ("examples/huisuitzetting-schulden-zorg.kvmap", "docs/file-format.md"):
        text = (ROOT / path).read_text(encoding="utf-8")
        assert "4a Wgs" not in text, path
        assert "schuldhulpverlening art. 4a" not in text, path
