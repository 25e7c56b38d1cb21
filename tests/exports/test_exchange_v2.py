"""Format version 2 through the exchange formats: organisations, powers and agreements come
back with their ids (issue 10), names that look like separators or ids stay what they were,
and problems name the row the file has."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from exports.builder import ImportResult
from exports.csv_io import read_csv, write_csv
from exports.errors import ImportFileError
from exports.excel_import import read_report
from exports.excel_report import write_report
from exports.formats import import_file
from exports.gexf import read_gexf, to_gexf, write_gexf
from exports.graphml import read_graphml, to_graphml, write_graphml
from exports.kumu import read_kumu, write_kumu
from exports.values import join_cell, split_cell
from models import (
    Actor,
    ActorKind,
    Agreement,
    AgreementKind,
    Case,
    CaseInfo,
    Mandate,
    MandateRule,
    Need,
    Organisation,
    OrganisationKind,
    Power,
    PowerCategory,
    RelationKind,
    RuleType,
)
from models.acceptance import Acceptance
from models.entities import Relationship
from tests.exports.conftest import as_dict


def _v2_case() -> Case:
    """Two organisations with one name, one named like the other's id, one with a ``|``."""
    orgs = [
        Organisation("o1", "Gemeente Rivierstad", OrganisationKind.MUNICIPALITY),
        Organisation("o2", "Team | Zorg", OrganisationKind.OTHER, "o1", "team", True),
        Organisation("o3", "Wijkteam", OrganisationKind.PROVIDER, "o1"),
        Organisation("o4", "wijkteam ", OrganisationKind.PARTNER),
        Organisation("o5", "o1", OrganisationKind.JOINT_ARRANGEMENT),
    ]
    actors = [
        Actor("a1", "College", ActorKind.ADMINISTRATOR, organisation="o1", public_body=True),
        Actor("a2", "Consulent", ActorKind.PROFESSIONAL, organisation="o2", tags=("a|b", "c\\")),
        Actor("a3", "Woonstichting", ActorKind.PARTNER, organisation="o4", public_body=False),
    ]
    powers = [
        Power(
            "p1",
            "Bijzondere bijstand",
            PowerCategory.SPEND_BUDGET,
            "Participatiewet art. 35",
            RuleType.STATUTE,
            "a1",
            MandateRule.ALLOWED,
            "n",
        ),
        Power(
            "p2",
            "Afzien van terugvordering",
            PowerCategory.DEVIATE_FROM_RULE,
            "Participatiewet art. 58 lid 8",
            RuleType.POLICY_RULE,
            "a1",
            MandateRule.PROVIDED,
        ),
    ]
    mandates = [
        Mandate(
            "m1",
            "a1",
            "a2",
            "p1",
            budget=1500.0,
            sub_mandate_levels=0,
            holder_works_under_grantor=True,
            valid_until=date(2027, 1, 1),
        ),
    ]
    needs = [
        Need("n1", "Bijstand", "p1", 1200.0, "a2", ("o2", "o4"), deadline=date(2026, 11, 1)),
    ]
    agreements = [
        Agreement(
            "g1",
            "Convenant | huisuitzetting",
            AgreementKind.COVENANT,
            ("o2", "o4"),
            "a1",
            ("p2", PowerCategory.SUSPEND_ROUTINE.value),
            True,
            date(2026, 1, 1),
        ),
    ]
    rels = [Relationship("r1", "a2", "a1", RelationKind.ACCOUNTABILITY)]
    accepted = [
        Acceptance(
            "acc1",
            "MANDATE_EXPIRED:m1",
            "Verlengd in januari",
            "college",
            date(2026, 10, 1),
            date(2027, 2, 1),
            "abc",
        ),
    ]
    return Case.from_parts(
        CaseInfo("Casus", as_of=date(2026, 10, 1), intent_owner="a1"),
        actors,
        rels,
        mandates,
        needs,
        organisations=orgs,
        powers=powers,
        agreements=agreements,
        accepted=accepted,
    )


Writer = Callable[[Case, Path], object]
Reader = Callable[[Path], ImportResult]
PAIRS: dict[str, tuple[str, Writer, Reader]] = {
    "report": (
        "r.xlsx",
        lambda c, p: write_report(c, p, lang="nl", analyse=False, picture=b""),
        read_report,
    ),
    "kumu": ("k.xlsx", write_kumu, read_kumu),
    "graphml": ("g.graphml", write_graphml, read_graphml),
    "gexf": ("g.gexf", write_gexf, read_gexf),
    "csv": ("c.csv", write_csv, read_csv),
}


@pytest.mark.parametrize("fmt", sorted(PAIRS))
def test_every_version_2_entity_comes_back_with_its_id(tmp_path: Path, fmt: str) -> None:
    case = _v2_case()
    name, write, read = PAIRS[fmt]
    write(case, tmp_path / name)
    back = read(tmp_path / name)
    assert as_dict(back.case) == as_dict(case)
    assert back.warnings == ()


