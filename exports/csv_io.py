"""CSV in Gephi's spreadsheet layout: a nodes table and an edges table.

Nodes: ``Id,Label,kind,...,x,y``; edges: ``Source,Target,Type,Id,Label,relation_type,...``
where ``Type`` is Gephi's ``Directed``/``Undirected``. Exporting ``map.csv`` writes
``map-nodes.csv`` and ``map-edges.csv``. Text that a spreadsheet would evaluate gets a
leading ``'`` (and loses it again on import). Files are UTF-8 with a byte-order mark so
Excel reads the accents; import also takes ``;``- or tab-separated files and Windows-1252.
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
from exports.errors import ImportFileError, problem, relocated
from exports.output import write_text
from exports.records import ACTOR_ATTRS, EDGE_ATTRS, case_from_records, edge_records, node_records
from exports.safety import csv_escape, csv_unescape, read_limited
from models.case import Case
from models.enums import RelationKind

__all__ = ["csv_paths", "read_csv", "write_csv"]

_NODE_COLUMNS = ["Id", "Label", *[n for n in ACTOR_ATTRS if n != "name"], "x", "y"]
_EDGE_COLUMNS = ["Source", "Target", "Type", "Id", "Label", "relation_type",
                 *[n for n in EDGE_ATTRS if n != "label"]]  # fmt: skip
_GEPHI = {"Id": "id", "Label": "label", "Source": "source", "Target": "target"}
_DIRECTIONS = ("directed", "undirected", "mutual")
CSV_LIMIT = 64 * 1024 * 1024


def csv_paths(path: str | os.PathLike[str]) -> tuple[Path, Path]:
    """The two files for ``path``: ``map.csv`` -> ``map-nodes.csv`` and ``map-edges.csv``."""
    file = Path(path)
    stem = re.sub(r"[-_.](nodes|edges)$", "", file.stem, flags=re.IGNORECASE)
    return file.with_name(f"{stem}-nodes.csv"), file.with_name(f"{stem}-edges.csv")


def _table(columns: list[str], records: Iterable[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for record in records:
        writer.writerow([csv_escape(record.get(_GEPHI.get(c, c), "")) for c in columns])
    return out.getvalue()


def write_csv(case: Case, path: str | os.PathLike[str]) -> tuple[Path, Path]:
    """Write the nodes and edges tables next to ``path``; returns both paths."""
    nodes_path, edges_path = csv_paths(path)
    edges = []
    for record in edge_records(case):
        undirected = record["relation_type"] == RelationKind.COLLABORATION.value
        edges.append({**record, "Type": "Undirected" if undirected else "Directed"})
    write_text(nodes_path, _table(_NODE_COLUMNS, node_records(case)), "utf-8-sig")
    write_text(edges_path, _table(_EDGE_COLUMNS, edges), "utf-8-sig")
    return nodes_path, edges_path


# --------------------------------------------------------------------------- reading
def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def _rows(path: Path) -> list[dict[str, Any]]:
    text = _decode(read_limited(path, CSV_LIMIT))
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = list(reader)
    except csv.Error as exc:
        raise ImportFileError(
            [problem("not_graph", format="CSV", reason=str(exc))], str(path)
        ) from None
    if not rows:
        return []
    headers = [h.strip() for h in rows[0]]
    records: list[dict[str, Any]] = []
    for row in rows[1:]:
        if not any(cell.strip() for cell in row):
            records.append({})
            continue
        record: dict[str, Any] = {}
        for header, cell in zip(headers, row, strict=False):
            if not header:
                continue
            key = _GEPHI.get(header, header)
            if key.casefold() in ("id", "label", "source", "target"):
                key = key.casefold()
            record[key] = csv_unescape(cell) if cell != "" else None
        records.append(record)
    return records


def _kind(records: list[dict[str, Any]]) -> str:
    keys = {k.casefold() for r in records[:50] for k in r}
    if {"source", "target"} <= keys:
        return "edges"
    return "nodes" if "id" in keys or "label" in keys else "unknown"


def _sibling(path: Path, want: str) -> Path | None:
    nodes, edges = csv_paths(path)
    candidate = nodes if want == "nodes" else edges
    return candidate if candidate.exists() and candidate != path else None


def read_csv(path: str | os.PathLike[str]) -> ImportResult:
    """Import a nodes or edges CSV (the other table is picked up when it lies beside it)."""
    file = Path(path)
    if not file.exists() and csv_paths(file)[0].exists():
        file = csv_paths(file)[0]  # "map.csv" names the pair written by write_csv
    records = _rows(file)
    kind = _kind(records)
    if kind == "unknown":
        headers = "Id, Label / Source, Target"
        raise ImportFileError([problem("missing_column", column=headers)], str(path))
    other = _sibling(file, "edges" if kind == "nodes" else "nodes")
    other_rows: list[dict[str, Any]] = []
    if other is not None:
        try:
            other_rows = _rows(other)
        except ImportFileError as exc:  # name the file asked for; the sibling as the sheet
            located = [relocated(p, sheet=other.name) for p in exc.problems]
            raise ImportFileError(list(located), str(path)) from None
    nodes = records if kind == "nodes" else other_rows
    edges = records if kind == "edges" else other_rows
    for record in edges:
        for key in [k for k in record if k.casefold() == "type"]:
            if str(record[key] or "").casefold() in _DIRECTIONS:
                del record[key]
    nodes_name = (file if kind == "nodes" else other or file).name
    edges_name = (file if kind == "edges" else other or file).name
    title = csv_paths(file)[0].stem.removesuffix("-nodes") or "CSV"
    return case_from_records(
        [r for r in nodes if r], [r for r in edges if r], None, source=str(path), title=title,
        sheets=(nodes_name, edges_name), warn_created=bool(nodes),
    )  # fmt: skip
