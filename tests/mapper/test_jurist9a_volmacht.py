"""The ninth jurist's F1: an expired ondervolmacht the map records as a volmacht
(``power_of_attorney``) is written up as a volmacht: it yields contracts, not besluiten, and
what the gevolmachtigde concluded since it lapsed is ratified under art. 3:69 BW."""

from __future__ import annotations

from mapper import analyse
from mapper.findings import Finding
from tests.exports.jurist9_map_f import map_f


def _expired() -> dict[str, Finding]:
    return {f.mandates[0]: f for f in analyse(map_f()).findings if f.code == "MANDATE_EXPIRED"}


def test_f1_an_expired_volmacht_is_worded_as_one() -> None:
    f = _expired()["m2b"]
    assert f.title("nl") == "De volmacht van de teamleider Wmo is verlopen"
    assert f.detail("nl").endswith(
        "op de peildatum 1 oktober 2026 kunnen er geen overeenkomsten meer op worden gesloten."
    )
    assert f.suggestion("nl") == (
        "Laat de manager Wmo de ondervolmacht opnieuw verlenen, of laat de volmacht vervallen "
        "als zij niet meer nodig is. Laat de overeenkomsten die sinds 1 juli 2026 op de "
        "verlopen volmacht zijn "
        "gesloten, inventariseren en leg ze ter bekrachtiging voor aan het college van B&W "
        "(art. 3:69 BW)."
    )
    assert f.title("en") == "The power of attorney of the Teamleider Wmo has expired"
    assert "no contracts can be concluded under it" in f.detail("en")
    en = f.suggestion("en")
    assert en.startswith("Have the Manager Wmo grant the sub-power of attorney again")
    assert "(art. 3:69 of the Dutch Civil Code)" in en


def test_f1_an_expired_ondermandaat_stays_a_mandate() -> None:
    f = _expired()["m5"]
    assert f.title("nl") == "Het mandaat van de teamleider Wmo is verlopen"
    assert "kunnen er geen besluiten meer op worden genomen" in f.detail("nl")
    assert "Laat de besluiten die sinds 1 juli 2026 erop zijn genomen" in f.suggestion("nl")
