"""GEXF for Gephi: actors as nodes, relationships and mandates as edges, all attributes kept.

GEXF reserves the edge attribute ``type`` (directed/undirected), so the kind of a
relationship is ``relation_type``. Colours, positions and shapes go into GEXF's ``viz``
extension. Numbers of a field are always written as one type (budgets as doubles) because a
GEXF attribute has a single declared type. Edges carry an ``order`` attribute so the order of
relationships survives.

GEXF has no graph attributes, so the case header and the needs go into one element of our own
namespace beside ``<graph>`` (``<kv:case title=... intent=...><kv:needs>[JSON]</kv:needs>``);
Gephi and networkx skip it, our reader takes the whole case back from it. The title is also
the graph's name and the description GEXF's ``<meta><description>``.
"""

from __future__ import annotations

import io
import json
import os
import xml.etree.ElementTree as ET
from typing import Any

from exports.builder import ImportResult
from exports.errors import ImportFileError, SheetProblem, problem
from exports.needs_json import parse_needs
from exports.output import write_bytes
from exports.records import (
    EDGE_ATTRS,
    case_from_records,
    edge_records,
    info_record,
    need_records,
    node_records,
)
from exports.safety import parse_xml, read_limited
from exports.style import ACTOR_SHAPES, SPHERE_COLOURS
from models.case import Case

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
    root = parse_xml(data, source)  # refuses DTDs, entities and external references
    try:
        graph = nx.read_gexf(io.BytesIO(data), node_type=str)
    except (
        nx.NetworkXError, ET.ParseError, ValueError, KeyError, TypeError, LookupError,
        AttributeError, RuntimeError,  # networkx: a bare `raise` on an unknown attribute class
    ) as exc:  # fmt: skip
        reason = str(exc) or type(exc).__name__
        raise ImportFileError(
            [problem("not_graph", format="GEXF", reason=reason)], source
        ) from None
    nodes = []
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
    edges = []
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
    title = os.path.splitext(os.path.basename(source))[0] or "GEXF"
    info, needs, skipped = _case_element(root, source)
    result = case_from_records(nodes, edges, info, source=source, title=title, needs=needs)
    return ImportResult(result.case, (*skipped, *result.warnings), result.source)


def _case_element(
    root: ET.Element, source: str
) -> tuple[dict[str, Any] | None, list[Any], list[SheetProblem]]:
    """The case header and the needs from our ``kv:case`` element, if the file has one."""
    element = root.find(f"{{{KV}}}case")
    if element is None:
        return None, [], []
    text = element.findtext(f"{{{KV}}}needs")
    if not text or not text.strip():
        return dict(element.attrib), [], []
    needs, skipped = parse_needs(text, source)
    return dict(element.attrib), needs, skipped
