"""The mandate register (mandaatregister): import from .xlsx/.csv, export to .xlsx/.docx.

Round trips (export, import into an empty map and into the same map), Dutch headers and
synonyms, located messages for hostile rows with nothing changed, formula injection on
export, the Word annex (LibreOffice opening both files: tests/test_libreoffice.py).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pytest

from exports.errors import ImportFileError
from exports.register_read import read_register
from exports.register_rule import is_public_power
from exports.register_write import register_rows, write_register_docx, write_register_xlsx
from models import (
    Actor,
    ActorKind,
    Case,
    CaseInfo,
    EntityKind,
    Instrument,
    Mandate,
    MandateRule,
    Power,
    PowerCategory,
    RuleType,
)
from models.example import example_case
from models.fields import KINDS
from models.fileformat import case_to_dict, load, save
from ui.cli import main


def legal_case() -> Case:
    """Two public bodies, two civil servants, two powers (one mandated twice, one not)."""
    return Case.from_parts(
        CaseInfo("Rivierstad", as_of=date(2026, 10, 1)),
        [
            Actor("a1", "College van B en W", ActorKind.ADMINISTRATOR),
            Actor("a2", "Manager Werk en Inkomen", ActorKind.MANAGER),
            Actor("a3", "Teamleider Wijkteam", ActorKind.MANAGER),
            Actor("a4", "Burgemeester", ActorKind.ADMINISTRATOR),
        ],
        mandates=[
            Mandate(
                "m1",
                "a1",
                "a2",
                "p1",
                "Binnen de beleidsregels; verslag per kwartaal",
                budget=50_000.0,
                sub_mandate_levels=1,
                legal_basis="Mandaatbesluit 2025",
                valid_from=date(2025, 1, 1),
                valid_until=date(2027, 12, 31),
            ),
            Mandate(
                "m2",
                "a2",
                "a3",
                "p1",
                "Tot de norm",
                budget=5_000.5,
                sub_mandate_levels=0,
                valid_from=date(2025, 1, 1),
                in_writing=False,
            ),
            Mandate("m3", "a1", "a3", PowerCategory.TRIAGE, instrument=Instrument.SIGNING),
        ],
        powers=[
            Power(
                "p1",
                "Bijzondere bijstand",
                PowerCategory.SPEND_BUDGET,
                "Participatiewet art. 35",
                RuleType.STATUTE,
                holder="a1",
            ),
            Power(
                "p2",
                "Last onder bestuursdwang",
                PowerCategory.OTHER,
                "Gemeentewet art. 125",
                RuleType.STATUTE,
                holder="a4",
                mandate=MandateRule.PROVIDED,
            ),
        ],
    )


def named(case: Case) -> dict[str, Any]:
    """The public-law powers and their mandates with actors and powers by name (ids differ
    after an import); the others are no mandate matter and stay out of the register."""
    actor = {a.id: a.name for a in case.actors}
    power = {p.id: p.name for p in case.powers}
    public = [p for p in case.powers if is_public_power(case, p)]
    powers = sorted(
        (p.name, p.category, p.legal_basis, p.rule_type, actor.get(p.holder or ""), p.mandate)
        for p in public
    )
    left_out = {p.id for p in case.powers} - {p.id for p in public}
    mandates = sorted(
        (
            actor[m.grantor],
            actor[m.holder],
            power.get(str(m.power), str(m.power)),
            m.description,
            m.instrument,
            m.scope,
            m.budget,
            m.sub_mandate_levels,
            m.in_writing,
            m.consent,
            m.legal_basis,
            m.valid_from,
            m.valid_until,
            m.practice,
            m.holder_works_under_grantor,
        )
        for m in case.mandates
        if str(m.power) not in left_out
    )
    return {"powers": powers, "mandates": mandates}


def snapshot(case: Case) -> dict[EntityKind, list[object]]:
    return {kind: list(case.collection(kind)) for kind in KINDS}


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("make", [legal_case, example_case])
def test_xlsx_round_trip_into_an_empty_map(tmp_path: Path, lang: str, make: Any) -> None:
    case = make()
    out = tmp_path / "register.xlsx"
    write_register_xlsx(case, out, lang)  # type: ignore[arg-type]
    back = read_register(out)
    assert named(back.case) == named(case)
    assert len(back.case.mandates) == len(named(case)["mandates"])
    assert len(back.case.powers) == len(named(case)["powers"])
    # every actor came back by name; the body named as holding a power is a public body
    created = {a.name: a for a in back.case.actors}
    if make is legal_case:
        assert created["Burgemeester"].public_body is True
        assert any(w.key == "register_new_actor" and w.row == 2 for w in back.warnings)


def test_importing_the_register_of_the_map_into_it_adds_nothing(tmp_path: Path) -> None:
    case = example_case()
    before = snapshot(case)
    out = tmp_path / "register.xlsx"
    write_register_xlsx(case, out, "nl")
    again = read_register(out, into=case)
    assert again.added == ()
    assert named(again.case) == named(case)
    assert {w.key for w in again.warnings} == {"register_duplicate"}
    assert snapshot(case) == before  # the map given is never changed


DUTCH_CSV = (
    "Bevoegdheid;Wettelijke grondslag;Mandaatgever;Gemandateerde;Ondermandaat;"
    "Instructies/voorwaarden;Maximumbedrag;Geldig van;Geldig t/m\n"
    "Bijzondere bijstand;Participatiewet art. 35;college van b en w;Manager Werk en Inkomen;"
    "ja;Verslag per kwartaal;€ 25.000,00;1-1-2026;31-12-2026\n"
    ";;;;;;;;\n"
    "Terugvordering afzien;Participatiewet art. 58 lid 8;College van B en W;Juridisch adviseur;"
    "nee;;1.500;2026-01-01;\n"
)


def test_dutch_csv_with_synonyms_matches_actors_by_name(tmp_path: Path) -> None:
    path = tmp_path / "mandaatregister.csv"
    path.write_text(DUTCH_CSV, encoding="utf-8")
    case = legal_case()
    result = read_register(path, into=case)
    work = result.case
    new = [e for e in result.added if isinstance(e, Mandate)]
    assert len(new) == 2
    first, second = new
    assert (first.grantor, first.holder, first.power) == ("a1", "a2", "p1")  # matched by name
    assert (first.budget, first.sub_mandate_levels) == (25_000.0, 1)
    assert (first.valid_from, first.valid_until) == (date(2026, 1, 1), date(2026, 12, 31))
    assert first.description == "Verslag per kwartaal"
    assert (second.budget, second.sub_mandate_levels) == (1_500.0, 0)
    power = work.powers.get(str(second.power))
    assert power is not None
    assert (power.name, power.legal_basis) == (
        "Terugvordering afzien",
        "Participatiewet art. 58 lid 8",
    )
    adviser = work.actors.get(second.holder)
    assert adviser is not None
    assert adviser.name == "Juridisch adviseur"
    rendered = [w.render("nl") for w in result.warnings]
    assert (
        'bestand "mandaatregister.csv", rij 4, kolom "Gemandateerde": geen actor '
        '"Juridisch adviseur" op de kaart; aangemaakt (controleer de soort)' in rendered
    )
    assert any("rij 4" in text and "Terugvordering afzien" in text for text in rendered)


HOSTILE = [
    # (row cells after the header, expected key, column)
    (["Bijzondere bijstand", "College van B en W", "Teamleider Wijkteam", "1e20", "", ""],
     "number_too_large", "Maximumbedrag"),
    (["Bijzondere bijstand", "College van B en W", "Teamleider Wijkteam", "", "2027-01-01",
      "2026-01-01"], "register_dates_reversed", "Geldig tot"),
    (["", "College van B en W", "Teamleider Wijkteam", "", "", ""],
     "register_required", "Bevoegdheid"),
    (["Bijzondere bijstand", "College van B en W", "", "", "", ""],
     "register_required", "Gemandateerde"),
    (["Bijzondere bijstand", "College van B en W", "Teamleider Wijkteam", "veel", "", ""],
     "register_bad_amount", "Maximumbedrag"),
    (["Bijzondere bijstand", "College van B en W", "Teamleider Wijkteam", "", "morgen", ""],
     "register_bad_date", "Geldig van"),
]  # fmt: skip


def _workbook(path: Path, rows: list[list[object]]) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Register"
    ws.append(["Mandaatregister gemeente Rivierstad"])  # a title above the headers
    ws.append(
        [
            "Bevoegdheid",
            "Mandaatgever",
            "Gemandateerde",
            "Maximumbedrag",
            "Geldig van",
            "Geldig tot",
        ]
    )
    for row in rows:
        ws.append(row)
    wb.save(path)


def test_hostile_rows_are_located_and_nothing_changes(tmp_path: Path) -> None:
    path = tmp_path / "register.xlsx"
    rows: list[list[object]] = [[]]
    rows += [list(cells) for cells, _, _ in HOSTILE]
    _workbook(path, rows)
    case = legal_case()
    before = snapshot(case)
    with pytest.raises(ImportFileError) as caught:
        read_register(path, into=case)
    problems = caught.value.problems
    found = {(p.row, p.key, p.column) for p in problems}  # type: ignore[attr-defined]
    for offset, (_, key, column) in enumerate(HOSTILE):
        row = 4 + offset  # title, header, a blank row, then the hostile rows
        assert any(r == row and k.startswith(key) and c == column for r, k, c in found), (
            row,
            key,
            found,
        )
    text = caught.value.render("nl")
    assert "register.xlsx" in text
    assert 'blad "Register", rij 4, kolom "Maximumbedrag"' in text
    assert snapshot(case) == before


def test_a_file_without_register_headers_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "iets.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Naam", "Soort"])
    wb.save(path)
    with pytest.raises(ImportFileError) as caught:
        read_register(path)
    assert caught.value.problems[0].key == "register_no_sheet"
    assert "Mandaatgever" in caught.value.render("nl")


def test_formulas_are_never_exported_and_come_back_as_text(tmp_path: Path) -> None:
    case = legal_case()
    case.update(EntityKind.POWER, "p1", {"name": '=HYPERLINK("http://x","klik")'})
    case.update(EntityKind.MANDATE, "m1", {"description": "+31 20 123 4567; @beheer"})
    out = tmp_path / "register.xlsx"
    write_register_xlsx(case, out, "nl")
    ws = openpyxl.load_workbook(out).active
    cells = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    risky = [c for c in cells if c.value[:1] in "=+-@"]
    assert len(risky) >= 3
    assert all(c.data_type == "s" and c.quotePrefix for c in risky)
    assert named(read_register(out).case) == named(case)


def test_docx_lays_out_powers_mandates_and_signing_apart(tmp_path: Path) -> None:
    out = tmp_path / "bijlage.docx"
    write_register_docx(legal_case(), out, "nl")
    document = docx.Document(str(out))
    styled = [(p.style.name if p.style else "", p.text) for p in document.paragraphs]
    headings = [(style, text) for style, text in styled if style.startswith("Heading")]
    assert headings == [
        ("Heading 1", "1. Bijzondere bijstand"),
        # a role in lower case inside a heading (jurist, third round L4)
        ("Heading 2", "1.1 Mandaat aan de manager Werk en Inkomen"),
        ("Heading 2", "1.2 Mandaat aan de teamleider Wijkteam"),
        ("Heading 1", "2. Last onder bestuursdwang"),
        ("Heading 1", "3. Triage"),
        ("Heading 1", "Machtigingen tot ondertekening (art. 10:11 Awb; geen mandaat)"),
        ("Heading 2", "1. Ondertekening door de teamleider Wijkteam: triage"),
    ]
    cells = {
        row.cells[0].text: row.cells[1].text for table in document.tables for row in table.rows
    }
    assert cells["Wettelijke grondslag"] in ("Participatiewet art. 35", "Gemeentewet art. 125")
    texts = [row.cells[1].text for table in document.tables for row in table.rows]
    assert "van 1 januari 2025 tot en met 31 december 2027" in texts
    assert "Toegestaan, één niveau" in texts
    assert "€ 50.000" in texts
    assert "Niet gemandateerd." in [p.text for p in document.paragraphs]


def test_rows_put_each_power_first_and_unmandated_powers_alone() -> None:
    rows = register_rows(legal_case(), "en")
    assert [(r["power"], r.get("holder")) for r in rows] == [
        ("Bijzondere bijstand", "Manager Werk en Inkomen"),
        ("Bijzondere bijstand", "Teamleider Wijkteam"),
        ("Last onder bestuursdwang", None),
        ("Triage", "Teamleider Wijkteam"),
    ]


def test_cli_exports_and_imports_into_an_existing_map(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "bron.kvmap"
    save(legal_case(), source, backup=False)
    register = tmp_path / "register.xlsx"
    assert (
        main(
            [
                "export",
                str(source),
                "--to",
                str(register),
                "--format",
                "mandate-register",
                "--lang",
                "nl",
            ]
        )
        == 0
    )
    target = tmp_path / "doel.kvmap"
    save(Case.from_parts(CaseInfo("Doel"), [Actor("x1", "Wethouder")]), target, backup=False)
    assert (
        main(
            [
                "import",
                str(register),
                "--format",
                "mandate-register",
                "--to",
                str(target),
                "--lang",
                "nl",
            ]
        )
        == 0
    )
    out = capsys.readouterr()
    assert "3 mandaten, 2 bevoegdheden en 4 actoren toegevoegd" in out.out
    merged = load(target)
    assert merged.actors.get("x1") is not None  # the map kept what it had
    assert named(merged) == named(legal_case())
    assert (
        main(
            ["export", str(source), "--to", str(tmp_path / "r.pdf"), "--format", "mandate-register"]
        )
        == 2
    )
    new = tmp_path / "nieuw.kvmap"
    assert main(["import", str(register), "--format", "mandate-register", "--to", str(new)]) == 0
    assert case_to_dict(load(new))["powers"]
