"""The ninth jurist's F1 remainder: NEED_HANDLER_MANDATE_FALLS_SHORT and MANDATE_EXPIRED name
each grant by what it is in law. A handler under an expired ondervolmacht (art. 3:60 BW) is
told that whoever performs the legal act needs a valid volmacht, held "als gevolmachtigde van
het college", not "een geldig mandaat … in mandaat van het college"; a mandate keeps its
mandate words."""

from __future__ import annotations

from mapper import analyse
from mapper.findings import Finding
from models import Instrument
from models.fileformat import case_from_dict, case_to_dict
from tests.exports.jurist9_map_f import map_f


def _short(case: object = None) -> dict[str, Finding]:
    found = analyse(map_f() if case is None else case).findings  # type: ignore[arg-type]
    return {f.mandates[0]: f for f in found if f.code == "NEED_HANDLER_MANDATE_FALLS_SHORT"}


def test_a_volmacht_that_falls_short_is_named_a_volmacht() -> None:
    f = _short()["m2b"]
    assert f.title("nl") == "De volmacht van de teamleider Wmo dekt ‘Bruikleen scootmobiel’ niet"
    assert f.detail("nl") == (
        "Voor ‘Bruikleen scootmobiel’ (‘Bruikleenovereenkomst hulpmiddel sluiten’, € 500, "
        "uiterlijk 15 november 2026) steunt de teamleider Wmo op de ondervolmacht die de "
        "manager Wmo verleende (verlopen op 30 juni 2026). Wie de rechtshandeling verricht, "
        "moet een geldige volmacht hebben; de manager, één stap boven de teamleider, heeft die, "
        "als gevolmachtigde van het college van B&W."
    )
    assert f.suggestion("nl") == (
        "Laat de manager Wmo deze rechtshandeling verrichten, of zorg dat de volmacht van de "
        "teamleider Wmo geldig is en het bedrag dekt."
    )
    assert f.title("en") == (
        "The power of attorney of the Teamleider Wmo does not cover ‘Bruikleen scootmobiel’"
    )
    en = f.detail("en")
    assert "relies on the sub-power of attorney the Manager Wmo granted" in en
    assert "Whoever performs the legal act must hold a valid power of attorney" in en
    assert en.endswith("does, as the attorney of the municipal executive (College van B&W).")
    for lang in ("nl", "en"):
        assert "mandat" not in (f.title(lang) + f.detail(lang) + f.suggestion(lang)).lower()


def test_a_mandate_that_falls_short_keeps_its_mandate_words() -> None:
    f = _short()["m5"]
    assert f.title("nl") == (
        "Het mandaat van de teamleider Wmo dekt ‘Huishoudelijke ondersteuning 4 uur per week’ niet"
    )
    assert f.detail("nl").endswith(
        "Wie beslist, moet een geldig mandaat hebben; de gemeentesecretaris, twee stappen boven "
        "de teamleider, heeft dat, in mandaat van het college van B&W."
    )
    assert f.suggestion("nl") == (
        "Laat de gemeentesecretaris dit besluit nemen, of zorg dat het mandaat van de teamleider "
        "Wmo geldig is en het bedrag dekt."
    )
    assert "Whoever decides must hold a valid mandate" in f.detail("en")


def test_the_holder_above_is_named_by_its_own_instrument() -> None:
    """The manager holds the power by a machtiging from the college and grants the team
    leader a sub-machtiging that lapsed: the sentence names both as machtigingen."""
    d = case_to_dict(map_f())
    for m in d["mandates"]:
        if m["id"] in ("m4", "m5"):
            m["instrument"] = Instrument.AUTHORISATION.value
        if m["id"] == "m4":
            m["holder"], m["sub_mandate_levels"] = "manager", 1
        if m["id"] == "m5":
            m["grantor"] = "manager"
    f = _short(case_from_dict(d))["m5"]
    assert f.title("nl").startswith("De machtiging van de teamleider Wmo dekt")
    assert f.detail("nl").endswith(
        "Wie handelt, moet een geldige machtiging hebben; de manager, één stap boven de "
        "teamleider, heeft die, als gemachtigde van het college van B&W."
    )
    assert f.suggestion("nl").startswith("Laat de manager Wmo deze handeling verrichten, of ")


def test_an_expired_volmacht_beside_a_valid_one_is_tidied_as_a_volmacht() -> None:
    """The still/tidy parts of MANDATE_EXPIRED: the team leader still holds a volmacht of the
    college directly; the lapsed ondervolmacht is named as one, not as "het verlopen mandaat"."""
    d = case_to_dict(map_f())
    direct = dict(next(m for m in d["mandates"] if m["id"] == "m2"), id="m2c", holder="tl")
    d["mandates"].append(direct)
    found = analyse(case_from_dict(d)).findings
    f = next(f for f in found if f.code == "MANDATE_EXPIRED" and f.mandates == ("m2b",))
    assert f.detail("nl").endswith(
        "De teamleider kan nog steeds handelen bij ‘Bruikleenovereenkomst hulpmiddel sluiten’ op "
        "de rechtstreekse volmacht van het college van B&W; de verlopen volmacht was de "
        "ondervolmacht van de manager."
    )
    assert f.suggestion("nl") == (
        "Haal de verlopen volmacht van de kaart, of laat de manager Wmo die opnieuw verlenen "
        "als de teamleider Wmo die naast de rechtstreekse volmacht van het college van B&W "
        "nodig heeft."
    )
    assert f.suggestion("en").startswith("Take the expired power of attorney off the map")
    assert "can still act for" in f.detail("en")
    for lang in ("nl", "en"):
        assert "mandat" not in (f.detail(lang) + f.suggestion(lang)).lower()
