"""On a map with several colleges the text names the body at the top of each mandate's own
chain (jurist 15, J3): the 2,000-actor nota said 'die mag besluiten van het college B&W 1
ondertekenen' for a signing machtiging the college B&W 4 granted, and 'laat het college B&W 1
bekrachtigen' for a chain under the college B&W 20, because the mandates name the power by its
category and the text took the first holder of that category on the map."""

from __future__ import annotations

from datetime import date

from mapper import analyse
from models import Actor, ActorKind, Case, CaseInfo, Instrument, Mandate, Power, PowerCategory
from models.i18n import Lang

_CAT = PowerCategory.SPEND_BUDGET


def _two_colleges() -> Case:
    actors = [Actor("col1", "College B&W 1", ActorKind.ADMINISTRATOR)]
    actors += [Actor("col2", "College B&W 2", ActorKind.ADMINISTRATOR)]
    actors += [Actor(i, n) for i, n in (("dir2", "Directeur 2.1"), ("man2", "Manager 2.0"))]
    actors += [Actor("tl2", "Teamleider 2.0.1"), Actor("dir1", "Directeur 1.1")]
    return Case.from_parts(
        CaseInfo("twee colleges"),
        actors,
        mandates=[
            Mandate("m1", "col1", "dir1", _CAT),
            Mandate("m2", "col2", "dir2", _CAT, instrument=Instrument.SIGNING),
            Mandate("m3", "col2", "man2", _CAT, sub_mandate_levels=1),
            Mandate("m4", "man2", "tl2", _CAT, valid_until=date(2024, 1, 1)),
        ],
        powers=[
            Power("p1", "Bijzondere bijstand 1", _CAT, holder="col1"),
            Power("p2", "Bijzondere bijstand 2", _CAT, holder="col2"),
        ],
    )


def _texts(lang: Lang) -> str:
    result = analyse(_two_colleges())
    return "\n".join(
        f"{f.code} {f.title(lang)} {f.detail(lang)} {f.suggestion(lang)}" for f in result.findings
    )


def test_signing_names_the_college_that_granted_it() -> None:
    nl = _texts("nl")
    [line] = [line for line in nl.splitlines() if line.startswith("MANDATE_SIGNING_NO_POWER")]
    assert "besluiten van het college ondertekenen (art. 10:11 Awb)" in line
    assert "college B&W 1 ondertekenen" not in nl


def test_the_lapsed_chain_is_ratified_by_its_own_college() -> None:
    nl = _texts("nl")
    lines = [line for line in nl.splitlines() if "bekrachtig" in line]
    assert lines
    assert all("college B&W 1" not in line for line in lines), lines
    assert any("college B&W 2" in line for line in lines), lines
