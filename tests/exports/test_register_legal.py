"""What the mandate register may say in law (jurist review J1, J2, J3, L10).

- Only public-law powers of public bodies are in it; a partner's own decision, an agreement
  and an internal work rule are listed apart in the Word overview and left out of the sheet.
- Each mandate has its status on the reference date; signing (Awb 10:11) is listed apart; the
  overview is titled after the organisation, not after a resident's case, and says it is
  derived from a case map.
- The statutory basis and the policy rules are two columns.
- The sub-mandate column holds one kind of phrase, which reads back.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import docx
import openpyxl

from exports.register_read import read_register
from exports.register_write import register_rows, write_register_docx, write_register_xlsx
from models.enums import EntityKind
from models.example import example_case

PARTNERS = ("Ontruiming aanhouden", "Behandeling starten", "Doorbraak: één schuldregeling")


def _document(tmp_path: Path) -> tuple[list[tuple[str, str]], list[str]]:
    out = tmp_path / "overzicht.docx"
    write_register_docx(example_case(), out, "nl")
    document = docx.Document(str(out))
    paragraphs = [(p.style.name if p.style else "", p.text) for p in document.paragraphs]
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return paragraphs, cells


# ----------------------------------------------------------------------------- J1
def test_partners_decisions_and_agreements_are_no_powers_of_the_register() -> None:
    rows = register_rows(example_case(), "nl")
    powers = {str(r["power"]) for r in rows}
    assert not any(p.startswith(PARTNERS) for p in powers)
    assert "Vaststellen dat een casus maatwerk vraagt" not in powers  # an internal work rule
    assert "Bijzondere bijstand verlenen" in powers
    holders = {r.get("power_holder") for r in rows}
    # the Belastingsamenwerking's own public-law power is a power of the map too (jurist W3);
    # its organ is the invorderingsambtenaar (jurist N2)
    assert holders <= {
        "College van B&W",
        "Gemeenteraad",
        "Invorderingsambtenaar van de Belastingsamenwerking",
    }
    assert "Belastingsamenwerking" not in holders


def test_the_word_overview_lists_them_apart_and_the_sheet_reads_back(tmp_path: Path) -> None:
    paragraphs, cells = _document(tmp_path)
    headings = [text for style, text in paragraphs if style.startswith("Heading")]
    assert not any(h.split(". ", 1)[-1].startswith(PARTNERS) for h in headings)
    last = headings[-1]
    assert last == "Geen publiekrechtelijke bevoegdheid — bereikt via afspraak"
    bullets = [text for style, text in paragraphs if style == "List Bullet"]
    # a partner's own decision is no mandate matter and is not named in the register of one
    # case (jurist, eighth round N8); the work instruction the map mandates is
    assert not any(b.startswith(PARTNERS) for b in bullets)
    assert any(
        b.startswith("Vaststellen dat een casus maatwerk vraagt: interne taaktoedeling")
        for b in bullets
    )
    assert "Woningcorporatie Thuisplus" not in cells  # never a "bevoegd orgaan"
    out = tmp_path / "register.xlsx"
    write_register_xlsx(example_case(), out, "nl")
    back = read_register(out)
    assert {p.name for p in back.case.powers} == {
        str(r["power"]) for r in register_rows(example_case(), "nl")
    }


# ----------------------------------------------------------------------------- J2
def test_every_mandate_has_its_status_on_the_reference_date() -> None:
    rows = register_rows(example_case(), "nl")
    status = {
        (r["holder"], r.get("valid_until") is not None, r["instrument"]): r["status"]
        for r in rows
        if r.get("holder")
    }
    sub = status[("Consulent wijkteam (Sanne)", False, "Mandaat")]
    assert str(sub).startswith("ongeldig: ondermandaat niet toegestaan (art. 10:9 lid 1 Awb)")
    assert "niet schriftelijk verleend (art. 10:5 lid 2 Awb)" in str(sub)
    assert status[("Manager Werk en Inkomen", True, "Mandaat")] == (
        "verlopen (gold tot en met 30 juni 2026)"
    )
    assert status[("Consulent wijkteam (Sanne)", False, "Ondertekening")] == (
        "ondertekeningsbevoegdheid (art. 10:11 Awb)"
    )
    assert status[("Gemeentesecretaris", False, "Mandaat")] == "geldig"


def test_the_overview_is_no_annex_and_names_no_resident(tmp_path: Path) -> None:
    paragraphs, cells = _document(tmp_path)
    texts = [text for _, text in paragraphs]
    title = next(text for style, text in paragraphs if style == "Title")
    assert title == "Overzicht mandaten en bevoegdheden — Gemeente Rivierstad"
    assert not any("Jansen" in t or "mandaatbesluit" in t.casefold() for t in texts[:4])
    assert any("niet het vastgestelde mandaatregister" in t for t in texts)
    headings = [text for style, text in paragraphs if style.startswith("Heading")]
    signing = headings.index("Machtigingen tot ondertekening (art. 10:11 Awb; geen mandaat)")
    assert all("Ondertekening" not in h for h in headings[:signing])
    assert "Status op 1 oktober 2026" in cells


# ----------------------------------------------------------------------------- J3
def test_statute_and_policy_rules_are_two_columns(tmp_path: Path) -> None:
    out = tmp_path / "register.xlsx"
    write_register_xlsx(example_case(), out, "nl")
    ws = openpyxl.load_workbook(out).active
    assert ws is not None
    header = [c.value for c in ws[1]]
    rows = [dict(zip(header, (c.value for c in row), strict=True)) for row in ws.iter_rows(2)]
    bb = next(r for r in rows if r["Bevoegdheid"] == "Bijzondere bijstand verlenen")
    assert bb["Wettelijke grondslag"] == "Participatiewet art. 35"
    assert bb["Beleidsregels/werkinstructies"] == (
        "Beleidsregels bijzondere bijstand Rivierstad 2025"
    )
    assert bb["Regel voor de uitoefening"] == "Beleidsregel"
    bases = {str(r["Wettelijke grondslag"]) for r in rows}
    assert not any(
        "beleidsregel" in b.casefold()
        or "werkinstructie" in b.casefold()
        or "afspraak" in b.casefold()
        for b in bases
    )
    back = read_register(out)
    power = next(p for p in back.case.powers if p.name == "Bijzondere bijstand verlenen")
    assert power.legal_basis == (
        "Participatiewet art. 35; Beleidsregels bijzondere bijstand Rivierstad 2025"
    )


# ----------------------------------------------------------------------------- L10
def test_the_sub_mandate_column_is_one_phrase_that_reads_back(tmp_path: Path) -> None:
    case = example_case()
    rows = register_rows(case, "nl")
    phrases = {str(r["sub_mandate"]) for r in rows if r.get("holder")}
    assert all(isinstance(r.get("sub_mandate", ""), str) for r in rows)
    assert "Toegestaan, 2 niveaus" in phrases
    assert "Niet toegestaan" in phrases
    assert "Niet vastgelegd; volgt uit de keten: toegestaan, één niveau" in phrases
    assert not phrases & {"Ja", "Nee", "2"}
    out = tmp_path / "register.xlsx"
    write_register_xlsx(case, out, "nl")
    back = read_register(out).case
    levels = sorted(
        (m.sub_mandate_levels or 0, m.sub_mandate_levels is None) for m in back.mandates
    )
    public = {p.id for p in case.powers if p.name in {str(r["power"]) for r in rows}}
    want = sorted(
        (m.sub_mandate_levels or 0, m.sub_mandate_levels is None)
        for m in case.mandates
        if m.power in public
    )
    assert levels == want


def test_signing_parties_and_a_partner_s_own_decision_are_named_as_such(tmp_path: Path) -> None:
    """Jurist, third round M6: under "geen mandaat" the parties are "Machtigende" and
    "Gemachtigde"; a provider's own decision is the provider organisation's, not a team's."""
    out = tmp_path / "overzicht.docx"
    write_register_docx(example_case(), out, "nl")
    document = docx.Document(str(out))
    texts = [p.text for p in document.paragraphs]
    signing = document.tables[-1]  # the example's one signing authorisation comes last
    labels = [r.cells[0].text for r in signing.rows]
    assert "Ondertekening" in " ".join(r.cells[1].text for r in signing.rows)
    assert "Machtigende" in labels
    assert "Gemachtigde" in labels
    assert "Mandaatgever" not in labels
    assert "Gemandateerde" not in labels
    assert not any("eigen besluit van" in t for t in texts)  # not named at all (N8)
    assert not any("7:446" in t for t in texts)
    # a mandate the map records on a partner's own decision is named, as the provider's
    case = example_case()
    grant = next(m for m in case.mandates if str(m.power) == "bijzondere_bijstand")
    case.add(EntityKind.MANDATE, replace(grant, id="mx", power="ggz_behandeling"))
    write_register_docx(case, out, "nl")
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert any("eigen besluit van GGZ Rivierland" in t for t in texts)
    assert not any("eigen besluit van GGZ-team" in t for t in texts)
