"""GEXF for Gephi: actors as nodes, relationships and mandates as edges, all attributes kept.

GEXF reserves the edge attribute ``type`` (directed/undirected), so the kind of a
relationship is ``relation_type``. Colours, positions and shapes go into GEXF's ``viz``
extension. Numbers of a field are always written as one type (budgets as doubles) because a
GEXF attribute has a single declared type. Edges carry an ``order`` attribute so the order of
relationships survives.

GEXF has no graph attributes, so the case header, the needs and the organisations, powers and
agreements go into one element of our own namespace beside ``<graph>`` (``<kv:case title=...
intent=...><kv:needs>[JSON]</kv:needs><kv:powers>[JSON]</kv:powers>...``, every entity with its
id and every field); Gephi and networkx skip it, our reader takes the whole case back from it.
The title is also the graph's name and the description GEXF's ``<meta><description>``.

A number too large for a double (``1e400``, 400 digits) is read back as the exact number, so
the field check reports it as larger than the field's limit, as for GraphML.
"""

from __future__ import annotations

import io
import json
import math
import os
import xml.etree.ElementTree as ET
from typing import Any

from exports.builder import ImportResult
from exports.errors import ImportFileError, SheetProblem, problem
from exports.library_words import gexf_reason
from exports.needs_json import parse_json_list
from exports.output import write_bytes
from exports.records import (
    EDGE_ATTRS,
    WHOLE_KINDS,
    Numbered,
    edge_records,
    info_record,
    need_records,
    node_records,
)
from exports.records_read import case_from_records, refuse_too_many
from exports.safety import parse_xml, read_limited
from exports.style import ACTOR_SHAPES, SPHERE_COLOURS
from exports.values import exact_number
from exports.xml_places import built_at_elements
from models.case import Case
from models.fields import KINDS
from models.fileformat import case_to_dict

__all__ = ["read_gexf", "to_gexf", "write_gexf"]

_VIZ_SHAPES = {"ellipse": "disc", "circle": "disc", "rectangle": "square", "roundrect": "square",
               "diamond": "diamond", "triangle": "triangle"}  # fmt: skip
KV = "https://krachtenveld.nl/ns/gexf"
_DOUBLES = {name for name, spec in EDGE_ATTRS.items() if spec.kind == "number"}


def _rgb(colour: str) -> dict[str, int]:
    return {"r": int(colour[1:3], 16), "g": int(colour[3:5], 16), "b": int(colour[5:7], 16)}


def to_gexf(case: Case) -> bytes:
    """The GEXF 1.2 document of ``case``."""
    import networkx as nx

    graph = nx.MultiDiGraph()
    for record in node_records(case):
        actor = case.actors.get(record["id"])
        assert actor is not None
        viz: dict[str, Any] = {"color": {**_rgb(SPHERE_COLOURS[actor.effective_sphere]), "a": 1.0}}
        x, y = record.pop("x", None), record.pop("y", None)
        if x is not None and y is not None:
            viz["position"] = {"x": float(x), "y": -float(y), "z": 0.0}  # Gephi's y grows upwards
        viz["shape"] = _VIZ_SHAPES.get(ACTOR_SHAPES[actor.kind], "disc")
        graph.add_node(record.pop("id"), viz=viz, **record)
    for order, record in enumerate(edge_records(case)):
        record["order"] = order  # GEXF writers group edges by node; this keeps our order
        for name in _DOUBLES & record.keys():
            record[name] = float(record[name])
        graph.add_edge(record.pop("source"), record.pop("target"), key=record["id"], **record)
    graph.graph["name"] = case.info.title
    buffer = io.BytesIO()
    nx.write_gexf(graph, buffer, version="1.2draft")
    return _with_case(buffer.getvalue(), case)


def _with_case(document: bytes, case: Case) -> bytes:
    """``document`` with the case header and needs in a ``kv:case`` element."""
    root = ET.fromstring(document)  # our own output: trusted
    ns = root.tag[1:].split("}", 1)[0] if root.tag.startswith("{") else ""
    ET.register_namespace("", ns)
    ET.register_namespace("kv", KV)
    element = ET.Element(f"{{{KV}}}case", {k: str(v) for k, v in info_record(case).items()})
    if len(case.needs):
        needs = ET.SubElement(element, f"{{{KV}}}needs")
        needs.text = json.dumps(need_records(case), ensure_ascii=False)
    whole = case_to_dict(case)
    for kind in WHOLE_KINDS:
        section = KINDS[kind].section
        if whole.get(section):
            ET.SubElement(element, f"{{{KV}}}{section}").text = json.dumps(
                whole[section], ensure_ascii=False
            )
    root.insert(1 if len(root) and root[0].tag.endswith("meta") else 0, element)
    meta = root.find(f"{{{ns}}}meta")
    if meta is not None and case.info.description:
        ET.SubElement(meta, f"{{{ns}}}description").text = case.info.description
    ET.indent(root)
    body: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return body.replace(b"\r", b"&#13;")  # a CR in text would be read back as LF


def write_gexf(case: Case, path: str | os.PathLike[str]) -> None:
    """Write ``case`` as GEXF to ``path``."""
    write_bytes(path, to_gexf(case))


def _order(root: ET.Element, tag: str) -> dict[str, int]:
    ids = [e.get("id", "") for e in root.iter() if e.tag.rsplit("}", 1)[-1] == tag]
    return {item_id: i for i, item_id in enumerate(ids)}


