"""Fuzzing every importer (xlsx report, Kumu xlsx, GraphML, GEXF, CSV) through ``import_file``.

Each input is imported (a case that saves as ``.kvmap`` again) or refused with our own error
type, quickly. Generators: byte mutations of files exported from the example case, mutations of
the XML parts inside the xlsx zips, random tables and random graph documents (the hostile files
are in ``test_hostile_imports.py``). Example counts are fixed so ``docs/reliability.md`` can cite
them.
"""

from __future__ import annotations

import functools
import io
import re
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exports.formats import export_case, import_file
from models.errors import KvmapError
from models.example import example_case
from models.fileformat import dumps, loads
from tests.models.test_fuzz_kvmap import assert_readable, mutated

pytestmark = [
    pytest.mark.slow,
    # a failing example of ~1 MB (a mutated xlsx) is too big to print in full
    pytest.mark.filterwarnings("ignore:Generating overly large repr"),
]

EXAMPLES = 150  # per generator and format
XLSX_EXAMPLES = 100  # an xlsx import takes longer
MAX_SECONDS = 10.0


def settings_for(n: int) -> settings:
    return settings(
        max_examples=n,
        deadline=None,
        database=None,
        derandomize=True,  # the same draws on every run: no test depends on luck
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.function_scoped_fixture,
        ],
    )


# --------------------------------------------------------------------------- originals
def _exported(kind: str) -> dict[str, bytes]:
    """Files written by our exporters for the example case, by file name."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="kv-fuzz-") as tmp:
        name = {"report": "kaart.xlsx", "kumu": "kumu.xlsx"}.get(kind, f"kaart.{kind}")
        paths = export_case(
            example_case(), Path(tmp) / name, fmt="kumu" if kind == "kumu" else None
        )
        return {p.name: p.read_bytes() for p in paths}


@functools.cache
def originals() -> dict[str, dict[str, bytes]]:
    """The example exported in every format, made once per worker when a test first needs it
    (not at import: every xdist worker imports every module to collect the tests)."""
    return {kind: _exported(kind) for kind in ("report", "kumu", "graphml", "gexf", "csv")}


def check(folder: Path, files: dict[str, bytes], main: str) -> None:
    """Write ``files`` into ``folder`` and import ``main``: a sound case or our own error."""
    for old in folder.iterdir():
        old.unlink()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    started = time.perf_counter()
    try:
        result = import_file(folder / main)
    except KvmapError as exc:
        assert_readable(exc, str(folder / main))
    else:
        text = dumps(result.case)
        text.encode("utf-8")
        loads(text)  # what we imported we can save and open again
    assert time.perf_counter() - started < MAX_SECONDS


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Callable[[], Path]:
    base = tmp_path_factory.mktemp("fuzz")
    counter = iter(range(10**9))

    def fresh() -> Path:
        folder = base / str(next(counter))
        folder.mkdir()
        return folder

    return fresh


def test_originals_import(workdir: Callable[[], Path]) -> None:
    """The unmutated exports import cleanly (else the fuzzing below proves little)."""
    for kind, files in originals().items():
        main = next(n for n in files if "edges" not in n)
        result = import_file(_write(workdir(), files) / main)
        assert len(result.case.actors) == len(example_case().actors), kind


def _write(folder: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return folder


# --------------------------------------------------------------------------- byte mutations
TEXT_FORMATS = ["graphml", "gexf", "csv"]


@pytest.mark.parametrize("kind", TEXT_FORMATS)
def test_mutated_text_exports(kind: str, workdir: Callable[[], Path]) -> None:
    files = originals()[kind]
    main = next(n for n in files if "edges" not in n)
    folder = workdir()

    @settings_for(EXAMPLES)
    @given(st.data())
    def run(data: st.DataObject) -> None:
        name = data.draw(st.sampled_from(sorted(files)))
        changed = dict(files)
        changed[name] = data.draw(mutated(files[name]))
        check(folder, changed, main)

    run()


def _rezip(original: bytes, part: str, content: bytes) -> bytes:
    """``original`` with ``part`` replaced by ``content``; the XML parts deflated as before, the
    others (the map's PNG, compressed already) stored: deflating the picture again was three
    quarters of re-zipping a report, for every example (issue 15). The importers read the
    picture's bytes (when at all) as they are either way."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(original)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = content if info.filename == part else src.read(info)
            xml = info.filename == part or info.filename.endswith((".xml", ".rels"))
            dst.writestr(info.filename, data, zipfile.ZIP_DEFLATED if xml else zipfile.ZIP_STORED)
    return out.getvalue()


@st.composite
def mutated_xlsx(draw: st.DrawFn, original: bytes) -> bytes:
    """Mutate one XML part inside the zip (the zip stays valid), or the zip bytes."""
    if draw(st.integers(0, 9)) == 0:
        return draw(mutated(original))
    with zipfile.ZipFile(io.BytesIO(original)) as zf:
        parts = sorted(n for n in zf.namelist() if n.endswith(".xml"))
        part = draw(st.sampled_from(parts))
        content = zf.read(part)
    return _rezip(original, part, draw(mutated(content)))


@pytest.mark.parametrize("kind", ["report", "kumu"])
def test_mutated_xlsx_exports(kind: str, workdir: Callable[[], Path]) -> None:
    ((name, original),) = originals()[kind].items()
    folder = workdir()

    @settings_for(XLSX_EXAMPLES)
    @given(mutated_xlsx(original))
    def run(data: bytes) -> None:
        check(folder, {name: data}, name)

    run()


# --------------------------------------------------------------------------- random content
cells = st.one_of(
    st.none(),
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=20),
    st.text(max_size=20).map(lambda t: t.encode("utf-8", "replace").decode("utf-8")),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.sampled_from(["=1+1", "@SUM(A1)", "person", "trust", "2024-13-45", "ja", "-3", " "]),
)
HEADERS = [
    "ID", "Label", "Name", "Type", "Kind", "From", "To", "Source", "Target", "Influence",
    "Interest", "Stance", "Tags", "Description", "Level", "Practice", "x", "y", "Direction",
    "Power", "Budget", "Grantor", "Holder", "Naam", "Soort", "Van", "Naar", "", "id",
]  # fmt: skip
tables = st.lists(st.lists(cells, min_size=0, max_size=8), min_size=0, max_size=12).map(
    lambda rows: [list(row) for row in rows]
)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # openpyxl refuses to write them


