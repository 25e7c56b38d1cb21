"""CSV in Gephi's spreadsheet layout: a nodes table and an edges table.

Nodes: ``Id,Label,kind,...,x,y``; edges: ``Source,Target,Type,Id,Label,relation_type,...``
where ``Type`` is Gephi's ``Directed``/``Undirected``. Exporting ``map.csv`` writes
``map-nodes.csv`` and ``map-edges.csv``, and beside them what Gephi has no place for:
``map-case.csv`` (the case header), ``map-needs.csv``, ``map-organisations.csv``,
``map-powers.csv`` and ``map-agreements.csv`` (one row per entity, every field, its id).
Text that a spreadsheet would evaluate gets a leading ``'`` (and loses it again on import).
Files are UTF-8 with a byte-order mark so Excel reads the accents; import also takes ``;``- or
tab-separated files and Windows-1252.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from exports.builder import ImportResult
from exports.csv_decode import decode_csv
from exports.errors import ImportFileError, SheetProblem, UnsafeFileError, problem, relocated
from exports.output import write_text
from exports.records import (
    ACTOR_ATTRS,
    EDGE_ATTRS,
    NEED_ATTRS,
    WHOLE_KINDS,
    Numbered,
    edge_records,
    info_record,
    need_records,
    node_records,
    whole_records,
)
from exports.records_read import case_from_records
from exports.safety import csv_escape, csv_unescape, read_limited
from models.case import Case
from models.enums import EntityKind, RelationKind
from models.errors import Problem
from models.fields import KINDS

__all__ = ["csv_paths", "csv_records", "read_csv", "write_csv"]

_NODE_COLUMNS = ["Id", "Label", *[n for n in ACTOR_ATTRS if n != "name"], "x", "y"]
_EDGE_COLUMNS = [
    "Source",
    "Target",
    "Type",
    "Id",
    "Label",
    "relation_type",
    *[n for n in EDGE_ATTRS if n != "label"],
]
_NEED_COLUMNS = list(NEED_ATTRS)
_GEPHI = {"Id": "id", "Label": "label", "Source": "source", "Target": "target"}
#: the columns of a nodes file we wrote, as read (``Id`` -> ``id``)
_NODE_COLUMNS_SET = frozenset(_GEPHI.get(c, c) for c in _NODE_COLUMNS)
_DIRECTIONS = ("directed", "undirected", "mutual")
CSV_LIMIT = 64 * 1024 * 1024
# no cell limit of the csv module (131,072 characters, refused without a row or column): the file
# is bounded above, and a cell too long for its field is refused by the model, located
csv.field_size_limit(CSV_LIMIT)
_WHOLE_FILES = {kind: KINDS[kind].section for kind in WHOLE_KINDS}  # map-powers.csv, ...
#: the row of the case file that lists the files of the set (ignored as a case field)
FILES_FIELD = "files"


def _stem(path: str | os.PathLike[str]) -> Path:
    file = Path(path)
    sides = "|".join(("nodes", "edges", "case", "needs", *_WHOLE_FILES.values()))
    return file.with_name(re.sub(rf"[-_.]({sides})$", "", file.stem, flags=re.I))


def csv_paths(path: str | os.PathLike[str]) -> tuple[Path, Path]:
    """The two files for ``path``: ``map.csv`` -> ``map-nodes.csv`` and ``map-edges.csv``."""
    stem = _stem(path)
    return stem.with_name(f"{stem.name}-nodes.csv"), stem.with_name(f"{stem.name}-edges.csv")


def side_paths(path: str | os.PathLike[str]) -> tuple[Path, Path]:
    """The case header and the needs beside them: ``map-case.csv`` and ``map-needs.csv``."""
    stem = _stem(path)
    return stem.with_name(f"{stem.name}-case.csv"), stem.with_name(f"{stem.name}-needs.csv")


def whole_path(path: str | os.PathLike[str], kind: EntityKind) -> Path:
    """The file of the organisations, powers or agreements: ``map-powers.csv``, ..."""
    stem = _stem(path)
    return stem.with_name(f"{stem.name}-{_WHOLE_FILES[kind]}.csv")


def _table(columns: list[str], records: Iterable[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for record in records:
        writer.writerow([csv_escape(record.get(_GEPHI.get(c, c), "")) for c in columns])
    return out.getvalue()


def write_csv(case: Case, path: str | os.PathLike[str]) -> tuple[Path, ...]:
    """Write the nodes and edges tables next to ``path``, and the case header and needs beside
    them (``-case.csv``, ``-needs.csv`` when there are needs); returns the paths written."""
    nodes_path, edges_path = csv_paths(path)
    edges = []
    for record in edge_records(case):
        undirected = record["relation_type"] == RelationKind.COLLABORATION.value
        edges.append({**record, "Type": "Undirected" if undirected else "Directed"})
    write_text(nodes_path, _table(_NODE_COLUMNS, node_records(case)), "utf-8-sig")
    write_text(edges_path, _table(_EDGE_COLUMNS, edges), "utf-8-sig")
    # Gephi reads only nodes and edges; the case header and the needs go beside them so that
    # an import of the pair (with these files next to it) gives the whole case back
    case_path, needs_path = side_paths(path)
    written = [nodes_path, edges_path]
    # an empty table is written only over an older file, which would otherwise come back
    if len(case.needs) or needs_path.exists():
        write_text(needs_path, _table(_NEED_COLUMNS, need_records(case)), "utf-8-sig")
        written.append(needs_path)
    for kind in WHOLE_KINDS:
        target = whole_path(path, kind)
        if len(case.collection(kind)) or target.exists():
            columns = [spec.name for spec in KINDS[kind].fields]
            write_text(target, _table(columns, whole_records(case, kind)), "utf-8-sig")
            written.append(target)
    # the case file, last, lists the files of the set (by their last part: "nodes edges
    # powers ..."), so that an import names one that went missing instead of losing it
    parts = " ".join(_part(p) for p in written)
    info = [
        *({"field": k, "value": v} for k, v in info_record(case).items()),
        {"field": FILES_FIELD, "value": parts},
    ]
    write_text(case_path, _table(["field", "value"], info), "utf-8-sig")
    return (nodes_path, edges_path, case_path, *written[2:])


def _part(path: Path) -> str:
    """``nodes`` for ``map-nodes.csv``: the part of a set's file name after the stem."""
    return path.stem.rsplit("-", 1)[-1]