def test_a_bar_in_a_list_item_is_escaped_and_old_cells_read_as_before() -> None:
    items = ["Team | Zorg", "C:\\temp", "end\\", "a\\|b", "\\\\x"]
    assert split_cell(join_cell(items)) == items
    assert join_cell(["C:\\temp"]) == "C:\\temp"  # nothing escaped that needs no escape
    assert split_cell("Gemeente|Woonstichting | C:\\temp") == [
        "Gemeente",
        "Woonstichting",
        "C:\\temp",
    ]


def test_an_organisation_with_a_bar_does_not_split_on_excel_import(tmp_path: Path) -> None:
    """The needs' and agreements' organisations are written by name with ``|`` between them; a
    name holding ``|`` came back as two new organisations."""
    case = _v2_case()
    path = tmp_path / "r.xlsx"
    write_report(case, path, lang="en", analyse=False, picture=b"")
    back = read_report(path).case
    assert back.needs[0].organisations == ("o2", "o4")
    assert back.agreements[0].parties == ("o2", "o4")
    assert [o.name for o in back.organisations] == [o.name for o in case.organisations]


def test_kumu_label_that_is_another_actors_id(tmp_path: Path) -> None:
    """Actor a1 is called "a2": its connection went to actor a2 on the way back."""
    case = Case.from_parts(
        CaseInfo("t"),
        [Actor("a1", "a2"), Actor("a2", "X")],
        [Relationship("r1", "a1", "a2", RelationKind.TRUST)],
        [],
        [],
    )
    write_kumu(case, tmp_path / "k.xlsx")
    back = read_kumu(tmp_path / "k.xlsx")
    assert as_dict(back.case)["relationships"] == as_dict(case)["relationships"]


def test_kumu_duplicate_labels_keep_their_connections(tmp_path: Path) -> None:
    case = Case.from_parts(
        CaseInfo("t"),
        [Actor("a1", "Y"), Actor("a2", "Y"), Actor("x", "a1")],
        [
            Relationship("r1", "a1", "a2", RelationKind.TRUST),
            Relationship("r2", "x", "a1", RelationKind.SIGNAL),
        ],
        [],
        [],
    )
    write_kumu(case, tmp_path / "k.xlsx")
    back = read_kumu(tmp_path / "k.xlsx")
    assert as_dict(back.case) == as_dict(case)


def test_a_kumu_label_like_an_id_the_import_made_up(tmp_path: Path) -> None:
    """A Kumu file of labels only: "Y" got the made-up id "a1", and the label "a1" then
    resolved to it instead of to the element labelled "a1"."""
    wb = Workbook()
    elements = wb.active
    elements.title = "Elements"
    for row in (["Label", "Type"], ["X", ""], ["Y", ""], ["a1", ""]):
        elements.append(row)
    connections = wb.create_sheet("Connections")
    for row in (["From", "To", "Type"], ["Y", "X", "trust"], ["a1", "X", "signal"]):
        connections.append(row)
    wb.save(tmp_path / "kumu.xlsx")
    back = read_kumu(tmp_path / "kumu.xlsx").case
    names = {a.id: a.name for a in back.actors}
    assert [(names[r.source], names[r.target]) for r in back.relationships] == [
        ("Y", "X"),
        ("a1", "X"),
    ]


# where each format keeps a map's JSON array: graphml in a graph <data>, gexf in a kv: element
_ARRAY_AT = {
    "graphml": (to_graphml, r'(<data key="g_{array}">).*?(</data>)'),
    "gexf": (to_gexf, r"(<kv:{array}>).*?(</kv:{array}>)"),
}


def _hostile_file(tmp_path: Path, fmt: str, array: str, value: str) -> Path:
    """The version 2 case written as ``fmt`` with the JSON of ``array`` replaced by ``value``."""
    write, pattern = _ARRAY_AT[fmt]
    text, count = re.subn(
        pattern.format(array=array),
        lambda m: m.group(1) + html.escape(value) + m.group(2),
        write(_v2_case()).decode("utf-8"),
        flags=re.S,
    )
    assert count == 1
    path = tmp_path / f"vijandig.{fmt}"
    path.write_text(text, encoding="utf-8")
    return path


