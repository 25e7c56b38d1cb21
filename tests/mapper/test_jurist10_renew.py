"""A lapsed volmacht or machtiging on the way to the case is renewed in its own words (session
10, issue 10; room_words.PLACE["renew_sub"/"renew_own"] said "mandaat" for them): a private-law
act passes on by volmacht, an act that is no besluit by machtiging (art. 10:12 Awb); what was
done on a lapsed volmacht is ratified as agreements (art. 3:69 BW), not as besluiten. Map A
(tests/mapper/test_jurist6_map_a.py) with its power turned into such an act."""

from __future__ import annotations

from datetime import date

from mapper import analyse
from models import Case, EntityKind, Instrument, PowerAct
from tests.mapper.test_jurist6_map_a import _cause_of, map_a


def _map(act: PowerAct, *, own: bool = False, instrument: Instrument | None = None) -> Case:
    c = map_a()
    name = (
        "Bruikleenovereenkomst hulpmiddel sluiten"
        if act is PowerAct.PRIVATE_LAW
        else ("Verzoek bewindvoering indienen bij de kantonrechter")
    )
    c.update(
        EntityKind.POWER,
        "bb",
        {"act": act, "name": name, "rule_type": "internal", "legal_basis": ""},
    )
    for m in ("m1", "m2", "m3", "m4"):
        if instrument is not None:
            c.update(EntityKind.MANDATE, m, {"instrument": instrument})
    if own:
        c.update(EntityKind.MANDATE, "m2", {"valid_until": None})
        c.update(EntityKind.MANDATE, "m1", {"valid_until": date(2026, 6, 30)})
    return c


def test_a_lapsed_sub_volmacht_is_renewed_and_its_agreements_ratified() -> None:
    c = _map(PowerAct.PRIVATE_LAW, instrument=Instrument.POWER_OF_ATTORNEY)
    assert _cause_of(c, "n1").startswith(
        "Laat de gemeentesecretaris de ondervolmacht aan de manager Inkomen voor "
        "‘Bruikleenovereenkomst hulpmiddel sluiten’ opnieuw verlenen. Dat kan de "
        "gemeentesecretaris zelf, zonder nieuw besluit van het college van B&W: de volmacht van "
        "het college staat ondervolmacht toe. Laat de overeenkomsten die sinds 1 juli 2026 op "
        "deze keten zijn gesloten, inventariseren en leg ze ter bekrachtiging voor aan het "
        "college (art. 3:69 BW)."
    )
    en = _cause_of(c, "n1", "en")
    assert "grant the sub-power of attorney (ondervolmacht) to the Manager Inkomen" in en
    assert (
        "Have the agreements concluded on this chain since 1 July 2026 listed and put to the "
        "executive for ratification (BW 3:69)." in en
    )
    [far] = [f for f in analyse(c).findings if f.code == "NEED_HOLDER_FAR"]
    assert far.title("nl").endswith(
        "is gebroken: de ondervolmacht van de manager Inkomen is op 30 juni 2026 verlopen"
    )


def test_a_lapsed_volmacht_of_the_college_is_renewed_by_the_college() -> None:
    c = _map(PowerAct.PRIVATE_LAW, own=True)  # the map says mandate: a volmacht all the same
    assert _cause_of(c, "n1").startswith(
        "Laat het college van B&W de volmacht aan de gemeentesecretaris voor "
        "‘Bruikleenovereenkomst hulpmiddel sluiten’ opnieuw verlenen. Laat de overeenkomsten "
        "die sinds 1 juli 2026 op deze keten zijn gesloten, inventariseren en leg ze ter "
        "bekrachtiging voor aan het college (art. 3:69 BW)."
    )


def test_a_lapsed_sub_machtiging_for_a_request_is_named_so() -> None:
    nl = _cause_of(_map(PowerAct.REQUEST), "n1")
    assert nl.startswith("Laat de gemeentesecretaris de ondermachtiging aan de manager Inkomen")
    assert "de machtiging van het college staat ondermachtiging toe" in nl
    assert (
        "Laat wat sinds 1 juli 2026 op deze keten is verricht, inventariseren en leg het ter "
        "bekrachtiging voor aan het college." in nl
    )
    assert "mandaat" not in nl
