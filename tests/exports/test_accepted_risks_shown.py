"""Accepted risks reach the room (new user, tenth round, N4): the scorecard of the deck, the
nota and the workbook says "Groen, met één geaccepteerd risico" where a block is green only
because its findings were accepted; who accepted is read from the acceptance alone (the name,
or in an anonymised output "weggelaten (geanonimiseerd)", never a bare "—" beside "root" in
the workbook); the workbook's accepted sheet names a finding by its title, its code last, and
still reads a workbook of before, whose "Bevinding" held the code.

All but the last test fail on the code before this change.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from exports.excel_import import read_report
from exports.excel_report import build_report
from exports.nota import build_nota
from exports.sessie import build_sessie
from mapper import analyse
from mapper.accepted import fingerprint
from models import Case
from models.acceptance import Acceptance
from models.entities import Actor, CaseInfo, Mandate, Need, Organisation, Relationship
from models.enums import ActorKind, OrganisationKind, PowerCategory, RelationKind

A, R = ActorKind, RelationKind
_REASON = "Bewust risico: de wethouder beslist zelf"


def _case(accept: bool = True) -> Case:
    """The new user's youth case: the wethouder mandates the directeur to deviate, a
    consulent holds the need; the cause "no administrator behind the intent may deviate"
    accepted (blocks 1, 3 and 4)."""
    actors = [
        Actor("a1", "Wethouder Jeugd", A.ADMINISTRATOR, organisation="o1"),
        Actor("a2", "Directeur Jeugdzorg", A.MANAGER, organisation="o1"),
        Actor("a3", "Teamleider Jeugdteam", A.MANAGER, organisation="o1"),
        Actor("a4", "Jeugdconsulent", A.PROFESSIONAL, organisation="o1"),
    ]
    info = CaseInfo(
        "Mijn casus", intent="Kind snel veilig", as_of=date(2026, 12, 4), intent_owner="a1"
    )
    orgs = [Organisation("o1", "Gemeente Duinstad", OrganisationKind.MUNICIPALITY)]
    rels = [Relationship("r1", "a3", "a4", R.HIERARCHY)]
    mandates = [Mandate("m1", "a1", "a2", PowerCategory.DEVIATE_FROM_RULE)]
    needs = [
        Need("n1", "Spoedplaatsing in pleeggezin", PowerCategory.DEVIATE_FROM_RULE, handler="a4")
    ]
    case = Case.from_parts(info, actors, rels, mandates, needs, organisations=orgs)
    if not accept:
        return case
    cause = analyse(case).causes[0]
    assert cause.title("nl") == "Geen bestuurder achter de bedoeling mag afwijken"
    accepted = [
        Acceptance(f"acc{i}", f.id, _REASON, "root", date(2026, 12, 4), content=fingerprint(f))
        for i, f in enumerate(analyse(case).findings_of(cause), start=1)
    ]
    return Case.from_parts(
        info, actors, rels, mandates, needs, organisations=orgs, accepted=accepted
    )


def _blocks(rows: list[list[str]]) -> dict[str, tuple[str, str]]:
    return {r[0][:1]: (r[1], r[2]) for r in rows[1:]}


def test_the_deck_scorecard_names_the_accepted_risks() -> None:
    deck = build_sessie(_case(), lang="nl", picture=b"", causes={}, anonymised=True)
    table = next(
        s.table
        for slide in deck.slides
        for s in slide.shapes
        if s.has_table and s.table.cell(0, 1).text == "Oordeel"
    )
    rows = [[c.text for c in row.cells] for row in table.rows]
    verdict, summary = _blocks(rows)["3"]
    assert verdict == "Groen, met één geaccepteerd risico"
    assert summary == (
        "Geen knelpunten gevonden. Eén geaccepteerd risico: Niemand mag beslissen over "
        "‘Spoedplaatsing in pleeggezin’."
    )
    assert _blocks(rows)["1"][0] == "Groen, met één geaccepteerd risico"
    assert _blocks(rows)["5"][0] == "Niet te beoordelen"  # nothing accepted there


def test_the_english_scorecard_too() -> None:
    rows = analyse(_case()).scorecard
    assert rows[2].summary("en") == (
        "No problems found. One accepted risk: Nobody may decide on ‘Spoedplaatsing in pleeggezin’."
    )
    assert [len(r.accepted) for r in rows] == [1, 0, 1, 1, 0, 0, 0]


def test_without_acceptance_the_verdict_is_plain() -> None:
    rows = analyse(_case(accept=False)).scorecard
    assert not any(r.accepted for r in rows)
    assert rows[0].status.value == "red"  # the cause counts in block 1


def _accepted_annex(doc: object) -> list[list[str]]:
    for t in doc.tables:  # type: ignore[attr-defined]
        rows = [[c.text for c in r.cells] for r in t.rows]
        if len(rows[0]) > 2 and rows[0][2] in ("Geaccepteerd door", "Accepted by"):
            return rows
    raise AssertionError("no annex of accepted risks")


def test_the_nota_says_who_accepted_or_why_not() -> None:
    case = _case()
    named = _accepted_annex(build_nota(case, lang="nl", picture=b""))
    assert {r[2] for r in named[1:]} == {"root"}  # as the workbook says
    hidden = _accepted_annex(build_nota(case, lang="nl", picture=b"", anonymised=True))
    assert {r[2] for r in hidden[1:]} == {"weggelaten (geanonimiseerd)"}
    english = _accepted_annex(build_nota(case, lang="en", picture=b"", anonymised=True))
    assert {r[2] for r in english[1:]} == {"left out (anonymised)"}
    nota = build_nota(case, lang="nl", picture=b"")
    scorecard = next(t for t in nota.tables if t.cell(0, 1).text == "Oordeel")
    assert scorecard.cell(3, 1).text == "Groen, met één geaccepteerd risico"


def test_the_workbook_names_the_finding_by_its_title_and_reads_back(tmp_path: Path) -> None:
    case = _case()
    wb = build_report(case, lang="nl")
    ws = wb["Geaccepteerd"]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    assert rows[0] == [
        "ID",
        "Bevinding",
        "Reden",
        "Door",
        "Op",
        "Tot en met",
        "Vingerafdruk",
        "Bevinding (code)",
    ]
    assert [r[1] for r in rows[1:]] == [
        "Geen bestuurder achter de bedoeling mag afwijken",
        "Niemand mag beslissen over ‘Spoedplaatsing in pleeggezin’",
        "Mandaat zonder bevoegdheid: de wethouder Jeugd heeft ‘afwijken van regel’ niet",
    ]
    assert [r[-1] for r in rows[1:]] == [a.finding for a in case.accepted]
    assert {r[3] for r in rows[1:]} == {"root"}
    overview = [list(r) for r in wb["Overzicht"].iter_rows(values_only=True)]
    assert ["3. Handelingsruimte", "Groen, met één geaccepteerd risico"] in [
        r[:2] for r in overview
    ]
    path = tmp_path / "r.xlsx"
    wb.save(path)
    back = read_report(path).case
    assert [(a.finding, a.by) for a in back.accepted] == [(a.finding, a.by) for a in case.accepted]


def test_a_workbook_of_before_still_reads_its_finding_codes(tmp_path: Path) -> None:
    """The old layout: "Bevinding" held the code, and there was no code column."""
    case = _case()
    wb = build_report(case, lang="nl")
    ws = wb["Geaccepteerd"]
    for row in range(2, ws.max_row + 1):
        ws.cell(row=row, column=2).value = ws.cell(row=row, column=8).value
    ws.delete_cols(8)
    path = tmp_path / "old.xlsx"
    wb.save(path)
    back = read_report(path).case
    assert [a.finding for a in back.accepted] == [a.finding for a in case.accepted]