# Made once, not per example: a strategy made afresh is validated afresh (a list is no key of
# hypothesis' strategy cache), a third of what drawing a workbook cost (issue 15). The same
# strategies, so the same draws.
_SHEET_NAMES = st.lists(
    st.sampled_from(
        [
            "Elements",
            "Connections",
            "Actoren",
            "Actors",
            "Relaties",
            "Relationships",
            "Mandaten",
            "Mandates",
            "Behoeften",
            "Needs",
            "Casus",
            "Case",
            "Other",
        ]
    ),
    min_size=1,
    max_size=4,
    unique=True,
)
_HEADER_ROWS = st.lists(st.sampled_from(HEADERS), min_size=0, max_size=8)


@st.composite
def workbooks(draw: st.DrawFn) -> bytes:
    """A workbook with Kumu's or our sheet names, random headers and random cells."""
    wb = openpyxl.Workbook()
    first = wb.active
    assert first is not None
    wb.remove(first)
    for name in draw(_SHEET_NAMES):
        ws = wb.create_sheet(name)
        headers = draw(_HEADER_ROWS)
        ws.append(headers)
        for row in draw(tables):
            ws.append([_CONTROL.sub("", c) if isinstance(c, str) else c for c in row])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_random_workbooks(workdir: Callable[[], Path]) -> None:
    folder = workdir()

    @settings_for(XLSX_EXAMPLES)
    @given(workbooks())
    def run(data: bytes) -> None:
        check(folder, {"random.xlsx": data}, "random.xlsx")

    run()


def _csv(rows: list[list[object]], delimiter: str) -> bytes:
    def cell(value: object) -> str:
        text = "" if value is None else str(value)
        return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',;\t"\n') else text

    return "\n".join(delimiter.join(cell(v) for v in row) for row in rows).encode("utf-8")


