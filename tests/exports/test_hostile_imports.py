"""Hostile files for every importer (entity bombs, external entities, zip bombs, huge sheets,
broken zips …): each is refused with our own error naming the file, quickly, or imported.
The list is shared with the command-line test (``tests/ui/test_cli_hostile.py``); its size is
cited in ``docs/reliability.md``.
"""

from __future__ import annotations

import functools
import io
import random
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from exports.formats import import_file
from models.errors import KvmapError
from models.fileformat import dumps, loads
from tests.exports.test_fuzz_readers import _rezip, _write, check, originals, workdir
from tests.models.test_fuzz_kvmap import assert_readable

__all__ = ["HOSTILE", "workdir"]

pytestmark = pytest.mark.slow


# --------------------------------------------------------------------------- hostile files
LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE g [<!ENTITY a "aaaaaaaaaa">'
    + "".join(
        f'<!ENTITY {c} "{("&" + p + ";") * 10}">'
        for p, c in zip("abcdefgh", "bcdefghi", strict=True)
    )
    + "]>"
)


def _zip(parts: dict[str, bytes], *, compress: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compress) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return out.getvalue()


def _xlsx_with(part: str, content: bytes) -> bytes:
    ((_, original),) = originals()["report"].items()
    return _rezip(original, part, content)


def _big_sheet(rows: int) -> bytes:
    body = "".join(
        f'<row r="{i}"><c r="A{i}" t="inlineStr"><is><t>x</t></is></c></row>'
        for i in range(1, rows + 1)
    )
    return (
        '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
        f'spreadsheetml/2006/main"><sheetData>{body}</sheetData></worksheet>'
    ).encode()


def _hostile() -> dict[str, tuple[str, Callable[[], bytes]]]:
    graphml_head = '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph id="G">'
    gexf_head = '<gexf xmlns="http://gexf.net/1.3"><graph><nodes>'
    return {
        "graphml_billion_laughs": (
            "h.graphml",
            lambda: (LAUGHS + graphml_head + '<node id="&i;"/></graph></graphml>').encode(),
        ),
        "graphml_external_entity": (
            "h.graphml",
            lambda: (
                '<?xml version="1.0"?><!DOCTYPE g [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                + graphml_head
                + '<node id="&x;"/></graph></graphml>'
            ).encode(),
        ),
        "graphml_external_dtd": (
            "h.graphml",
            lambda: (
                '<?xml version="1.0"?><!DOCTYPE graphml SYSTEM "http://example.invalid/x.dtd">'
                + graphml_head
                + "</graph></graphml>"
            ).encode(),
        ),
        "graphml_parameter_entity": (
            "h.graphml",
            lambda: (
                '<?xml version="1.0"?><!DOCTYPE g [<!ENTITY % p SYSTEM "http://example.invalid/p">'
                "%p;]>" + graphml_head + "</graph></graphml>"
            ).encode(),
        ),
        "graphml_deep_nesting": (
            "h.graphml",
            lambda: (
                graphml_head + "<x>" * 50_000 + "</x>" * 50_000 + "</graph></graphml>"
            ).encode(),
        ),
        "graphml_many_attributes": (
            "h.graphml",
            lambda: (
                graphml_head
                + '<node id="a" '
                + " ".join(f'a{i}="1"' for i in range(50_000))
                + "/></graph></graphml>"
            ).encode(),
        ),
        "graphml_huge_text": (
            "h.graphml",
            lambda: (
                '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="d0" for="node" '
                'attr.name="name" attr.type="string"/><graph id="G"><node id="a"><data key="d0">'
                + "x" * 5_000_000
                + "</data></node></graph></graphml>"
            ).encode(),
        ),
        "graphml_utf16": (
            "h.graphml",
            lambda: (graphml_head + '<node id="a"/></graph></graphml>').encode("utf-16"),
        ),
        "graphml_not_xml": ("h.graphml", lambda: b"\x00\x01\x02 not xml at all"),
        "graphml_empty": ("h.graphml", lambda: b""),
        "gexf_billion_laughs": (
            "h.gexf",
            lambda: (LAUGHS + gexf_head + '<node id="&i;"/></nodes></graph></gexf>').encode(),
        ),
        "gexf_external_entity": (
            "h.gexf",
            lambda: (
                '<?xml version="1.0"?><!DOCTYPE g [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                + gexf_head
                + '<node id="a" label="&x;"/></nodes></graph></gexf>'
            ).encode(),
        ),
        "gexf_xinclude": (
            "h.gexf",
            lambda: (
                b'<gexf xmlns="http://gexf.net/1.3" xmlns:xi="http://www.w3.org/2001/XInclude">'
                b'<graph><nodes><node id="a"><xi:include href="file:///etc/passwd" parse="text"/>'
                b"</node></nodes></graph></gexf>"
            ),
        ),
        "gexf_self_loops_and_dangling": (
            "h.gexf",
            lambda: (
                gexf_head + '<node id="a"/></nodes><edges><edge id="1" source="a" target="a"/>'
                '<edge id="2" source="a" target="zz"/></edges></graph></gexf>'
            ).encode(),
        ),
        "csv_nul_bytes": ("h.csv", lambda: b"id,label\n\x00a,\x00b\n"),
        "csv_latin1": ("h.csv", lambda: "id,label\na,Ren\xe9\n".encode("latin-1")),
        "csv_formulas": ("h.csv", lambda: b"id,label\na,\"=cmd|' /C calc'!A0\"\nb,@SUM(1)\n"),
        "csv_unterminated_quote": ("h.csv", lambda: b'id,label\na,"never closed\n' * 10),
        "csv_huge_field": ("h.csv", lambda: b"id,label\na," + b"x" * 2_000_000 + b"\n"),
        "csv_many_columns": (
            "h.csv",
            lambda: (
                ",".join(f"c{i}" for i in range(20_000)) + "\n" + ",".join("1" * 20_000)
            ).encode(),
        ),
        "csv_edges_unknown_ends": ("h_edges.csv", lambda: b"source,target\nx,y\n,\n"),
        "csv_only_header": ("h.csv", lambda: b"id,label\n"),
        "csv_empty": ("h.csv", lambda: b""),
        "xlsx_not_a_zip": ("h.xlsx", lambda: b"PK\x03\x04 this is not a zip"),
        "xlsx_zip_bomb": (
            "h.xlsx",
            lambda: _zip(
                {"[Content_Types].xml": b"<Types/>", "xl/worksheets/sheet1.xml": b"\0" * 50_000_000}
            ),
        ),
        "xlsx_too_many_parts": (
            "h.xlsx",
            lambda: _zip(
                {"[Content_Types].xml": b"<Types/>", **{f"x/{i}.xml": b"<a/>" for i in range(2500)}}
            ),
        ),
        "xlsx_dtd_in_sheet": (
            "h.xlsx",
            lambda: _xlsx_with("xl/worksheets/sheet1.xml", (LAUGHS + "<worksheet/>").encode()),
        ),
        "xlsx_dtd_in_shared_strings": (
            "h.xlsx",
            lambda: _xlsx_with("xl/sharedStrings.xml", (LAUGHS + "<sst/>").encode()),
        ),
        "xlsx_too_many_rows": (
            "h.xlsx",
            lambda: _xlsx_with("xl/worksheets/sheet1.xml", _big_sheet(200_001)),
        ),
        "xlsx_missing_content_types": ("h.xlsx", lambda: _zip({"xl/workbook.xml": b"<w/>"})),
        "xlsx_empty_zip": ("h.xlsx", lambda: _zip({})),
        "xlsx_truncated": ("h.xlsx", lambda: next(iter(originals()["report"].values()))[:2000]),
        "xlsx_macro_named_xlsx": (
            "h.xlsx",
            lambda: _zip(
                {"[Content_Types].xml": b"<Types/>", "xl/vbaProject.bin": b"\xd0\xcf\x11\xe0"}
            ),
        ),
        "unknown_extension": ("h.pickle", lambda: b"\x80\x04K\x01."),
    }


