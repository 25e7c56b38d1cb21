"""GraphML for networkx, Gephi and Cytoscape (all attributes) and yEd (shapes, colours, labels).

Every actor field is a typed ``<data>`` attribute, so networkx's ``read_graphml`` and Gephi
read them; in addition each node and edge carries yFiles extension data (``y:ShapeNode``,
``y:PolyLineEdge``) that yEd draws with our shapes, colours, line styles and labels. Positions
are written twice: as yEd's ``Geometry`` (top-left corner) and as plain ``x``/``y`` doubles (the
centre, in the map's scene coordinates), placed after the graphics so that networkx and igraph
read numbers; our reader prefers ``x``/``y`` too. The case
header, the needs and the organisations, powers and agreements are graph-level attributes
(``needs``, ``organisations``, ``powers``, ``agreements`` as JSON arrays with every field and
the entity's id), so a GraphML file round-trips the whole case; tools that do not know them
show them as text or skip them.

Reading parses with defusedxml first (no DTD, no entities) and then with networkx.
"""

from __future__ import annotations

import json
import math
import os
import xml.etree.ElementTree as ET
from typing import Any

from exports.builder import ImportResult
from exports.errors import ImportFileError, SheetProblem, problem
from exports.needs_json import parse_json_list
from exports.output import write_bytes
from exports.records import (
    ACTOR_ATTRS,
    EDGE_ATTRS,
    MANDATE_TYPE,
    NOT_RECORDED,
    WHOLE_KINDS,
    Numbered,
    attr_type,
    edge_records,
    info_record,
    node_records,
)
from exports.records_read import case_from_records, refuse_too_many
from exports.safety import parse_xml, read_limited
from exports.style import (
    ACTOR_SHAPES,
    MANDATE_STYLE,
    SPHERE_COLOURS,
    YED_SHAPES,
    edge_style,
    text_colour_on,
)
from exports.values import exact_number
from exports.xml_places import built_at_elements
from models.case import Case
from models.enums import EntityKind, RelationKind
from models.fields import CASE_FIELDS, KINDS, by_name
from models.fileformat import case_to_dict
from models.i18n import Lang
from models.labels import label

__all__ = ["read_graphml", "to_graphml", "write_graphml"]

NS = "http://graphml.graphdrawing.org/xmlns"
Y = "http://www.yworks.com/xml/graphml"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA = f"{NS} http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd"
_YED_DASH = {"solid": "line", "dash": "dashed", "dot": "dotted", "dashdot": "dashed_dotted"}
NODE_W, NODE_H = 130.0, 50.0


def _g(tag: str) -> str:
    return f"{{{NS}}}{tag}"


def _key(parent: ET.Element, key_id: str, target: str, name: str, kind: str) -> None:
    ET.SubElement(
        parent, _g("key"), {"id": key_id, "for": target, "attr.name": name, "attr.type": kind}
    )


_CR_MARK = "\x00cr\x00"  # never in saved text (NUL is not valid XML), replaced after writing


def _keep_cr(text: str) -> str:
    """Mark carriage returns: XML readers turn a literal CR (and CR LF) into LF; ``&#13;`` stays.

    ElementTree does not escape CR in text, so it is written as a mark and swapped for the
    character reference in the serialised bytes.
    """
    return text.replace("\r", _CR_MARK) if "\r" in text else text


def _data(parent: ET.Element, key: str, value: Any) -> None:
    element = ET.SubElement(parent, _g("data"), {"key": key})
    if isinstance(value, bool):
        element.text = "true" if value else "false"
    else:
        element.text = _keep_cr(str(value))


def _shape_node(case: Case, actor_id: str, data: ET.Element) -> None:
    actor = case.actors.get(actor_id)
    assert actor is not None
    colour = SPHERE_COLOURS[actor.effective_sphere]
    node = ET.SubElement(data, f"{{{Y}}}ShapeNode")
    geometry = {"width": f"{NODE_W}", "height": f"{NODE_H}"}
    if actor.position is not None:  # an unplaced actor has no x/y (networkx then reads None)
        geometry["x"] = f"{actor.position.x - NODE_W / 2:.2f}"
        geometry["y"] = f"{actor.position.y - NODE_H / 2:.2f}"
    ET.SubElement(node, f"{{{Y}}}Geometry", geometry)
    ET.SubElement(node, f"{{{Y}}}Fill", {"color": colour, "transparent": "false"})
    ET.SubElement(node, f"{{{Y}}}BorderStyle", {"color": "#333333", "type": "line", "width": "1.0"})
    text = ET.SubElement(
        node,
        f"{{{Y}}}NodeLabel",
        {
            "textColor": text_colour_on(colour),
            "fontSize": "12",
            "modelName": "internal",
            "modelPosition": "c",
        },
    )
    text.text = _keep_cr(actor.name)
    ET.SubElement(node, f"{{{Y}}}Shape", {"type": YED_SHAPES[ACTOR_SHAPES[actor.kind]]})


