"""Where a problem in an imported GraphML or GEXF file is: the element as it is written
(``node 2 (<node id="a">)``) instead of a spreadsheet's ``sheet "nodes", row 2`` (hostile
review 8, N5). The records are read in element order, so a record's row is the element's
number among its kind."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from exports.builder import ImportResult
from exports.errors import ImportFileError, SheetProblem
from models.i18n import Lang
from models.value_words import escaped

__all__ = ["ElementProblem", "built_at_elements", "placed"]

# the kind of element, by the sheet name the records were read under
_KINDS = {"nodes": "node", "edges": "edge", "graph": "graph"}
_WORDS = {
    "node": ("node", "knoop"),
    "edge": ("edge", "verbinding"),
    "graph": ("graph", "graaf"),
    "attribute": ('attribute "{0}"', 'attribuut "{0}"'),
}
# the row words of the spreadsheet messages, said of an element instead (duplicate_id, ...)
_ROW_WORDS = {
    "en": (("; row skipped", "; {0} skipped"), ("on row ", "on {0} ")),
    "nl": (("; rij overgeslagen", "; {0} overgeslagen"), ("op rij ", "op {0} ")),
}


@dataclass(frozen=True, slots=True)
class ElementProblem(SheetProblem):
    """A :class:`SheetProblem` of an XML graph file, located at an element: its kind
    (``node``, ``edge``, ``graph``), its number (``row``; None when the file's order is not
    known) and the element as written (``written``, such as ``<edge source="a" target="zz">``)."""

    element: str = ""
    written: str = ""
    line: int | None = None

    def where(self, lang: Lang = "en") -> str:
        index = 1 if lang == "nl" else 0
        place = _WORDS[self.element][index]
        line = f"{('line', 'regel')[index]} {self.line}" if self.line is not None else ""
        shown = ", ".join(t for t in (self.written, line) if t)
        if self.row is not None:  # node 2 (<node id="a">, line 5)
            place = f"{place} {self.row}"
            place = f"{place} ({shown})" if shown else place
        elif shown:  # the order is not the file's: <node id="a">, line 5
            place = shown
        if self.column:
            place = f"{place}, {_WORDS['attribute'][index].format(self.column)}"
        return place

    def message(self, lang: Lang = "en") -> str:
        text = SheetProblem.message(self, lang)
        word = _WORDS[self.element][1 if lang == "nl" else 0]
        for old, new in _ROW_WORDS["nl" if lang == "nl" else "en"]:
            text = text.replace(old, new.format(word))
        return text


def _attribute(name: str, value: object) -> str:
    text = escaped(str(value)).replace('"', "&quot;")
    return f'{name}="{text}"'


def _written(element: str, record: dict[str, Any] | None) -> str:
    """``<node id="a">``, ``<edge id="e1" source="a" target="zz">``: how the file writes it."""
    if record is None:
        return ""
    names = ("id", "source", "target") if element == "edge" else ("id",)
    attrs = [_attribute(n, record[n]) for n in names if record.get(n) not in (None, "")]
    return f"<{element} {' '.join(attrs)}>" if attrs else f"<{element}>"


def placed(
    problems: Iterable[Any],
    nodes: Sequence[dict[str, Any]],
    edges: Sequence[dict[str, Any]],
    *,
    numbered: bool = True,
    lines: Mapping[str, Sequence[int | None]] | None = None,
) -> list[Any]:
    """``problems`` with those of the node, edge and graph rows placed at their elements
    (``numbered``: the records are in the file's element order, so their row is the element's
    number; ``lines``: the line each node and edge starts on, by kind and row); others (a JSON
    list inside the graph's data) are left as they are. An edge whose end is no node says so,
    naming the end (hostile review 8: "no element" read as if the file were a sheet)."""
    out: list[Any] = []
    records = {"node": nodes, "edge": edges}
    for p in problems:
        element = _KINDS.get(p.sheet, "") if isinstance(p, SheetProblem) else ""
        if not element or isinstance(p, ElementProblem):
            out.append(p)
            continue
        kind_records = records.get(element, ())
        row = p.row
        known = row is not None and 0 < row <= len(kind_records)
        record = kind_records[row - 1] if known else None
        at = (lines or {}).get(element, ())
        line = at[row - 1] if known and row is not None and row <= len(at) else None
        key = p.key
        if key == "unknown_actor" and record is not None:  # an edge's end that is no node
            end = "source" if str(record.get("source")) == p.params.get("name") else "target"
            key = f"edge_{end}_no_node"
        here = ElementProblem(
            "",
            key,
            p.params,
            p.sheet,
            row if numbered else None,
            p.column,
            element,
            _written(element, record),
            line,
        )
        out.append(replace(here, location=here.where("en")))
    return out


def built_at_elements(
    nodes: Sequence[dict[str, Any]],
    edges: Sequence[dict[str, Any]],
    build: Callable[[], ImportResult],
    *,
    numbered: bool = True,
    lines: Mapping[str, Sequence[int | None]] | None = None,
) -> ImportResult:
    """``build()`` (the records made into a case), its warnings and errors placed at their
    elements (see :func:`placed`)."""
    try:
        result = build()
    except ImportFileError as exc:
        problems = placed(exc.problems, nodes, edges, numbered=numbered, lines=lines)
        warnings = placed(exc.warnings, nodes, edges, numbered=numbered, lines=lines)
        raise ImportFileError(problems, exc.source, warnings=warnings) from None
    warned = placed(result.warnings, nodes, edges, numbered=numbered, lines=lines)
    return ImportResult(result.case, tuple(warned), result.source)