# each file made once per worker, when a test first needs it: three tests here and the
# command line's (tests/ui/test_cli_hostile.py) import the same bytes (immutable: shared safely)
HOSTILE = {name: (filename, functools.cache(make)) for name, (filename, make) in _hostile().items()}


@pytest.mark.timeout(300)
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_files(name: str, workdir: Callable[[], Path]) -> None:
    filename, make = HOSTILE[name]
    folder = workdir()
    started = time.perf_counter()
    try:
        result = import_file(_write(folder, {filename: make()}) / filename)
    except KvmapError as exc:
        assert_readable(exc, str(folder / filename))
    else:
        for actor in result.case.actors:
            assert "root:" not in actor.name  # no external entity was resolved
        loads(dumps(result.case))
    assert time.perf_counter() - started < 20.0


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("graphml_billion_laughs", "DTD"),
        ("graphml_external_entity", "DTD"),
        ("gexf_external_entity", "DTD"),
        ("xlsx_zip_bomb", ""),
        ("xlsx_dtd_in_sheet", "DTD"),
        ("xlsx_too_many_rows", "200000"),
        ("xlsx_too_many_parts", "2000"),
    ],
)
def test_hostile_files_are_refused(name: str, expected: str, workdir: Callable[[], Path]) -> None:
    filename, make = HOSTILE[name]
    folder = _write(workdir(), {filename: make()})
    with pytest.raises(KvmapError) as info:
        import_file(folder / filename)
    assert expected in info.value.render("en")


def test_seeded_random_byte_corpus(workdir: Callable[[], Path]) -> None:
    """A fixed corpus besides hypothesis: 50 seeded random flips per exported file."""
    rng = random.Random(6)
    folder = workdir()
    tried = 0
    for files in originals().values():
        main = next(n for n in files if "edges" not in n)
        for _ in range(50):
            changed = dict(files)
            name = rng.choice(sorted(files))
            data = bytearray(files[name])
            for _ in range(rng.randint(1, 20)):
                data[rng.randrange(len(data))] = rng.randrange(256)
            changed[name] = bytes(data)
            check(folder, changed, main)
            tried += 1
    assert tried == 250


def test_hostile_count_is_documented() -> None:
    """docs/reliability.md cites this number; keep them in step."""
    assert len(HOSTILE) == 34