def _set_file(file: Path, part: str) -> Path | None:
    """The file of the set of ``file`` whose name ends in ``-part.csv`` (None: unknown part)."""
    nodes, edges = csv_paths(file)
    case_path, needs = side_paths(file)
    files = {"nodes": nodes, "edges": edges, "case": case_path, "needs": needs}
    files.update({_WHOLE_FILES[kind]: whole_path(file, kind) for kind in WHOLE_KINDS})
    return files.get(part.casefold())


# --------------------------------------------------------------------------- reading
ROW_LIMIT = 200_000  # as for a sheet of a workbook
CELL_LIMIT = 5_000_000  # separators counted before parsing: one endless row is refused too


def _rows(path: Path) -> tuple[list[dict[str, Any]], list[SheetProblem]]:
    """The records of ``path`` (an empty dict for an empty row) and warnings about them."""
    source = str(path)
    decoded = decode_csv(read_limited(path, CSV_LIMIT), source)
    text = decoded.text
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    separators = text.count(delimiter)
    if separators > CELL_LIMIT:
        raise UnsafeFileError(
            [problem("csv_too_many_cells", count=separators, limit=CELL_LIMIT)], source
        )
    # strict: a quoted cell must end at its closing quote, so a quote opened by mistake is
    # named on its own row, not found as a shifted value on a later one (hostile review 6, N5)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    warnings: list[SheetProblem] = []
    records: list[dict[str, Any]] = []
    headers: list[str] | None = None
    widths: list[int] = []  # the cells of each row read
    line = 0
    cp1252 = decoded.cp1252_lines  # mostly none: no range and set made for each row then
    try:
        for row in reader:
            first_line, line = line + 1, reader.line_num
            if headers is None:
                headers = [h.strip() for h in row]
                _check_headers(headers, path)
                continue
            if len(records) >= ROW_LIMIT:  # streamed: never more than the limit in memory
                too_many = problem("too_many_rows", sheet=path.name, limit=ROW_LIMIT)
                raise UnsafeFileError([too_many], source)
            number = len(records) + 2  # as a spreadsheet shows it: the header is row 1
            if cp1252 and cp1252.intersection(range(first_line, line + 1)):
                warnings.append(problem("mixed_encoding", sheet=path.name, row=number))
            records.append(_record(headers, row))
            widths.append(len(row) if records[-1] else -1)  # -1: an empty row
            if records[-1] and len(row) < len(headers):  # hostile review 6, N5
                cells, columns = len(row), len(headers)
                short = problem(
                    "csv_short_row", sheet=path.name, row=number, cells=cells, columns=columns
                )
                warnings.append(short)
    except csv.Error as exc:
        stopped = reader.line_num
        raise ImportFileError(
            [_quote_problem(exc, path, headers, records, stopped)], source
        ) from None
    _check_cut_off(path, text, len(headers or ()), widths)
    return records, warnings


