"""Hostile needs in GEXF's ``kv:needs`` and GraphML's ``needs`` attribute.

Both were read with ``json.loads`` and anything that was not a list of objects vanished without
a word (exit 0, 0 needs). Now both formats refuse text that is not JSON, JSON that is not a
list and over-deep JSON with a message naming ``needs``, and skip list items that are not
objects with one located warning each.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from exports.errors import ImportFileError
from exports.formats import import_file
from exports.gexf import to_gexf
from exports.graphml import to_graphml
from models.case import Case

GOOD = '{"id": "n1", "decision": "Besluit"}'


def _gexf(tmp_path: Path, case: Case, needs: str) -> Path:
    text = to_gexf(case).decode("utf-8")
    text, count = re.subn(
        r"<kv:needs>.*?</kv:needs>", f"<kv:needs>{html.escape(needs)}</kv:needs>", text, flags=re.S
    )
    assert count == 1
    path = tmp_path / "vijandig.gexf"
    path.write_text(text, encoding="utf-8")
    return path


def _graphml(tmp_path: Path, case: Case, needs: str) -> Path:
    text = to_graphml(case).decode("utf-8")
    text, count = re.subn(
        r'(<data key="g_needs">).*?(</data>)',
        lambda m: m.group(1) + html.escape(needs) + m.group(2),
        text,
        flags=re.S,
    )
    assert count == 1
    path = tmp_path / "vijandig.graphml"
    path.write_text(text, encoding="utf-8")
    return path


WRITERS = [_gexf, _graphml]


@pytest.mark.parametrize("write", WRITERS)
@pytest.mark.parametrize(
    ("needs", "message"),
    [
        ('{"a": 1}', "expected a list, got an object"),
        ("null", "expected a list, got null"),
        ("5", "expected a list, got 5"),
        ('"hello"', 'expected a list, got "hello"'),
        ("[" * 200 + "]" * 200, "the JSON is nested too deeply"),
        ("[" * 100_000 + "]" * 100_000, "the JSON is nested too deeply"),
        ("not json", "not valid JSON (a value is missing there, or what stands there is not JSON"),
    ],
)
def test_bad_needs_are_refused_naming_needs(
    tmp_path: Path, case: Case, write: object, needs: str, message: str
) -> None:
    assert len(case.needs)
    path = write(tmp_path, case, needs)  # type: ignore[operator]
    with pytest.raises(ImportFileError) as info:
        import_file(path)
    text = info.value.render("en")
    assert f'column "needs": {message}' in text
    assert "not a GraphML file" not in text
    assert str(path) in text
    assert "kolom" in info.value.render("nl")


@pytest.mark.parametrize("write", WRITERS)
def test_items_that_are_not_objects_are_skipped_with_a_warning_each(
    tmp_path: Path, case: Case, write: object
) -> None:
    path = write(tmp_path, case, f'[{GOOD}, "str", 5, null, [1]]')  # type: ignore[operator]
    result = import_file(path)
    assert [n.decision for n in result.case.needs] == ["Besluit"]
    skipped = [w.render("en") for w in result.warnings if w.key == "need_not_object"]
    assert skipped == [
        f'sheet "needs", row {row}: expected an object, got {got}; need skipped'
        for row, got in [(2, '"str"'), (3, "5"), (4, "null"), (5, "a list")]
    ]
    dutch = [w.render("nl") for w in result.warnings if w.key == "need_not_object"]
    assert all("benodigd besluit overgeslagen" in line for line in dutch)


@pytest.mark.parametrize("write", WRITERS)
def test_good_needs_still_round_trip(tmp_path: Path, case: Case, write: object) -> None:
    path = write(tmp_path, case, f"[{GOOD}]")  # type: ignore[operator]
    result = import_file(path)
    assert [n.id for n in result.case.needs] == ["n1"]
    assert not [w for w in result.warnings if w.key == "need_not_object"]


@pytest.mark.parametrize(
    ("budget", "message"),
    [
        ("1" + "0" * 399, "1e+399 is larger than the limit of 1e+15"),
        ("1e400", "is larger than the limit of 1e+15"),
        ("inf", "expected a number (or null), got inf"),
    ],
)
def test_a_huge_graphml_budget_is_said_to_be_over_the_limit(
    tmp_path: Path, case: Case, budget: str, message: str
) -> None:
    """A 400-digit budget was reported as "expected a number (or null), got inf"."""
    text = to_graphml(case).decode("utf-8")
    key = re.search(r'<key id="([^"]+)" for="edge" attr.name="budget"', text)
    assert key is not None
    text, count = re.subn(
        rf'(<data key="{key.group(1)}">)[^<]*(</data>)', rf"\g<1>{budget}\2", text
    )
    assert count
    path = tmp_path / "groot.graphml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFileError) as info:
        import_file(path)
    assert message in info.value.render("en")
    assert "budget" in info.value.render("en")


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        ("", r'attribute "source": empty end of a connection; edge skipped'),
        (
            "Onbekend",
            r'its source "Onbekend" is no <node> of the file; an actor "Onbekend" was'
            r" made so that the edge is kept: check its name and kind, or add"
            r' <node id="Onbekend"> to the file',
        ),
    ],
)
def test_gexf_edge_ends_are_located_at_the_edge_row(
    tmp_path: Path, case: Case, end: str, expected: str
) -> None:
    """networkx makes a node of every edge end; such nodes were reported at node rows past the
    end of the file ("row 20" of 19 nodes). Now the edge's own row reports them."""
    text = to_gexf(case).decode("utf-8")
    declared = len(re.findall(r"<node ", text))
    text, count = re.subn(r'(<edge [^>]*?)source="[^"]*"', rf'\1source="{end}"', text, count=1)
    assert count == 1
    path = tmp_path / "einde.gexf"
    path.write_text(text, encoding="utf-8")
    lines = [w.render("en") for w in import_file(path).warnings]
    located = [line for line in lines if line.endswith(expected)]
    assert located
    assert re.match(r"edge [1-9]\d* \(<edge ", located[0])  # the edited edge, by its number
    assert not [line for line in lines if f"node {declared + 1} " in line]
