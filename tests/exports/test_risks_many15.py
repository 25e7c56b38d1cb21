"""Chapter 6 of a large map's nota counts instead of listing (issue 14, new user at scale F9:
170 lines "‘Besluit 2’ vraagt € 8.500." and 111 "De gemeenteraad N (gemeenteraad) is
invloedrijk …" at 10,000 actors, shown as ten and "En nog 160 zulke punten"). A map with ten
such lines or fewer keeps one each."""

from __future__ import annotations

from datetime import date

from exports.risks import risks
from mapper.analysis import analyse
from models import (
    Actor,
    ActorKind,
    Case,
    CaseInfo,
    Need,
    PowerCategory,
    RelationKind,
    Relationship,
    Role,
)


def _map(n: int) -> Case:
    """A wethouder above ``n`` case handlers, each with a needed decision of (i + 1) × € 100,
    and ``n`` councils and two newsrooms that oppose the intent."""
    actors = [Actor("top", "Wethouder", ActorKind.ADMINISTRATOR)]
    rels: list[Relationship] = []
    needs: list[Need] = []
    for i in range(n):
        actors += [
            Actor(f"c{i}", f"Consulent {i}", ActorKind.PROFESSIONAL, roles=(Role.CASE_HANDLER,)),
            Actor(f"g{i}", f"Gemeenteraad {i}", ActorKind.COUNCIL, influence=4, stance=-2),
        ]
        rels.append(Relationship(f"h{i}", "top", f"c{i}", RelationKind.HIERARCHY))
        needs.append(
            Need(f"n{i}", f"Besluit {i}", PowerCategory.SPEND_BUDGET, 100.0 * (i + 1), f"c{i}")
        )
    actors += [
        Actor(f"r{i}", f"Redactie {i}", ActorKind.MEDIA, influence=4, stance=-1) for i in (2, 1)
    ]
    info = CaseInfo("raden", as_of=date(2026, 6, 1), intent_owner="top")
    return Case.from_parts(info, actors, rels, [], needs)


def _lines(case: Case, name: str) -> list[tuple[str, str]]:
    [risk] = [r for r in risks(case, analyse(case)) if r.name.nl == name]
    return [(t.nl, t.en) for t in risk.lines]


def test_many_amounts_are_a_count_a_sum_and_the_largest() -> None:
    case = _map(12)
    [(nl, en), *_] = _lines(case, "Financieel")
    assert nl == (
        # twelve in words since rev-jurist16 N9 (jur17a): numbers up to twenty in running text
        "Twaalf benodigde besluiten vragen samen € 7.800; de grootste zijn ‘Besluit 11’ "
        "(€ 1.200), ‘Besluit 10’ (€ 1.100) en ‘Besluit 9’ (€ 1.000)."
    )
    assert en.startswith("Twelve needed decisions ask €7,800 in all; the largest are ‘Besluit 11’")
    assert not [x for x, _ in _lines(case, "Financieel") if x.endswith("vraagt € 100.")]


def test_many_opponents_are_counted_per_council_and_press() -> None:
    lines = _lines(_map(12), "Communicatie")
    assert [nl for nl, _ in lines] == [
        "Twaalf invloedrijke tegenstanders in de gemeenteraad (de gemeenteraad 0, de gemeenteraad "
        "1, de gemeenteraad 2 en negen anderen) staan negatief tegenover de bedoeling. Laat de "
        "portefeuillehouder de raad informeren over het beleid (art. 169 Gemeentewet), met een "
        "raadsinformatiebrief of een technische sessie, niet over de individuele casus.",
        "Twee invloedrijke tegenstanders in de pers en de media (Redactie 1 en Redactie 2) staan "
        "negatief tegenover de bedoeling. Bereid een perslijn voor over het beleid, niet over de "
        "individuele casus.",
    ]
    assert lines[1][1].startswith("Two influential opponents in the press and the media (")


def test_a_small_map_keeps_a_line_each() -> None:
    case = _map(4)
    money = [nl for nl, _ in _lines(case, "Financieel")]
    assert money[:4] == [f"‘Besluit {i}’ vraagt € {100 * (i + 1)}." for i in range(4)]
    talk = [nl for nl, _ in _lines(case, "Communicatie")]
    assert len(talk) == 6
    assert talk[0].startswith("De gemeenteraad 0 (gemeenteraad) is invloedrijk")


def test_a_budget_finding_is_a_sentence_in_chapter_6() -> None:
    """Was "Te weinig budget dicht bij de casus voor ‘Besluit 254’; …" without its full stop."""
    from benchmarks.generate import generate_case

    case = generate_case(500, seed=0)
    short = [nl for nl, _ in _lines(case, "Financieel") if nl.startswith("Te weinig budget")]
    assert short
    assert all(nl.endswith(".") for nl in short)