def _quote_problem(
    exc: csv.Error, path: Path, headers: list[str] | None, records: list[Any], stopped: int
) -> Problem:
    """What the reader stopped at (physical line ``stopped``), on the row where the cell it was
    reading began: a quote
    that is never closed (the rest of the file would be one cell) or one that closes before
    the cell ends."""
    row = len(records) + 2 if headers is not None else 1
    if "unexpected end of data" in str(exc):
        return problem("csv_unclosed_quote", sheet=path.name, row=row)
    if "expected after" in str(exc):
        return problem("csv_bad_quote", sheet=path.name, row=row, line=stopped)
    en, nl = next(
        (said for start, said in _CSV_REASONS.items() if str(exc).startswith(start)),
        ("the text cannot be read as CSV", "de tekst is niet als CSV te lezen"),
    )
    return problem("not_graph", format="CSV", reason=en, reason_nl=nl)


# the csv module's message (its start) -> what it means (rev-dutch21 D1)
_CSV_REASONS = {
    "line contains NUL": (
        "the file holds zero bytes (NUL), which a CSV file does not",
        "het bestand bevat nulbytes (NUL), die een CSV-bestand niet heeft",
    ),
    "field larger than field limit": (
        "a cell is longer than the limit for one cell",
        "een cel is langer dan de grens voor één cel",
    ),
}


def _check_cut_off(path: Path, text: str, columns: int, widths: list[int]) -> None:
    """Refuse a file whose last row has fewer cells than the header while the rows above
    have them all, or that ends in such a row without a line break: a file cut off in
    transfer. (A file cut inside the last cell of a full row cannot be told from a whole
    one.)"""
    if not widths or widths[-1] < 0 or widths[-1] >= columns:
        return
    earlier = [w for w in widths[:-1] if w >= 0]
    if earlier and min(earlier) >= columns:
        key = "csv_row_cut_off"
    elif not text.endswith(("\n", "\r")):
        key = "csv_row_cut_off_end"
    else:
        return
    cut = problem(key, sheet=path.name, row=len(widths) + 1, cells=widths[-1], columns=columns)
    raise ImportFileError([cut], str(path))


def _key(header: str) -> str:
    key = _GEPHI.get(header, header)
    return key.casefold() if key.casefold() in ("id", "label", "source", "target") else key


def _check_headers(headers: list[str], path: Path) -> None:
    """Refuse a header row naming one column twice: only one could be read, the other's cells
    would vanish without a word (the same rule as the report and the register)."""
    from openpyxl.utils import get_column_letter

    first: dict[str, int] = {}
    errors: list[Problem] = []
    for index, header in enumerate(headers):
        if not header:
            continue
        key = _key(header)
        if key in first:
            errors.append(
                problem(
                    "header_twice",
                    sheet=path.name,
                    row=1,
                    column=get_column_letter(index + 1),
                    first=get_column_letter(first[key] + 1),
                    name=header,
                )
            )
        else:
            first[key] = index
    if errors:
        raise ImportFileError(errors, str(path))