def _refusal(path: Path) -> ImportFileError:
    """The error importing ``path`` raises (the test fails if it imports)."""
    with pytest.raises(ImportFileError) as info:
        import_file(path)
    return info.value


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_a_bad_need_after_a_skipped_item_is_located_at_its_own_row(
    tmp_path: Path, fmt: str
) -> None:
    """Rows counted in what was left after skipping: the bad need was called row 1."""
    needs = '["skip me", {"id": "n1", "decision": "x", "urgency": "soon"}]'
    path = _hostile_file(tmp_path, fmt, "needs", needs)
    text = _refusal(path).render("en")
    assert 'sheet "needs", row 2, column "urgency"' in text
    assert str(path) in text


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_hostile_powers_are_located_by_array_row_and_field(tmp_path: Path, fmt: str) -> None:
    powers = '[5, {"id": "p1", "name": "B", "rule_type": "wet?"}, {"id": "p2", "name": "C"}]'
    error = _refusal(_hostile_file(tmp_path, fmt, "powers", powers))
    assert 'sheet "powers", row 2, column "rule_type"' in error.render("en")
    assert 'kolom "rule_type"' in error.render("nl")


def test_a_power_held_by_no_actor_in_the_file_is_an_error_naming_it(tmp_path: Path) -> None:
    powers = '[{"id": "p1", "name": "B", "holder": "ghost"}]'
    error = _refusal(_hostile_file(tmp_path, "graphml", "powers", powers))
    assert 'sheet "powers", row 1, column "holder": no actor "ghost"' in error.render("en")


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_an_acceptance_without_a_reason_is_refused_naming_the_field(
    tmp_path: Path, fmt: str
) -> None:
    accepted = '[{"id": "acc1", "finding": "MANDATE_EXPIRED:m1"}]'
    error = _refusal(_hostile_file(tmp_path, fmt, "accepted", accepted))
    assert 'sheet "accepted", row 1, column "reason"' in error.render("en")


def test_a_csv_row_after_an_empty_row_keeps_its_number(tmp_path: Path) -> None:
    write_csv(_v2_case(), tmp_path / "map.csv")
    powers = tmp_path / "map-powers.csv"
    lines = powers.read_text(encoding="utf-8-sig").splitlines()
    lines[2:2] = [",,,,,,,", "p9,Nieuw,other,,wet?,,allowed,"]
    powers.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    with pytest.raises(ImportFileError) as info:
        read_csv(tmp_path / "map.csv")
    assert 'file "map-powers.csv", row 4, column "rule_type"' in info.value.render("en")


@pytest.mark.parametrize(
    ("budget", "message"),
    [
        ("1" + "0" * 399, "1e+399 is larger than the limit of 1e+15"),
        ("1e400", "is larger than the limit of 1e+15"),
        ("inf", "expected a number (or null), got inf"),
    ],
)
def test_a_huge_gexf_budget_is_said_to_be_over_the_limit(
    tmp_path: Path, budget: str, message: str
) -> None:
    text = to_gexf(_v2_case()).decode("utf-8")
    key = re.search(r'<attribute id="(\d+)" title="budget" type="double"', text)
    assert key is not None
    text, count = re.subn(
        rf'(<attvalue for="{key.group(1)}" value=")[^"]*(")', rf"\g<1>{budget}\2", text
    )
    assert count
    path = tmp_path / "groot.gexf"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFileError) as info:
        import_file(path)
    rendered = info.value.render("en")
    assert message in rendered
    assert "budget" in rendered


def test_every_field_of_the_file_format_has_a_spreadsheet_column() -> None:
    """A field added to the model without a column would vanish from the report and Kumu
    workbooks silently (GraphML, GEXF and CSV follow the field tables by themselves)."""
    from exports.excel_columns import SHEETS
    from models.fields import KINDS

    for sheet in SHEETS:
        columns = {c.field for c in sheet.columns if not c.is_helper}
        fields = {f.name for f in KINDS[sheet.kind].fields} - {"position"}
        assert fields <= columns, (sheet.key, fields - columns)
    assert {s.kind for s in SHEETS} == set(KINDS)


def test_a_csv_map_without_actors_comes_back(tmp_path: Path) -> None:
    """The nodes file had only its header, and the import said Id/Label were missing."""
    case = Case.from_parts(
        CaseInfo("Leeg"),
        organisations=[Organisation("o1", "Gemeente")],
        powers=[Power("p1", "Bijzondere bijstand")],
    )
    write_csv(case, tmp_path / "leeg.csv")
    for name in ("leeg.csv", "leeg-nodes.csv", "leeg-edges.csv"):
        back = read_csv(tmp_path / name)
        assert as_dict(back.case) == as_dict(case), name


def test_more_powers_than_a_map_may_hold_are_refused_naming_the_array(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from models.fileformat import LIMITS

    monkeypatch.setitem(LIMITS, "powers", 2)
    powers = ", ".join(f'{{"id": "p{i}", "name": "B"}}' for i in range(3))
    error = _refusal(_hostile_file(tmp_path, "graphml", "powers", f"[{powers}]"))
    assert 'column "powers": 3 items; the limit is 2' in error.render("en")
