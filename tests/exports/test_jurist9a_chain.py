"""The ninth jurist's volmacht chain (rev-jurist9 F2, F9, F1, F3): each re-grant of an expired
sub-level carries its own ratification, naming its chain and its holder; a volmacht recorded
as one is worded as a volmacht (overeenkomsten, art. 3:69 BW) in the nota and the register."""

from __future__ import annotations

from exports.decisions import decision_points
from mapper import analyse
from tests.exports.jurist9_map_f import map_f
from tests.mapper.test_jurist6_map_a import map_a


def _points(case: object, lang: str) -> list[str]:
    return decision_points(case, analyse(case), lang)  # type: ignore[arg-type]


def test_f2_each_expired_chain_is_ratified_in_its_own_point() -> None:
    nl = _points(map_f(), "nl")
    # the college, the principal, ratifies the agreements (art. 3:69 lid 1 BW), not the
    # manager who granted the ondervolmacht: its own clause first, so that "te vragen" binds
    # only the renewal (session 10); the manager is named in full or, after an earlier point,
    # by his role
    assert any(
        p.startswith(
            "de overeenkomsten die de teamleider Wmo sinds 1 juli 2026 op de verlopen "
            "ondervolmacht sloot, te laten inventariseren en ter bekrachtiging voor te leggen "
            "(art. 3:69 BW), en "
            "de manager"
        )
        and p.endswith(
            " te vragen de ondervolmacht aan de teamleider voor bruikleenovereenkomst "
            "hulpmiddel, die op 30 juni 2026 verliep, opnieuw te verlenen"
        )
        for p in nl
    ), nl
    wmo = [p for p in nl if "ondermandaat aan de teamleider" in p]
    assert len(wmo) == 1, nl
    # the college's own clause first, each decision put to the college: a mandataris cannot
    # ratify (jurist 15, J2)
    assert wmo[0].startswith(
        "de besluiten die de teamleider Wmo sinds 1 juli 2026 op het verlopen ondermandaat nam, "
        "te laten inventariseren en de besluiten die geen geldig mandaat dekte, ter "
        "bekrachtiging aan het college van B&W voor te leggen, en de gemeentesecretaris te "
        "vragen het ondermandaat aan de teamleider"
    )
    # no blanket ratification standing on its own after the wrong chain
    assert not any("op deze keten" in p for p in nl), nl
    assert not any(p.startswith("de besluiten die sinds") for p in nl), nl
    assert not any("ondermandaat aan de teamleider Wmo voor bruikleen" in p for p in nl), nl


def test_f2_in_english() -> None:
    en = _points(map_f(), "en")
    assert any(
        p.startswith(
            "to have the contracts the Teamleider Wmo concluded under the expired sub-power of "
            "attorney since 1 July 2026 listed and put forward for ratification (art. 3:69 of the "
            "Dutch Civil Code), and to ask the "
        )
        and p.endswith(
            " to grant the sub-power of attorney to the team leader for bruikleenovereenkomst "
            "hulpmiddel again, which expired on 30 June 2026"
        )
        for p in en
    ), en
    assert any(
        p.startswith(
            "to have the decisions the Teamleider Wmo took under the expired sub-mandate since "
            "1 July 2026 listed and those no valid mandate covered put to the municipal "
            "executive (College van B&W) for ratification, and to ask the Gemeentesecretaris"
        )
        for p in en
    ), en
    assert not any("this chain" in p for p in en), en


def test_f9_map_a_has_no_blanket_ratification_and_no_odd_no_new_decision() -> None:
    case = map_a()
    nl = _points(case, "nl")
    assert (
        "de besluiten die de manager Inkomen sinds 1 juli 2026 op het verlopen ondermandaat nam, "
        "te laten inventariseren en de besluiten die geen geldig mandaat dekte, ter "
        "bekrachtiging aan het college van B&W voor te leggen, en de gemeentesecretaris te "
        "vragen het ondermandaat aan de manager voor bijzondere bijstand, dat op 30 juni 2026 "
        "verliep, opnieuw te verlenen"
    ) in nl
    assert not any("op deze keten" in p for p in nl), nl
    assert (
        "de gemeentesecretaris te vragen, binnen het bestaande mandaat, de manager ondermandaat "
        "te verlenen voor ‘Terugvorderen van bijstand’"
    ) in nl or (
        "de gemeentesecretaris te vragen, binnen het bestaande mandaat, de manager Inkomen "
        "ondermandaat te verlenen voor ‘Terugvorderen van bijstand’"
    ) in nl
    assert not any("geen nieuw besluit" in p for p in nl), nl
    en = _points(case, "en")
    assert any("within the existing mandate, a sub-mandate for" in p for p in en), en
    assert not any("this chain" in p for p in en), en