def csv_records(path: str | os.PathLike[str]) -> tuple[list[dict[str, Any]], list[SheetProblem]]:
    """The records of a CSV file by header (an empty dict for an empty row), read with the
    limits and encodings above (the mandate register reads its CSV through here)."""
    return _rows(Path(path))


def _record(headers: list[str], row: list[str]) -> dict[str, Any]:
    if not row or not any(cell.strip() for cell in row):  # no generator for a blank line
        return {}
    record: dict[str, Any] = {}
    for header, cell in zip(headers, row, strict=False):
        if not header:
            continue
        key = _GEPHI.get(header, header)
        if key.casefold() in ("id", "label", "source", "target"):
            key = key.casefold()
        record[key] = csv_unescape(cell) if cell != "" else None
    return record


def _kind(records: list[dict[str, Any]], path: Path) -> str:
    """``nodes`` or ``edges`` by the columns; a table without rows (a map without actors) by
    its name as :func:`write_csv` gives it."""
    keys = {k.casefold() for r in records[:50] for k in r}
    if {"source", "target"} <= keys:
        return "edges"
    if "id" in keys or "label" in keys:
        return "nodes"
    if not any(records):
        for want, candidate in zip(("nodes", "edges"), csv_paths(path), strict=True):
            if candidate.name.casefold() == path.name.casefold():
                return want
    return "unknown"


def _sibling(path: Path, want: str) -> Path | None:
    nodes, edges = csv_paths(path)
    candidate = nodes if want == "nodes" else edges
    return candidate if candidate.exists() and candidate != path else None


def _numbered(rows: list[dict[str, Any]]) -> list[Numbered]:
    """The rows that are not empty, each with its row number as a spreadsheet shows it (the
    header is row 1)."""
    return [(i, r) for i, r in enumerate(rows, start=2) if r]


def _side_files(
    file: Path, asked: str, warnings: list[SheetProblem]
) -> tuple[dict[str, Any] | None, list[Numbered], str]:
    """The case header and needs written beside the pair by :func:`write_csv`, when present."""
    case_path, needs_path = side_paths(file)
    info: dict[str, Any] | None = None
    needs: list[Numbered] = []
    if case_path.is_file():
        rows, more = _sibling_rows(asked, case_path)
        warnings += more
        info = {str(r.get("field")): r.get("value") for r in rows if r.get("field")}
    if needs_path.is_file():
        rows, more = _sibling_rows(asked, needs_path)
        warnings += more
        needs = _numbered(rows)
    return info, needs, needs_path.name


def _whole_files(
    file: Path, asked: str, warnings: list[SheetProblem]
) -> tuple[dict[EntityKind, list[Numbered]], dict[EntityKind, str]]:
    """The organisations, powers and agreements written beside the pair, when present."""
    wholes: dict[EntityKind, list[Numbered]] = {}
    names: dict[EntityKind, str] = {}
    for kind in WHOLE_KINDS:
        path = whole_path(file, kind)
        if path.is_file():
            rows, more = _sibling_rows(asked, path)
            warnings += more
            wholes[kind], names[kind] = _numbered(rows), path.name
    return wholes, names


def _sibling_rows(asked: str, other: Path) -> tuple[list[dict[str, Any]], list[SheetProblem]]:
    """The rows of a file beside the one asked for; errors name the file asked for and give
    the other as the sheet."""
    try:
        return _rows(other)
    except ImportFileError as exc:
        located = [
            relocated(
                p, sheet=other.name, row=getattr(p, "row", None), column=getattr(p, "column", "")
            )
            for p in exc.problems
        ]
        raise type(exc)(list(located), asked) from None