def read_gexf(path: str | os.PathLike[str]) -> ImportResult:
    """Import a GEXF file (ours or Gephi's)."""
    import networkx as nx

    source = str(path)
    data = read_limited(path)
    lines: dict[ET.Element, int] = {}  # the line each element starts on, for the messages
    root = parse_xml(data, source, lines)  # refuses DTDs, entities and external references
    tags = [_local(e.tag) for e in root.iter()]
    refuse_too_many(tags.count("node"), tags.count("edge"), source)
    try:
        graph = nx.read_gexf(io.BytesIO(data), node_type=str)
    except (
        nx.NetworkXError,
        ET.ParseError,
        ValueError,
        KeyError,
        TypeError,
        LookupError,
        AttributeError,
        RuntimeError,  # networkx: a bare `raise` on an unknown attribute class
    ) as exc:
        said = gexf_reason(exc)
        wrong = problem(
            "not_graph", format="GEXF", reason=said["reason"], reason_nl=said["reason_nl"]
        )
        raise ImportFileError([wrong], source) from None
    nodes: list[dict[str, Any]] = []
    declared = _order(root, "node")
    for node_id, attrs in graph.nodes(data=True):
        if str(node_id) not in declared and not attrs:
            continue  # made by networkx from an edge end: the edge's row creates or skips it
        record = {k: v for k, v in attrs.items() if k not in ("viz", "pid", "start", "end")}
        record["id"] = str(node_id)
        position = (attrs.get("viz") or {}).get("position")
        if isinstance(position, dict) and "x" in position and "y" in position:
            record["x"], record["y"] = float(position["x"]), -float(position["y"])
        nodes.append(record)
    edges: list[dict[str, Any]] = []
    multi = graph.is_multigraph()
    triples = (
        graph.edges(keys=True, data=True)
        if multi
        else ((u, v, None, d) for u, v, d in graph.edges(data=True))
    )
    for u, v, key, attrs in triples:
        record = {k: val for k, val in attrs.items() if k not in ("viz", "start", "end", "weight")}
        if "weight" in attrs and attrs["weight"] != 1.0:
            record["weight"] = attrs["weight"]
        record.update(source=str(u), target=str(v))
        record.setdefault("id", str(key) if key is not None else None)
        edges.append(record)
    order = _order(root, "edge")
    edges.sort(key=lambda r: (r.get("order", len(edges)), order.get(str(r.get("id")), 0)))
    for record in edges:
        record.pop("order", None)
    _exact_numbers(root, nodes, "node")
    _exact_numbers(root, edges, "edge")
    title = os.path.splitext(os.path.basename(source))[0] or "GEXF"
    info, arrays, skipped = _case_element(root, source)
    needs = arrays.pop("needs", [])
    wholes = {kind: arrays.get(KINDS[kind].section, []) for kind in WHOLE_KINDS}
    result = built_at_elements(  # named at <node id="a">, not as a sheet's row (N5)
        nodes,
        edges,
        lambda: case_from_records(
            nodes, edges, info, source=source, title=title, needs=needs, wholes=wholes
        ),
        lines=_lines(root, lines, nodes, edges),
    )  # the records are in the file's order: declared nodes as read, edges sorted back
    return ImportResult(result.case, (*skipped, *result.warnings), result.source)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _exact_numbers(root: ET.Element, records: list[dict[str, Any]], tag: str) -> None:
    """Infinite numbers in ``records`` (networkx reads ``1e400`` as ``inf``) replaced by the
    exact number the file writes, so the field check names the limit they exceed."""
    broken = [r for r in records if any(_infinite(v) for v in r.values())]
    if not broken:
        return
    titles = {
        a.get("id", ""): a.get("title") or a.get("id") or ""
        for group in root.iter()
        if _local(group.tag) == "attributes" and group.get("class") == tag
        for a in group
        if _local(a.tag) == "attribute"
    }
    raw: dict[str, dict[str, str]] = {}
    for element in root.iter():
        if _local(element.tag) != tag:
            continue
        texts = raw.setdefault(element.get("id", ""), {})
        for value in element.iter():
            if _local(value.tag) == "attvalue":
                name = titles.get(value.get("for", ""), value.get("for", ""))
                texts[name] = value.get("value", "")
    for record in broken:
        texts = raw.get(str(record.get("id")), {})
        for name, value in record.items():
            if _infinite(value) and name in texts:
                record[name] = exact_number(texts[name], value)


def _infinite(value: object) -> bool:
    return isinstance(value, float) and math.isinf(value)


def _case_element(
    root: ET.Element, source: str
) -> tuple[dict[str, Any] | None, dict[str, list[Numbered]], list[SheetProblem]]:
    """The case header, and the needs, organisations, powers and agreements (by array name)
    from our ``kv:case`` element, if the file has one."""
    element = root.find(f"{{{KV}}}case")
    if element is None:
        return None, {}, []
    arrays: dict[str, list[Numbered]] = {}
    skipped: list[SheetProblem] = []
    for section in ("needs", *(KINDS[kind].section for kind in WHOLE_KINDS)):
        text = element.findtext(f"{{{KV}}}{section}")
        if text and text.strip():
            arrays[section], more = parse_json_list(text, source, column=section)
            skipped += more
    return dict(element.attrib), arrays, skipped


def _lines(
    root: ET.Element,
    lines: dict[ET.Element, int],
    nodes: list[dict[str, Any]],
    edges: list[dict[str, Any]],
) -> dict[str, list[int | None]]:
    """The line of each node and edge record's element, found by its id (networkx reads the
    file again, so the records are matched to the elements by id)."""
    found: dict[tuple[str, str], int] = {}
    for element in root.iter():
        kind, id_ = _local(element.tag), element.get("id")
        if kind in ("node", "edge") and id_ is not None and element in lines:
            found.setdefault((kind, id_), lines[element])
    return {
        kind: [found.get((kind, str(r.get("id")))) for r in records]
        for kind, records in (("node", nodes), ("edge", edges))
    }
