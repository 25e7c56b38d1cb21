"""Control, non- and direction characters: decided at the model boundary, so every writer's
output re-reads in Krachtenveld's own importer (issue 13, item 9)."""

from __future__ import annotations

import json
import shutil
import tempfile
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pydot
import pytest
from defusedxml import ElementTree
from hypothesis import example, given, settings
from hypothesis import strategies as st

from exports.builder import ImportResult
from exports.csv_io import read_csv, write_csv
from exports.dot import to_dot_string
from exports.excel_import import read_report
from exports.excel_report import write_report
from exports.formats import export_case
from exports.gexf import read_gexf, write_gexf
from exports.graphml import read_graphml, write_graphml
from exports.kumu import read_kumu, write_kumu
from models import Case, ModelError
from models.fileformat import case_to_dict, reads
from models.rules import check_characters
from tests.ui.conftest import small_case

C0 = [chr(c) for c in range(0x20)]
SPECIAL = (
    C0
    + ["\x7f", "\x85", "\x9b", "\ufffe", "\uffff", "\u200e", "\u200f"]
    + [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]
)
hostile = st.text(st.sampled_from(SPECIAL) | st.sampled_from(list("Ab é漢ا")), max_size=12)

Writer = Callable[[Case, Path], Any]
Reader = Callable[[Path], ImportResult]
PAIRS: dict[str, tuple[str, Writer, Reader]] = {
    "graphml": ("g.graphml", write_graphml, read_graphml),
    "gexf": ("g.gexf", write_gexf, read_gexf),
    "csv": ("c.csv", write_csv, read_csv),
    "kumu": ("k.xlsx", lambda c, p: write_kumu(c, p, "en"), read_kumu),
    "report": (
        "r.xlsx",
        lambda c, p: write_report(c, p, lang="en", analyse=False, picture=b""),
        read_report,
    ),
}


def _names(case: Case) -> list[tuple[str, str]]:
    return [(a.name, a.notes) for a in case.actors]


def every_writer_rereads(case: Case) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for fmt, (name, write, read) in PAIRS.items():
            path = Path(folder) / name
            write(case, path)
            back = read(path)
            assert _names(back.case) == _names(case), fmt
            assert back.warnings == (), (fmt, [w.render() for w in back.warnings])
        dot = to_dot_string(case, "en")
        assert "\x00" not in dot
        with warnings.catch_warnings():  # pydot's parser uses deprecated pyparsing names
            warnings.simplefilter("ignore", DeprecationWarning)
            assert pydot.graph_from_dot_data(dot), "DOT does not parse"
        if shutil.which("dot"):
            svg = Path(folder) / "k.svg"
            export_case(case, svg, lang="en")
            ElementTree.fromstring(svg.read_bytes())  # well-formed XML


def with_text(text: str) -> Case:
    case = small_case()
    # framed by letters: leading and trailing white space is another matter (trimmed by readers)
    case.set_actor_field("a1", "name", f"A{text}B")
    case.set_actor_field("a1", "notes", f"x{text}y")
    case.set_relationship_field("r1", "label", f"l{text}m")
    return case


@settings(max_examples=25, deadline=None, derandomize=True)
@given(text=hostile)
@example(text="\x00")
@example(text="\x0b\x0c\x1b\x07")
@example(text="\ufffe\uffff")
@example(text="\u202eevil")
@example(text="\u2069\u202eevil")
@example(text="\u202eok\u202c")
def test_what_the_model_accepts_every_writer_writes_and_rereads(text: str) -> None:
    refused: ModelError | None = None
    try:
        case = with_text(text)
    except ModelError as exc:
        refused = exc
    if refused is not None:  # refused, with the field and the character named
        assert refused.problems[0].location.startswith("a1.name")
        assert "character" in refused.render()
        return
    every_writer_rereads(case)


@settings(max_examples=15, deadline=None, derandomize=True)
@given(text=hostile)
@example(text="Ab\x1b[31m\u202eevil\ufffe")
def test_what_a_file_brings_in_is_cleaned_and_then_every_writer_rereads(text: str) -> None:
    doc = case_to_dict(small_case())
    doc["actors"][0]["name"] = f"A{text}B"
    doc["actors"][0]["notes"] = f"x{text}y"
    loaded = reads(json.dumps(doc), "x.kvmap")
    for actor in loaded.case.actors:
        check_characters(actor.name)
        check_characters(actor.notes)
    every_writer_rereads(loaded.case)


def test_a_right_to_left_override_stays_inside_the_name_in_composed_labels() -> None:
    doc = case_to_dict(small_case())
    doc["actors"][0]["name"] = "\u202eWethouder"
    loaded = reads(json.dumps(doc), "x.kvmap")
    ((problem),) = loaded.problems
    assert problem.key == "bidi_balanced"
    name = loaded.case.actors[0].name
    assert name == "\u202eWethouder\u202c"
    label = f"{name} → Manager Zorg"  # as the canvas and the findings compose them
    assert label.index("\u202c") < label.index("→")  # the override ends before the arrow
    with pytest.raises(ModelError, match="direction control U\\+202E at character 1"):
        small_case().set_actor_field("a1", "name", "\u202eWethouder")
