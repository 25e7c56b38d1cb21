"""Ids with a leading or trailing space (hostile finding 6).

GraphML, GEXF and CSV readers trimmed such an id in one place and kept it in another, and the
import then invented an empty organisation with "0 warnings". An id is now refused when it
begins or ends with a space, by the model and so by every way in: the map can never hold one,
and a foreign file that has one is refused with the file, the sheet, the row and the column.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from exports.builder import ImportResult
from exports.csv_io import read_csv, write_csv
from exports.errors import ImportFileError
from exports.gexf import read_gexf, write_gexf
from exports.graphml import read_graphml, write_graphml
from models import Case, FormatError
from models.example import example_case
from models.fileformat import case_to_dict, loads

Writer = Callable[[Case, Path], object]
Reader = Callable[[Path], ImportResult]
FORMATS: dict[str, tuple[Writer, Reader]] = {
    "g.graphml": (write_graphml, read_graphml),
    "g.gexf": (write_gexf, read_gexf),
    "c.csv": (write_csv, read_csv),
}


def test_the_map_refuses_an_organisation_id_with_spaces_naming_every_place() -> None:
    doc = case_to_dict(example_case())
    old = doc["organisations"][1]["id"]
    text = json.dumps(doc, ensure_ascii=False).replace(f'"{old}"', '"o 1 "')
    with pytest.raises(FormatError) as info:
        loads(text, "sp.kvmap")
    rendered = info.value.render("en")
    assert rendered.startswith("sp.kvmap")
    assert 'organisations[1].id: the id "o 1 " begins or ends with a space' in rendered
    assert "agreements[0].parties: " in rendered  # every reference, not just the entry
    assert "needs[0].organisations: " in rendered


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_a_foreign_file_with_a_spaced_id_is_refused_not_given_a_new_organisation(
    tmp_path: Path, name: str
) -> None:
    write, read = FORMATS[name]
    write(example_case(), tmp_path / name)
    for path in tmp_path.iterdir():  # CSV: every file of the set
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"\bo2\b", "o 2 ", text), encoding="utf-8")
    with pytest.raises(ImportFileError) as info:
        read(tmp_path / name)
    rendered = info.value.render("en")
    assert rendered.startswith(str(tmp_path / name))
    assert 'column "parties": the id "o 2 " begins or ends with a space' in rendered
    assert ("row 2" if name.endswith(".csv") else "row 1") in rendered  # CSV: header is row 1


def test_an_id_with_a_space_inside_is_kept_exactly(tmp_path: Path) -> None:
    doc = case_to_dict(example_case())
    doc.pop("snapshots", None)  # exchange formats carry the map, not its timeline
    old = doc["organisations"][1]["id"]
    text = json.dumps(doc, ensure_ascii=False).replace(f'"{old}"', '"o 1"')
    case = loads(text, "inner.kvmap")
    for name, (write, read) in FORMATS.items():
        write(case, tmp_path / name)
        back = read(tmp_path / name)
        assert case_to_dict(back.case) == case_to_dict(case), name
        assert back.warnings == ()
