"""A map file read and written again without building the case, for a command that only
moves actors (issue 14: ``krachtenveld layout`` at 2,000 and 10,000 actors).

:func:`read_lean` takes a file that the lean reader (:func:`models.leanread.clean_map`) is
sure opens as it is; any other file gives None, and the caller reads it the full way.
:meth:`LeanMap.text` writes the map back as :func:`models.fileformat.dumps` writes the case
the full reader makes of it, byte for byte (``tests/models/test_leanmap.py`` compares them
on every map in the repository, the templates and the benchmark maps):

- each item's fields in the order of :mod:`models.fields` (the decoder's structs keep it);
- an amount that is a whole number as an integer, a position rounded to two decimals
  (:func:`models.fieldtypes.dump_value`);
- the header made as the full reader makes it (defaults for what the file leaves out) and
  written by :func:`models.header.header_dict`;
- the rules, deviations and acceptances only when there are any, every other section always;
- the timeline as the lean reader read it (its first snapshot against the map: once, before
  any actor moved) and written by :mod:`models.timeline_io`;
- indented with two spaces as ``json.dumps(..., ensure_ascii=False, indent=2)``; an amount
  that is no whole number, and the header and the timeline, written by :mod:`json` itself
  (it writes ``1e-05`` where ``msgspec`` writes ``0.00001``), then indented by ``msgspec``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import msgspec
from msgspec import UNSET

from models.entities import CaseInfo, Position
from models.enums import EntityKind
from models.fields import CASE_FIELDS, KINDS
from models.fieldtypes import FieldSpec
from models.header import header_dict
from models.leanread import clean_map
from models.value_words import MAX_COORDINATE

if TYPE_CHECKING:
    from models.timeline import Timeline

__all__ = ["LeanMap", "read_lean", "write_map"]

_OPTIONAL = frozenset(
    KINDS[k].section for k in (EntityKind.RULE, EntityKind.DEVIATION, EntityKind.ACCEPTANCE)
)


class LeanMap:
    """A map's sections as the lean reader decoded them; only positions change."""

    def __init__(self, doc: Any, timeline: Timeline | None = None) -> None:
        self._doc = doc
        self._timeline = timeline  # as read with the map (issue 14: not read again whole)
        self._moved = False  # a moved actor takes the anonymised copy's mark away, as Case does

    @property
    def actors(self) -> list[Any]:
        return self._section("actors")

    @property
    def relationships(self) -> list[Any]:
        return self._section("relationships")

    @property
    def mandates(self) -> list[Any]:
        return self._section("mandates")

    @property
    def organisations(self) -> list[Any]:
        return self._section("organisations")

    def _section(self, name: str) -> list[Any]:
        items = getattr(self._doc, name)
        return [] if items is UNSET else list(items)

    def set_positions(self, positions: Mapping[str, Position]) -> bool:
        """Move the actors of ``positions``; False (nothing moved) when a position is one the
        case would refuse (beyond :data:`MAX_COORDINATE` or not a number): the full way then
        says so."""
        if not all(_placeable(p) for p in positions.values()):
            return False
        for actor in self.actors:
            pos = positions.get(actor.id)
            old = actor.position
            if pos is not None and (old is None or (old.x, old.y) != (pos.x, pos.y)):
                actor.position = pos  # an equal one stays as it was (-0.0 for 0.0): as the case
                self._moved = True
        return True

    def text(self) -> bytes | None:
        """The file's bytes as :func:`models.fileformat.dumps` writes this map, or None when
        that is not certain (see the module)."""
        doc = self._doc
        fields: dict[str, Any] = {"format": doc.format, "version": doc.version}
        fields["case"] = _header(doc.case, keep_mark=not self._moved)
        for spec in KINDS.values():
            items = self._section(spec.section)
            if spec.section in _OPTIONAL and not items:
                continue
            special = [f for f in spec.fields if f.kind in ("number", "position")]
            fields[spec.section] = (
                [_item(item, spec.fields, special) for item in items] if special else items
            )
        if self._timeline is not None:
            from models.timeline_io import dump_timeline

            for key, value in dump_timeline(self._timeline).items():
                fields[key] = _as_json(value)
        return msgspec.json.format(msgspec.json.encode(fields), indent=2) + b"\n"


def read_lean(data: bytes) -> LeanMap | None:
    """The map of ``data`` (a ``.kvmap`` file's bytes) when it opens as it is, else None."""
    checked = clean_map(data)
    return None if checked is None else LeanMap(checked[1], checked[2])


def _placeable(pos: Position) -> bool:
    return all(math.isfinite(v) and abs(v) <= MAX_COORDINATE for v in (pos.x, pos.y))


def _header(header: Any, *, keep_mark: bool) -> dict[str, Any]:
    values = {
        spec.name: getattr(header, spec.name)
        for spec in CASE_FIELDS
        if getattr(header, spec.name) is not UNSET
    }
    if header.anonymised is True and keep_mark:
        values["anonymised"] = True
    return {key: _as_json(value) for key, value in header_dict(CaseInfo(**values)).items()}


def _item(item: Any, specs: Sequence[FieldSpec], special: Sequence[FieldSpec]) -> Any:
    """An item as :func:`models.fieldtypes.dump_entity` writes it: its struct, when none of
    its amounts and positions (``special``) asks for another form."""
    changes: dict[str, Any] = {}
    for spec in special:
        if spec.kind == "number":
            value = getattr(item, spec.name)
            if value is not None:
                changes[spec.name] = _as_json(int(value) if value.is_integer() else value)
        elif spec.kind == "position":
            value = getattr(item, spec.name)
            if value is not None:
                x, y = round(value.x, 2), round(value.y, 2)
                if x != value.x or y != value.y:  # else written as it is (issue 14: 0.007 s)
                    changes[spec.name] = {"x": x, "y": y}
    if not changes:
        return item
    return {spec.name: changes.get(spec.name, getattr(item, spec.name)) for spec in specs}


def _as_json(value: Any) -> Any:
    """``value`` for the encoder, a number in it as :mod:`json` writes it (``1e-05``, where
    ``msgspec`` writes ``0.00001``)."""
    if isinstance(value, float) or (isinstance(value, (dict, list)) and value):
        return msgspec.Raw(json.dumps(value, ensure_ascii=False).encode())
    return value


def write_map(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, keeping the previous version as ``path.bak``,
    as :func:`models.fileformat.save` does; a failure raises its :class:`FormatError`."""
    from models.atomic import atomic_write_bytes
    from models.errors import FormatError, Problem
    from models.safeio import write_failure

    try:
        atomic_write_bytes(path, data, backup=True)
    except OSError as exc:
        key, params = write_failure(exc, path, backup=True)
        raise FormatError([Problem("", key, params)], str(path)) from exc