def read_csv(path: str | os.PathLike[str]) -> ImportResult:
    """Import a nodes or edges CSV (the other table is picked up when it lies beside it)."""
    file = Path(path)
    if not file.exists() and csv_paths(file)[0].exists():
        file = csv_paths(file)[0]  # "map.csv" names the pair written by write_csv
    records, warnings = _rows(file)
    kind = _kind(records, file)
    if kind == "unknown":
        headers = "Id, Label / Source, Target"
        raise ImportFileError([problem("missing_column", name=headers)], str(path))
    keys = dict.fromkeys(k for r in records[:50] for k in r)  # in the header's order
    if kind == "nodes" and "id" not in keys and len(_NODE_COLUMNS_SET.intersection(keys)) > 4:
        named = problem("csv_no_id_column", file=file.name, headers=", ".join(keys))
        raise ImportFileError([named], str(path))
    other = _sibling(file, "edges" if kind == "nodes" else "nodes")
    other_rows: list[dict[str, Any]] = []
    if other is not None:
        other_rows, more = _sibling_rows(str(path), other)
        warnings += more
    _check_set(file, str(path), records if kind == "nodes" else other_rows, warnings)
    if other is None and kind == "nodes":
        missing = csv_paths(file)[1].name
        warnings.append(
            problem("edges_file_missing", sheet=file.name, file=missing, entry=file.name)
        )
    nodes = records if kind == "nodes" else other_rows
    edges = records if kind == "edges" else other_rows
    for record in edges:
        for key in [k for k in record if k.casefold() == "type"]:
            if str(record[key] or "").casefold() in _DIRECTIONS:
                del record[key]
    nodes_name = (file if kind == "nodes" else other or file).name
    edges_name = (file if kind == "edges" else other or file).name
    title = csv_paths(file)[0].stem.removesuffix("-nodes") or "CSV"
    info, needs, needs_name = _side_files(file, str(path), warnings)
    wholes, whole_names = _whole_files(file, str(path), warnings)
    try:
        result = case_from_records(
            _numbered(nodes),
            _numbered(edges),
            info,
            source=str(path),
            title=title,
            sheets=(nodes_name, edges_name),
            warn_created=bool(nodes),
            needs=needs,
            needs_sheet=needs_name,
            wholes=wholes,
            whole_sheets=whole_names,
        )
    except ImportFileError as exc:
        powers = whole_path(file, EntityKind.POWER)
        if powers.is_file() or not any(p.key == "no_such_power" for p in exc.problems):
            raise
        # a set without its powers file (written before the case file listed the set): the
        # errors about unknown powers come from that; say so first
        named = problem("csv_powers_file_missing", file=powers.name, entry=file.name)
        raise ImportFileError([named, *exc.problems], exc.source, warnings=exc.warnings) from None
    return ImportResult(result.case, (*warnings, *result.warnings), result.source)


def _check_set(
    file: Path, asked: str, nodes: list[dict[str, Any]], warnings: list[SheetProblem]
) -> None:
    """Refuse a set that lacks a file its case file lists (what it holds would be lost
    unseen); warn when a set written by us lacks its case file."""
    case_path = side_paths(file)[0]
    if not case_path.is_file():
        if {k for r in nodes[:50] for k in r} >= _NODE_COLUMNS_SET:  # our nodes file
            warnings.append(problem("csv_case_file_missing", file=case_path.name, entry=file.name))
        return
    rows, _more = _sibling_rows(asked, case_path)
    listed = next((r.get("value") for r in rows if r.get("field") == FILES_FIELD), None)
    missing = []
    for part in str(listed or "").split():
        path = _set_file(file, part)
        if path is not None and not path.is_file():
            missing.append(
                problem(
                    "csv_side_file_missing", file=path.name, entry=file.name, listing=case_path.name
                )
            )
        elif path is not None and _blank(path):
            # a failed copy or a sync client's placeholder: taken as "no rows", it would
            # drop a whole kind of entity unseen
            missing.append(
                problem(
                    "csv_side_file_empty",
                    file=path.name,
                    size=path.stat().st_size,
                    entry=file.name,
                    listing=case_path.name,
                )
            )
    if missing:
        raise ImportFileError(list(missing), asked)


def _blank(path: Path) -> bool:
    """Whether ``path`` holds nothing but blanks (not even a header row)."""
    with path.open("rb") as f:
        head = f.read(4097)
    if len(head) > 4096:
        return False
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        head = head.removeprefix(bom)
    return not head.replace(b"\x00", b"").strip()
