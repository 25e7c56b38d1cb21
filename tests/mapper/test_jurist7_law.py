"""Jurist round 7 (W2, W5, W6, W14, W9 residue): known answers of the analysis texts, both
ways (a map where the sentence must appear, one where it must not), in Dutch and English."""

from __future__ import annotations

from datetime import date

from mapper import analyse
from models import Case, EntityKind
from tests.mapper.test_jurist6_map_a import map_a


def _titles(c: Case, code: str) -> list[tuple[str, str]]:
    return [(f.title("nl"), f.title("en")) for f in analyse(c).findings if f.code == code]


# ------------------------------------------------------------------------------------ W2


def test_w2_the_headline_of_a_lapsed_sub_mandate_says_the_chain_is_broken() -> None:
    [(nl, en)] = _titles(map_a(), "NEED_HOLDER_FAR")
    assert nl == (
        "De keten naar ‘Bijzondere bijstand voor woonkosten € 1.800’ is gebroken: het "
        "ondermandaat van de manager Inkomen is op 30 juni 2026 verlopen"
    )
    assert en == (
        "The chain to ‘Bijzondere bijstand voor woonkosten € 1.800’ is broken: the sub-mandate "
        "of the manager Inkomen expired on 30 June 2026"
    )


def test_w2_a_lapsed_direct_mandate_is_named_the_mandate() -> None:
    c = map_a()
    c.update(EntityKind.MANDATE, "m2", {"valid_until": None})
    c.update(EntityKind.MANDATE, "m1", {"valid_until": date(2026, 6, 30)})
    [(nl, en)] = _titles(c, "NEED_HOLDER_FAR")
    assert nl == (
        "De keten naar ‘Bijzondere bijstand voor woonkosten € 1.800’ is gebroken: het mandaat "
        "van de gemeentesecretaris is op 30 juni 2026 verlopen"
    )
    assert en.endswith("the mandate of the gemeentesecretaris expired on 30 June 2026")


def test_w2_without_a_lapsed_mandate_the_headline_says_how_far_the_decision_lies() -> None:
    c = map_a(expired=False)
    for mid in ("m2", "m3", "m4"):  # only the secretaris holds it, three steps up
        c.remove(EntityKind.MANDATE, mid)
    [(nl, en)] = _titles(c, "NEED_HOLDER_FAR")
    assert nl.endswith("ligt drie stappen boven de casus")
    assert en.endswith("lies three steps above the case")
    assert "gebroken" not in nl
    assert "broken" not in en