def _poly_line(record: dict[str, Any], data: ET.Element, lang: Lang) -> None:
    kind = record["relation_type"]
    if kind == MANDATE_TYPE:
        style = MANDATE_STYLE
        text = str(record.get("description") or "")
    else:
        style = edge_style(RelationKind(kind), int(record.get("level", 1)))
        text = str(record.get("label") or label(RelationKind(kind), lang))
    edge = ET.SubElement(data, f"{{{Y}}}PolyLineEdge")
    ET.SubElement(
        edge,
        f"{{{Y}}}LineStyle",
        {"color": style.colour, "type": _YED_DASH[style.dash], "width": f"{style.width:.1f}"},
    )
    target = "none" if style.arrow == "none" else "standard"
    source = "standard" if style.arrow == "both" else "none"
    ET.SubElement(edge, f"{{{Y}}}Arrows", {"source": source, "target": target})
    if text:
        element = ET.SubElement(edge, f"{{{Y}}}EdgeLabel", {"textColor": style.colour})
        element.text = _keep_cr(text)


def to_graphml(case: Case, lang: Lang = "nl") -> bytes:
    """The GraphML document of ``case`` (UTF-8 bytes)."""
    ET.register_namespace("", NS)
    ET.register_namespace("y", Y)
    ET.register_namespace("xsi", XSI)
    root = ET.Element(_g("graphml"), {f"{{{XSI}}}schemaLocation": SCHEMA})
    for spec in CASE_FIELDS:
        _key(root, f"g_{spec.name}", "graph", spec.name, "string")
    _key(root, "g_needs", "graph", "needs", "string")
    for kind in WHOLE_KINDS:
        section = KINDS[kind].section
        _key(root, f"g_{section}", "graph", section, "string")
    _key(root, "n_label", "node", "label", "string")
    for name, spec in ACTOR_ATTRS.items():
        _key(root, f"n_{name}", "node", name, attr_type(spec))
    _key(root, "n_x", "node", "x", "double")
    _key(root, "n_y", "node", "y", "double")
    _key(root, f"n_{NOT_RECORDED}", "node", NOT_RECORDED, "string")
    _key(root, "e_relation_type", "edge", "relation_type", "string")
    for name, spec in EDGE_ATTRS.items():
        _key(root, f"e_{name}", "edge", name, attr_type(spec))
    _key(root, f"e_{NOT_RECORDED}", "edge", NOT_RECORDED, "string")
    ET.SubElement(root, _g("key"), {"id": "y_node", "for": "node", "yfiles.type": "nodegraphics"})
    ET.SubElement(root, _g("key"), {"id": "y_edge", "for": "edge", "yfiles.type": "edgegraphics"})
    graph = ET.SubElement(root, _g("graph"), {"id": "G", "edgedefault": "directed"})
    for name, value in info_record(case).items():
        _data(graph, f"g_{name}", value)
    whole = case_to_dict(case)
    if len(case.needs):
        _data(graph, "g_needs", json.dumps(whole["needs"], ensure_ascii=False))
    for kind in WHOLE_KINDS:
        section = KINDS[kind].section
        if whole.get(section):
            _data(graph, f"g_{section}", json.dumps(whole[section], ensure_ascii=False))
    for record in node_records(case):
        node = ET.SubElement(graph, _g("node"), {"id": record["id"]})
        # yEd's graphics first: networkx turns a Geometry into x/y *strings* (the top-left
        # corner) and the data after it overrides them, so the plain numeric x/y (the centre,
        # in scene coordinates) written below win.
        _shape_node(case, record["id"], ET.SubElement(node, _g("data"), {"key": "y_node"}))
        for name, value in record.items():
            if name != "id":
                _data(node, f"n_{name}", value)
    for record in edge_records(case):
        attrs = {"id": record["id"], "source": record["source"], "target": record["target"]}
        edge = ET.SubElement(graph, _g("edge"), attrs)
        for name, value in record.items():
            if name not in attrs:
                _data(edge, f"e_{name}", value)
        _poly_line(record, ET.SubElement(edge, _g("data"), {"key": "y_edge"}), lang)
    ET.indent(root)
    body: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return body.replace(_CR_MARK.encode(), b"&#13;")


def write_graphml(case: Case, path: str | os.PathLike[str], lang: Lang = "nl") -> None:
    """Write ``case`` as GraphML to ``path``."""
    write_bytes(path, to_graphml(case, lang))


def _array(raw: object, source: str, column: str) -> tuple[list[Numbered], list[SheetProblem]]:
    if not isinstance(raw, str) or not raw.strip():
        return [], []
    return parse_json_list(raw, source, column=column)


_TYPES = {"int": int, "long": int, "float": float, "double": float, "string": str}


