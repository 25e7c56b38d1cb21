"""The ``.kvmap`` file format (JSON, UTF-8): reading with located errors, writing atomically.

See ``docs/file-format.md`` for the format and ``models/kvmap.schema.json`` for its schema;
the migrations of older versions are in :mod:`models.migrations`.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator, Mapping, Sequence, Set
from dataclasses import dataclass
from typing import Any

from models.bulkparse import references_hold, section_entities, take_section
from models.case import Case
from models.entities import CaseInfo
from models.enums import EntityKind
from models.errors import FieldError, FormatError, Problem
from models.fields import CASE_FIELDS, KINDS, FieldSpec, describe, parse_value
from models.fieldtypes import dump_entity
from models.filetext import map_text, zero_problem
from models.header import ANONYMISED_KEY, header_dict
from models.i18n import Lang
from models.jsontext import KeyTwiceError, depth, indented, json_problem, no_key_twice
from models.limits import LIMITS
from models.migrations import MIGRATIONS, TOP_KEYS, dicts_in, fill_power_acts
from models.quickparse import SLOW, plain, quick_value
from models.read_problems import Collector, kept_listed, strict
from models.references import (
    info_problems,
    organisation_cycles,
    reference_problems,
)
from models.rules import (
    REPAIRED,
    cross_field_problems,
    has_cross_fields,
    repair_cross_field,
    repaired_value,
)
from models.safeio import ReadRefusedError, read_file, write_failure
from models.timeline_first import MapBase, same_json
from models.timeline_io import dump_timeline, parse_timeline
from models.value_words import json_float

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "LIMITS",
    "Loaded",
    "case_from_dict",
    "case_to_dict",
    "dumps",
    "header_dict",
    "load",
    "loads",
    "read",
    "read_dict",
    "reads",
    "save",
]

FORMAT_NAME = "krachtenveld"
FORMAT_VERSION = 2


_TIMELINE_KEYS = ("snapshots", "history")  # after the map: models/timeline_io.py
#: each kind's field names, found once: a snapshot's change is read as a document of its own
_FIELD_NAMES = {kind: frozenset(f.name for f in spec.fields) for kind, spec in KINDS.items()}
# arrays written only when they hold something (added within version 2)
_OPTIONAL_SECTIONS = frozenset({EntityKind.RULE, EntityKind.DEVIATION, EntityKind.ACCEPTANCE})


# --------------------------------------------------------------------------- writing
def case_to_dict(case: Case) -> dict[str, Any]:
    """The JSON document for ``case``, keys in a stable order."""
    header = header_dict(case.info)
    doc: dict[str, Any] = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "case": header}
    for kind, spec in KINDS.items():
        items = case.collection(kind)
        if kind in _OPTIONAL_SECTIONS and not items:
            continue  # optional: a map without any stays as it was
        doc[spec.section] = [dump_entity(e, spec.fields) for e in items]
    if case.timeline:  # optional: a map without snapshots or saves stays as it was
        doc.update(dump_timeline(case.timeline))
    return doc


def dumps(case: Case) -> str:
    """The ``.kvmap`` text for ``case`` (indented, stable order, trailing newline)."""
    return indented(case_to_dict(case)) + "\n"


def save(case: Case, path: str | os.PathLike[str], *, backup: bool = True) -> None:
    """Write ``case`` to ``path`` atomically; keeps the previous version as ``path.bak``.

    Raises :class:`FormatError` naming the file when the write fails; the old file is intact.
    """
    text = dumps(case)
    data = text.encode("utf-8")
    try:  # a save never writes what a load refuses: the same checks as loads() (the size,
        # value-count and depth guards against hostile files are skipped for our own text)
        if not _clean(data):
            strict(read_dict(json.loads(text), str(path), plain_text=plain(text)), keep=True)
    except FormatError as exc:
        raise FormatError([Problem("", "save_refused"), *exc.problems], str(path)) from None
    from models.atomic import atomic_write_bytes  # only a save writes (issue 14, snap18d)

    try:
        atomic_write_bytes(path, data, backup=backup)
    except OSError as exc:
        key, params = write_failure(exc, path, backup=backup)
        raise FormatError([Problem("", key, params)], str(path)) from exc


def _clean(data: bytes) -> bool:
    """Whether the lean reader is sure ``data`` opens as it is, with nothing to repair or warn
    of (:func:`models.leanread.clean_counts`, what ``validate`` trusts): the full reader would
    then find nothing either. A quarter of the time of saving a 2,000-actor map went into
    reading it back the full way (issue 14, ``krachtenveld layout``); when the lean reader is
    not sure, the full reader decides, and words what it refuses."""
    from models.leanread import clean_counts

    return clean_counts(data) is not None


# --------------------------------------------------------------------------- reading
def _parse_entity(
    raw: object,
    specs: Sequence[FieldSpec],
    location: str,
    problems: Collector,
    plain_text: bool = False,
    known: frozenset[str] | None = None,
) -> dict[str, Any] | None:
    if not isinstance(raw, dict):
        problems.add(location, "expected_object", got=describe(raw))
        return None
    if known is None:
        known = frozenset(spec.name for spec in specs)
    if not raw.keys() <= known:
        for key in raw:
            if key not in known:
                where = f"{location}.{describe(key)[1:-1]}"
                problems.add(where, "unknown_field", name=describe(key))
    values: dict[str, Any] = {}
    ok = True
    for spec in specs:
        if spec.name not in raw:
            if spec.required:
                problems.add(f"{location}.{spec.name}", "required")
                ok = False
            continue
        if plain_text:  # the usual well-formed value: a type test and a comparison
            value = quick_value(spec, raw[spec.name])
            if value is not SLOW:
                values[spec.name] = value
                continue
        try:
            values[spec.name] = parse_value(spec, raw[spec.name])
        except FieldError as exc:
            if exc.key in REPAIRED:
                try:  # repairable: characters removed, a far position left empty; listed
                    values[spec.name] = parse_value(spec, repaired_value(exc.key, raw[spec.name]))
                except FieldError:
                    pass
                else:
                    said = {"id": describe(raw.get("id"))} if spec.kind == "position" else {}
                    problems.repair(
                        f"{location}.{spec.name}", REPAIRED[exc.key], **exc.params, **said
                    )
                    continue
            problems.add(f"{location}.{spec.name}", exc.key, **exc.params)
            ok = False
    return values if ok else None


@dataclass(frozen=True, slots=True)
class Loaded:
    """A map that opened, and the problems in its file that were repaired to open it.

    ``problems`` lists what a strict :func:`load` refuses but :func:`read` repairs: control
    characters removed, a reversed validity period cleared (see :mod:`models.rules`). The case
    holds the repaired values; saving it writes a file that loads without problems.
    """

    case: Case
    problems: tuple[Problem, ...] = ()
    source: str = ""
    version: int = FORMAT_VERSION  # the version the file had; older ones were migrated
    kept: tuple[Problem, ...] = ()  # of ``problems``: damaged snapshots kept as written (F5)

    @property
    def migrated(self) -> bool:
        """Whether the file had an older format version and was migrated on reading."""
        return self.version < FORMAT_VERSION

    def render(self, lang: Lang = "en") -> str:
        """The repaired problems, one per line, prefixed with the source (empty when none)."""
        if not self.problems:
            return ""
        return FormatError(list(self.problems), self.source).render(lang)


def case_from_dict(doc: object, source: str = "") -> Case:
    """Validate a parsed JSON document and build the case; raises :class:`FormatError`.

    Strict: a problem that :func:`read_dict` would repair is refused here too.
    """
    return strict(read_dict(doc, source))


class _Known(Set[str]):
    """A document's ids and those known beside it (``read_dict``'s ``known``), without copying
    the known ones for each snapshot read (issue 14, F1)."""

    __slots__ = ("more", "own")

    def __init__(self, own: Set[str], more: Set[str]) -> None:
        self.own, self.more = own, more

    def __contains__(self, item: object) -> bool:
        return item in self.own or item in self.more

    def __iter__(self) -> Iterator[str]:
        yield from self.own
        yield from (i for i in self.more if i not in self.own)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __ge__(self, other: Set[Any]) -> bool:  # ``named <= declared``: each one looked up
        return all(i in self for i in other)


def read_dict(
    doc: object,
    source: str = "",
    *,
    plain_text: bool = False,
    known: Mapping[EntityKind, Set[str]] | None = None,
) -> Loaded:
    """Validate a parsed JSON document and build the case, repairing what can be repaired.

    ``plain_text``: the document was parsed from text that :func:`models.quickparse.plain`
    passed (no string in it can hold a refused character), so well-formed values are taken
    the short way. ``known``: ids that exist beside the document's own, for its references
    (a snapshot's changed entities, read against the map before them: issue 14, F1). Raises
    :class:`FormatError` for every problem that cannot be repaired.
    """
    problems = Collector(LIMITS["problems"])
    if not isinstance(doc, dict):
        raise FormatError([Problem("", "expected_object", {"got": describe(doc)})], source)
    if doc.get("format") != FORMAT_NAME:
        raise FormatError([Problem("format", "not_kvmap")], source)
    if "version" not in doc:
        raise FormatError([Problem("version", "version_missing")], source)
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise FormatError([Problem("version", "version_bad", {"got": describe(version)})], source)
    if version > FORMAT_VERSION:
        params = {"version": version, "supported": FORMAT_VERSION}
        raise FormatError([Problem("version", "version_newer", params)], source)
    if version < 0:
        raise FormatError([Problem("version", "version_bad", {"got": describe(version)})], source)
    newer = [k for k in ("organisations", "powers", "agreements") if dicts_in(doc.get(k))]
    if version < 2 and newer:  # a body of version 2 with a wrong number: say so plainly
        said: dict[str, object] = {"version": version, "sections": ", ".join(newer)}
        raise FormatError([Problem("version", "version_body_newer", said)], source)
    original = version
    while version < FORMAT_VERSION:
        doc = MIGRATIONS[version](doc)
        version += 1
    assert isinstance(doc, dict)
    doc = fill_power_acts(doc)  # within version 2: a power written before `act` existed

    for key in doc:
        if key not in TOP_KEYS and key not in _TIMELINE_KEYS:
            problems.add(describe(key)[1:-1], "unknown_field", name=describe(key))

    raw_case = doc.get("case", None)
    marked = raw_case.get(ANONYMISED_KEY, False) if isinstance(raw_case, dict) else False
    if isinstance(raw_case, dict) and ANONYMISED_KEY in raw_case:  # the copy's mark (N3)
        raw_case = {k: v for k, v in raw_case.items() if k != ANONYMISED_KEY}
        if not isinstance(marked, bool):
            problems.add(f"case.{ANONYMISED_KEY}", "expected_bool", got=describe(marked))
    info_values = _parse_entity(raw_case, CASE_FIELDS, "case", problems, plain_text)
    if info_values is not None and marked is True:
        info_values[ANONYMISED_KEY] = True
    if "case" not in doc:
        problems.drop("case")
        problems.add("case", "required")

    built: dict[EntityKind, list[tuple[str, Any]]] = {}
    seen_ids: dict[str, str] = {}
    declared: dict[EntityKind, Set[str]] = {}
    for kind, kind_spec in KINDS.items():
        section = kind_spec.section
        raw_items = doc.get(section, [])
        items: list[tuple[str, Any]] = []
        built[kind] = items
        known_fields = _FIELD_NAMES[kind]
        # ids of every item, even one with a bad field, so its references are not reported too
        own = {i["id"] for i in dicts_in(raw_items) if isinstance(i.get("id"), str)}
        declared[kind] = own if known is None else _Known(own, known.get(kind, frozenset()))
        if not isinstance(raw_items, list):
            problems.add(section, "expected_list", got=describe(raw_items))
            continue
        if not raw_items:  # a snapshot's change sets one or two sections (issue 14, F1)
            continue
        if len(raw_items) > LIMITS[section]:
            problems.add(section, "too_many", count=len(raw_items), limit=LIMITS[section])
            continue
        quick = section_entities(raw_items, kind_spec, known_fields) if plain_text else None
        cross = has_cross_fields(kind_spec.cls)
        if quick is not None and not cross and take_section(section, quick, seen_ids, items):
            continue  # every id new: no entity to say anything about one by one
        for i, raw in enumerate(raw_items):
            location = f"{section}[{i}]"
            if quick is not None:
                made = quick[i]
            else:
                values = _parse_entity(
                    raw, kind_spec.fields, location, problems, plain_text, known_fields
                )
                if values is None:
                    continue
                made = kind_spec.cls(**values)
            item_id = made.id
            if item_id in seen_ids:
                problems.add(f"{location}.id", "duplicate_id", id=item_id, other=seen_ids[item_id])
                continue
            seen_ids[item_id] = location
            if not cross:  # an actor, a tie, ...: no two fields of it can contradict
                items.append((location, made))
                continue
            item, repairs = repair_cross_field(made)
            for note in repairs:
                problems.repair(f"{location}.{note.location}", note.key, **note.params)
            refused = cross_field_problems(item)  # what no repair can decide for the user
            for problem in refused:
                problems.add(f"{location}.{problem.location}", problem.key, **problem.params)
            if refused:
                continue
            items.append((location, item))

    def exists(kind: EntityKind, item_id: str) -> bool:
        return item_id in declared[kind]

    for kind, items in built.items():
        if not items:  # a snapshot's change: one or two sections (issue 14, snap18d)
            continue
        if references_hold(kind, [item for _, item in items], declared):
            continue  # nothing to locate: every reference of the section names a known id
        for location, item in items:
            for p in reference_problems(kind, item, exists):
                problems.add(f"{location}.{p.location}", p.key, **p.params)
    orgs = {o.id: o for _, o in built[EntityKind.ORGANISATION]}
    where = {o.id: loc for loc, o in built[EntityKind.ORGANISATION]}
    for org_id in organisation_cycles(orgs):
        problems.add(f"{where[org_id]}.parent", "organisation_cycle", id=org_id)
    if info_values is not None:
        for p in info_problems(CaseInfo(**info_values), exists):
            problems.add(f"case.{p.location}", p.key, **p.params)

    timeline = None
    kept: tuple[Problem, ...] = ()  # what was said about damaged snapshots kept as written
    if doc.get("snapshots") is not None or doc.get("history") is not None:
        clean = not problems.problems and not problems.repaired and info_values is not None
        timeline, wrong, notes = parse_timeline(
            doc.get("snapshots"),
            doc.get("history"),
            original,
            source,
            plain_text=plain_text,
            base=_base(doc, built) if clean else None,  # the first read against the map
        )
        for p in wrong:  # cut or left out, said; the map opens (hostile 6, N6; 10, H4)
            problems.repair(p.location, p.key, **p.params)
        kept = kept_listed(notes)
    if problems.problems or info_values is None:
        raise FormatError(problems.listed(), source)
    case = Case.build(
        CaseInfo(**info_values),
        {kind: (item for _, item in items) for kind, items in built.items()},
        checked=True,
        linked=True,  # ids, references, cycles and the header were checked above
    )
    if timeline is not None:
        case.timeline = timeline
    return Loaded(case, problems.listed_repairs() + kept, source, original, kept)


def _base(doc: Mapping[str, Any], built: Mapping[EntityKind, list[tuple[str, Any]]]) -> MapBase:
    """The map read without a problem, for its first snapshot (issue 14)."""
    compared = {s.section: doc.get(s.section, []) for s in KINDS.values()}
    held = {spec.section: [item for _, item in built[kind]] for kind, spec in KINDS.items()}
    index = {s: {e["id"]: i for i, e in enumerate(items)} for s, items in compared.items()}
    return MapBase(compared, index, held, lambda _section, items: items, same_json)


def loads(text: str | bytes, source: str = "") -> Case:
    """Parse ``.kvmap`` text; raises :class:`FormatError` with every problem located."""
    return strict(reads(text, source))


def reads(text: str | bytes, source: str = "") -> Loaded:
    """Parse ``.kvmap`` text, repairing what :mod:`models.rules` can repair.

    Raises :class:`FormatError` with every problem that cannot be repaired.
    """
    size = len(text) if isinstance(text, bytes) else None  # the file's bytes, UTF-16 or 8
    if isinstance(text, bytes):
        if len(text) > LIMITS["file_bytes"]:
            params: dict[str, object] = {"size": len(text), "limit": LIMITS["file_bytes"]}
            raise FormatError([Problem("", "file_too_large", params)], source)
        text = map_text(text, source)  # UTF-8 or UTF-16; a file of zero bytes said so (N5)
    elif len(text) > LIMITS["file_bytes"]:
        params = {"size": len(text), "limit": LIMITS["file_bytes"]}
        raise FormatError([Problem("", "file_too_large", params)], source)
    if text and not text.strip("\0"):  # the text of a file that holds only zero bytes
        raise FormatError([zero_problem(len(text))], source)
    values = text.count(",") + text.count("{") + text.count("[")
    if values > LIMITS["json_values"]:
        many: dict[str, object] = {"count": values, "limit": LIMITS["json_values"]}
        raise FormatError([Problem("", "too_many_values", many)], source)
    try:
        doc = json.loads(text, object_pairs_hook=no_key_twice, parse_float=json_float)
    except KeyTwiceError as exc:  # a hand-edited file: the last one would win unseen
        raise FormatError([Problem("", "duplicate_key", exc.params)], source) from None
    except json.JSONDecodeError as exc:
        said = json_problem(text, exc)
        if said.key == "json_cut_off" and size is not None:
            said = Problem("", "json_cut_off", {"size": size})
        raise FormatError([said], source) from None
    except RecursionError:
        raise FormatError([Problem("", "too_deep", {"limit": LIMITS["depth"]})], source) from None
    except ValueError:  # an integer with more digits than Python converts
        digits = {"limit": sys.get_int_max_str_digits()}
        raise FormatError([Problem("", "number_too_long", digits)], source) from None
    if depth(doc, LIMITS["depth"]) > LIMITS["depth"]:
        raise FormatError([Problem("", "too_deep", {"limit": LIMITS["depth"]})], source)
    return read_dict(doc, source, plain_text=plain(text))


def load(path: str | os.PathLike[str]) -> Case:
    """Read a ``.kvmap`` file; raises :class:`FormatError` naming the file and every problem.

    Strict: also refuses what :func:`read` would repair.
    """
    return strict(read(path))


def read(path: str | os.PathLike[str]) -> Loaded:
    """Read a ``.kvmap`` file, repairing what can be repaired and listing it.

    This is how the app, the recovery and ``validate`` open a map: a file that fails only a
    rule :mod:`models.rules` can repair opens, with the problems listed. Raises
    :class:`FormatError` naming the file and every problem that cannot be repaired.
    """
    source = str(path)
    try:
        data = read_file(path, LIMITS["file_bytes"])  # regular files only, bounded
    except ReadRefusedError as exc:
        raise FormatError([Problem("", exc.key, exc.params)], source) from None
    return reads(data, source)
