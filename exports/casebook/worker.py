"""One case of the casebook, analysed in a worker process: read, analyse, reduce to a record
that names nobody.

Everything here runs in a child process (:class:`concurrent.futures.ProcessPoolExecutor`), so
it takes and returns plain, picklable data: the file's bytes in, a record as a dict (or the
file's problem as text) out.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from typing import Any

from exports.casebook.file_names import path_names, shown_file, shown_file_letters, shown_path
from exports.casebook.run_names import KEY, map_key, seal
from mapper.analysis import analyse
from mapper.casebook import case_record
from mapper.casebook.copies import case_digest
from mapper.casebook.trend import snapshot_keys
from mapper.context import Context
from mapper.timeline import case_at
from models.errors import FormatError, KvmapError, Problem
from models.fileformat import LIMITS, reads
from models.i18n import Lang
from models.safeio import ReadRefusedError, read_file

__all__ = [
    "Outcome",
    "analyse_bytes",
    "analyse_file",
    "digest_of",
    "read_bytes",
    "shown_file",
    "shown_path",
]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a worker returns: the record (``CaseRecord.to_dict()``) and the path as a report
    may show it, or the problem that kept the file out."""

    path: str
    digest: str
    shown: str
    record: dict[str, Any] | None = None
    problem: str = ""


def digest_of(data: bytes) -> str:
    """The content hash that keys the index."""
    return hashlib.sha256(data).hexdigest()


def read_bytes(path: str, relative: str, lang: Lang) -> bytes | str:
    """The file's bytes, or the reason it cannot be read (a located message)."""
    try:
        return read_file(path, LIMITS["file_bytes"])
    except ReadRefusedError as exc:
        return FormatError([Problem("", exc.key, exc.params)], relative).render(lang)


def analyse_file(path: str, relative: str, lang: Lang) -> Outcome:
    """Read, anonymise and analyse one map (in a worker process); a file that does not open
    is its problem."""
    data = read_bytes(path, relative, lang)
    if isinstance(data, str):
        return Outcome(path, "", relative, problem=data)
    return analyse_bytes(path, relative, digest_of(data), data, lang)


def analyse_bytes(path: str, relative: str, digest: str, data: bytes, lang: Lang) -> Outcome:
    """Anonymise and analyse one map's ``data``; a file that does not open is its problem."""
    try:
        loaded = reads(data, relative)
    except KvmapError as exc:
        # the problem keeps the path as it is: the report puts a neutral label in its place
        # (run._neutral), which a cleaned path here hid from it (rev-hostile16a, R1)
        return Outcome(path, digest, _unnamed(relative, data, lang), problem=exc.render(lang))
    case = loaded.case
    names, shown, letters = shown_file_letters(case, relative, lang)
    thens = []
    trend = []
    earlier = []  # the snapshots' digests: a copy kept on after more work is the same case
    for snap in case.timeline.snapshots:
        try:
            then = case_at(case, snap.id)
        except KvmapError:  # a snapshot that does not open leaves the trend, not the case
            continue
        thens.append(then)
        earlier.append(case_digest(then))
        # a state the copies of a case share is analysed once per process (issue 15)
        trend.append((snap.date.isoformat(), snapshot_keys(snap.state, then)))
    # the record keeps codes, ids and a few names: the case itself is analysed without words,
    # only the names the record keeps are anonymised, and the record uses the analysis's graphs
    ctx = Context.of(case)
    found = analyse(case, context=ctx, words=False)
    record = replace(
        case_record(case, found, trend, context=ctx, shown=names),
        digest=case_digest(case),
        earlier=tuple(dict.fromkeys(earlier)),
    )
    # what the map tells about names, for every file's name in the run (rev-hostile16a, R3)
    known = seal(path_names(case, thens, letters.given).to_dict(), map_key(data))
    return Outcome(path, digest, shown, record={**record.to_dict(), KEY: known})


_WORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'-]+")


def _unnamed(relative: str, data: bytes, lang: Lang) -> str:
    """The path of a file that does not open, with any word that also stands as a resident's
    name in its text replaced (best effort: the file could not be read as a map)."""
    text = data[:2_000_000].decode("utf-8", "replace")
    names = re.findall(r'"kind"\s*:\s*"citizen"[^}]*?"name"\s*:\s*"([^"]+)"', text)
    names += re.findall(r'"name"\s*:\s*"([^"]+)"[^}]*?"kind"\s*:\s*"citizen"', text)
    return shown_path(relative, [n for n in names if _WORD.search(n)], lang)