def _typed(text: str | None, kind: str) -> Any:
    if text is None:
        return "" if kind == "string" else None
    if kind == "boolean":
        return text.strip().casefold() in ("true", "1", "yes")
    try:
        value = _TYPES.get(kind, str)(text)
    except ValueError:
        return text
    if isinstance(value, float) and math.isinf(value):
        return exact_number(text, value)
    return value


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _yfiles(element: ET.Element, record: dict[str, Any]) -> None:
    """Fallbacks from yEd graphics: the label, and the node's centre as position."""
    for child in element.iter():
        name = _local(child.tag)
        if name in ("NodeLabel", "EdgeLabel") and child.text and child.text.strip():
            record.setdefault("label", child.text.strip())
        elif name == "Geometry" and "x" not in record:
            try:
                x, y = float(child.get("x", "")), float(child.get("y", ""))
                w, h = float(child.get("width", "0")), float(child.get("height", "0"))
            except ValueError:
                continue
            record["_geometry"] = (x + w / 2, y + h / 2)


def _record(
    element: ET.Element,
    keys: dict[str, tuple[str, str]],
    defaults: dict[str, Any],
    geometry_fallback: bool = True,
) -> dict[str, Any]:
    record: dict[str, Any] = dict(defaults)
    graphics: list[ET.Element] = []
    for data in element:
        if _local(data.tag) != "data":
            continue
        key = data.get("key", "")
        if key not in keys:
            continue
        name, kind = keys[key]
        if kind == "yfiles":
            graphics.append(data)
        else:
            record[name] = _typed(data.text, kind)
    for data in graphics:
        _yfiles(data, record)
    geometry = record.pop("_geometry", None)
    if geometry is not None and geometry_fallback and "x" not in record:
        record["x"], record["y"] = geometry
    return record


def read_graphml(path: str | os.PathLike[str]) -> ImportResult:
    """Import a GraphML file (ours, yEd's, Gephi's, Cytoscape's, networkx's)."""
    source = str(path)
    lines: dict[ET.Element, int] = {}  # the line each element starts on, for the messages
    root = parse_xml(read_limited(path), source, lines)  # refuses DTDs, entities, external refs
    if _local(root.tag) != "graphml":
        top = _local(root.tag)  # said in both languages (rev-dutch21 D1)
        wrong = problem(
            "not_graph",
            format="GraphML",
            reason=f"the outermost element is <{top}>, not <graphml>",
            reason_nl=f"het buitenste element is <{top}>, niet <graphml>",
        )
        raise ImportFileError([wrong], source)
    keys: dict[str, tuple[str, str]] = {}
    defaults: dict[str, dict[str, Any]] = {"node": {}, "edge": {}, "graph": {}}
    for key in root:
        if _local(key.tag) != "key":
            continue
        kind = "yfiles" if key.get("yfiles.type") else key.get("attr.type", "string")
        name = key.get("attr.name") or key.get("id") or ""
        keys[key.get("id") or ""] = (name, kind)
        target = key.get("for") or ""
        for child in key:
            if _local(child.tag) == "default" and target in defaults:
                defaults[target][name] = _typed(child.text, kind)
    # our own files say where an actor is unplaced: no position from yEd's geometry then
    ours = any(name == "relation_type" for name, _ in keys.values())
    graph = next((g for g in root if _local(g.tag) == "graph"), None)
    if graph is None:
        empty = problem(
            "not_graph",
            format="GraphML",
            reason="there is no <graph> element in it",
            reason_nl="er staat geen <graph>-element in",
        )
        raise ImportFileError([empty], source)
    tags = [_local(element.tag) for element in graph]
    refuse_too_many(tags.count("node"), tags.count("edge"), source)
    nodes, edges = [], []
    at: dict[str, list[int | None]] = {"node": [], "edge": []}
    for element in graph:
        tag = _local(element.tag)
        if tag == "node":
            record = _record(element, keys, defaults["node"], geometry_fallback=not ours)
            record["id"] = element.get("id", "")
            nodes.append(record)
            at["node"].append(lines.get(element))
        elif tag == "edge":
            record = _record(element, keys, defaults["edge"])
            record.update(source=element.get("source"), target=element.get("target"))
            if element.get("id"):
                record["id"] = element.get("id")
            edges.append(record)
            at["edge"].append(lines.get(element))
    info = _record(graph, keys, defaults["graph"])
    needs, skipped = _array(info.pop("needs", None), source, "needs")
    wholes: dict[EntityKind, list[Numbered]] = {}
    for kind in WHOLE_KINDS:
        section = KINDS[kind].section
        wholes[kind], more = _array(info.pop(section, None), source, section)
        skipped += more
    info = {k: v for k, v in info.items() if k in by_name(CASE_FIELDS)}
    title = os.path.splitext(os.path.basename(source))[0] or "GraphML"
    result = built_at_elements(  # named as node 2 (<node id="a">), not as a sheet's row (N5)
        nodes,
        edges,
        lambda: case_from_records(
            nodes, edges, info, source=source, title=title, needs=needs, wholes=wholes
        ),
        lines=at,
    )
    return ImportResult(result.case, (*skipped, *result.warnings), result.source)