def test_random_csv(workdir: Callable[[], Path]) -> None:
    folder = workdir()

    @settings_for(EXAMPLES)
    @given(
        st.lists(st.sampled_from(HEADERS), min_size=1, max_size=8),
        tables,
        st.sampled_from([",", ";", "\t"]),
        st.sampled_from(["random.csv", "random_nodes.csv", "random_edges.csv"]),
    )
    def run(headers: list[str], rows: list[list[object]], delimiter: str, name: str) -> None:
        check(folder, {name: _csv([list(headers), *rows], delimiter)}, name)

    run()


def _attr(value: object) -> str:
    text = "" if value is None else str(value)
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace('"', "&quot;")
        .encode("utf-8", "replace")
        .decode("utf-8")
    )


@st.composite
def graph_documents(draw: st.DrawFn) -> tuple[str, bytes]:
    """GraphML or GEXF with random keys, types, nodes, edges and values."""
    kind = draw(st.sampled_from(["graphml", "gexf"]))
    n = draw(st.integers(0, 6))
    ids = [draw(st.sampled_from(["a", "b", "", "a", "x y", "1", "ñ"])) for _ in range(n)]
    names = draw(
        st.lists(st.sampled_from([*HEADERS[:20], "kind", "name", "influence"]), max_size=5)
    )
    types = ["string", "int", "double", "boolean", "long", "float", "date", "liststring", "x"]
    if kind == "graphml":
        keys = "".join(
            f'<key id="d{i}" for="{draw(st.sampled_from(["node", "edge", "all", "graph"]))}" '
            f'attr.name="{_attr(name)}" attr.type="{draw(st.sampled_from(types))}"/>'
            for i, name in enumerate(names)
        )
        nodes = "".join(
            f'<node id="{_attr(node)}">'
            + "".join(f'<data key="d{i}">{_attr(draw(cells))}</data>' for i in range(len(names)))
            + "</node>"
            for node in ids
        )
        edges = "".join(
            f'<edge source="{_attr(draw(st.sampled_from(ids or ["q"])))}" '
            f'target="{_attr(draw(st.sampled_from(ids or ["q"])))}">'
            + "".join(f'<data key="d{i}">{_attr(draw(cells))}</data>' for i in range(len(names)))
            + "</edge>"
            for _ in range(draw(st.integers(0, 6)))
        )
        directed = draw(st.sampled_from(["directed", "undirected", "bogus"]))
        doc = (
            '<?xml version="1.0" encoding="UTF-8"?><graphml '
            'xmlns="http://graphml.graphdrawing.org/xmlns">'
            f'{keys}<graph id="G" edgedefault="{directed}">{nodes}{edges}</graph></graphml>'
        )
        return "random.graphml", doc.encode("utf-8")
    attrs = "".join(
        f'<attribute id="{i}" title="{_attr(name)}" type="{draw(st.sampled_from(types))}"/>'
        for i, name in enumerate(names)
    )

    def values() -> str:
        return "".join(
            f'<attvalue for="{i}" value="{_attr(draw(cells))}"/>' for i in range(len(names))
        )

    nodes = "".join(
        f'<node id="{_attr(node)}" label="{_attr(draw(cells))}"><attvalues>{values()}'
        "</attvalues></node>"
        for node in ids
    )
    edges = "".join(
        f'<edge id="e{j}" source="{_attr(draw(st.sampled_from(ids or ["q"])))}" '
        f'target="{_attr(draw(st.sampled_from(ids or ["q"])))}"><attvalues>{values()}'
        "</attvalues></edge>"
        for j in range(draw(st.integers(0, 6)))
    )
    doc = (
        '<?xml version="1.0" encoding="UTF-8"?><gexf xmlns="http://gexf.net/1.3" version="1.3">'
        f'<graph defaultedgetype="directed"><attributes class="node">{attrs}</attributes>'
        f'<attributes class="edge">{attrs}</attributes><nodes>{nodes}</nodes>'
        f"<edges>{edges}</edges></graph></gexf>"
    )
    return "random.gexf", doc.encode("utf-8")


def test_random_graph_documents(workdir: Callable[[], Path]) -> None:
    folder = workdir()

    @settings_for(EXAMPLES)
    @given(graph_documents())
    def run(doc: tuple[str, bytes]) -> None:
        name, data = doc
        check(folder, {name: data}, name)

    run()
