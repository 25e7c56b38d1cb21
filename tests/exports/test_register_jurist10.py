"""The register in a volmacht's and a machtiging's own words (tenth jurist J2, her map G):
the sub-level that is not allowed is an ondervolmacht or ondermachtiging (art. 10:12 jo.
10:9 lid 1 Awb), a private-law act's rule reads "Volmacht toegestaan" and reads back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from exports.register_rule import mandate_rule_label, mandate_rule_read
from exports.register_status import mandate_statuses
from models.fileformat import load

_MAP_G = Path(__file__).parent / "data" / "jurist10_map_g.kvmap"


def test_the_sub_level_has_the_instrument_s_word() -> None:
    st = mandate_statuses(load(_MAP_G), date(2026, 10, 1), "nl")
    assert st["v3"] == "ongeldig: ondervolmacht niet toegestaan (art. 10:12 jo. 10:9 lid 1 Awb)"
    assert st["a2"] == "ongeldig: ondermachtiging niet toegestaan (art. 10:12 jo. 10:9 lid 1 Awb)"
    en = mandate_statuses(load(_MAP_G), date(2026, 10, 1), "en")
    assert en["v3"].startswith("void: sub-power of attorney not allowed (Awb 10:12 read with")


def test_a_private_law_act_s_rule_is_a_volmacht_and_reads_back() -> None:
    huur = load(_MAP_G).powers.get("huur")
    assert huur is not None
    assert mandate_rule_label(huur, "nl") == "Volmacht toegestaan"
    assert mandate_rule_label(huur, "en") == "Power of attorney allowed"
    assert mandate_rule_read("Volmacht toegestaan") == "Mandaat toegestaan"
    assert mandate_rule_read("Power of attorney allowed") == "Mandate allowed"
