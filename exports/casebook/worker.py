"""One case of the casebook, analysed in a worker process: read, analyse, reduce to a record
that names nobody.

Everything here runs in a child process (:class:`concurrent.futures.ProcessPoolExecutor`), so
it takes and returns plain, picklable data: the file's bytes in, a record as a dict (or the
file's problem as text) out.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Any

from exports.anonymise import citizen_names, name_pattern
from exports.anonymise_first import a_first_name
from exports.casebook.unnamed import shown_case
from mapper.analysis import analyse
from mapper.casebook import Shown, case_record, cause_keys
from mapper.casebook.copies import case_digest
from mapper.context import Context
from mapper.timeline import case_at
from models import Case
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

_RESIDENT = {"nl": "inwoner", "en": "resident"}


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a worker returns: the record (``CaseRecord.to_dict()``) and the path as a report
    may show it, or the problem that kept the file out."""

    path: str
    digest: str
    shown: str
    record: dict[str, Any] | None = None
    problem: str = ""


def shown_path(relative: str, names: list[str], lang: Lang) -> str:
    """``relative`` with every resident's name replaced by "inwoner" (a file named after the
    resident must not name them in a report).

    >>> shown_path("2026/jansen-schulden.kvmap", ["Mevrouw Jansen"], "nl")
    '2026/inwoner-schulden.kvmap'

    A name whose letter and accent are written apart ("O\u0308zdemir.kvmap", as macOS and some
    shares store it) is read joined (NFC) and shown so (hostile review 11, N2).
    """
    relative = unicodedata.normalize("NFC", relative)
    pattern = name_pattern([unicodedata.normalize("NFC", n) for n in names])
    if pattern is None:
        return relative
    return pattern.sub(_RESIDENT[lang], relative)


def shown_file(case: Case, relative: str, lang: Lang) -> tuple[Shown, str]:
    """What a record of ``case`` names, and its file's path ``relative`` as a report shows it.

    Each folder's and the file's name is said as the title is, before a resident's surname
    is replaced: the title rules see "Fleur Visser" and make a relative a letter ("Y.kvmap"),
    where "Fleur inwoner" hid her from them (hostile review 14, C1). A file name is read as
    words: an underscore is a space ("fleur_visser"), and a lowercase first name beside a
    resident's name is read with its capital ("fleur visser" -> "Fleur visser"). A part the
    rules leave as it was is shown as written; whatever still holds a resident's name (a part
    the anonymiser dropped, a lowercase surname) has it replaced by "inwoner" after that.
    """
    relative = unicodedata.normalize("NFC", relative)
    residents = citizen_names(case)
    words = {w.casefold() for n in residents for w in _WORD.findall(n)}
    stem = relative.removesuffix(".kvmap")
    parts = stem.split("/")
    read = "/".join(_read_as_words(p, words) for p in parts)
    names, said = shown_case(case, lang, read + relative[len(stem) :])
    if said is not None:
        new = said.removesuffix(".kvmap").split("/")
        if len(new) == len(parts):  # a part the rules left alone is shown as written
            olds = read.split("/")
            kept = [
                p if n == o else _lowered(n, p) for p, o, n in zip(parts, olds, new, strict=True)
            ]
            said = "/".join(kept) + relative[len(stem) :]
    return names, shown_path(said or relative, residents, lang)


_AND = frozenset(("en", "and", "&"))
_DOT = re.compile(r"(?<=[^\W\d_])\.(?=[^\W\d_])")  # "Fleur.Visser", not "2026.03"


def _lowered(said: str, part: str) -> str:
    """``said`` with each word that ``part`` wrote in lowercase written so again (a word read
    with a capital that the rules kept: "daan visser spijbelt" -> "X spijbelt")."""
    low = {w.capitalize(): w for w in _WORD.findall(part) if w.islower()}
    said = _WORD.sub(lambda m: low.get(m.group(), m.group()), said)
    if part[:1].islower() and re.match(r"[^\W\d_]{2}", said):  # "de inwoner-schulden"
        said = said[:1].lower() + said[1:]
    return said


def _read_as_words(part: str, residents: set[str]) -> str:
    """``part`` of a file's path as the title rules read it: underscores are spaces, and a
    lowercase word that is a first name beside a resident's name has its capital."""
    tokens = re.split(r"([ _.-]+)", _DOT.sub(" ", part.replace("_", " ")))
    out = list(tokens)
    for i in range(0, len(tokens), 2):
        word = tokens[i]
        if not word.islower() or not word.isalpha():
            continue
        # a first name stands before the surname ("fleur-visser", "fleur visser") or after it
        # when not joined by a hyphen ("visser_fleur"; "jansen-schulden" is no name)
        near = [j for j in (i - 2, i + 2) if 0 <= j < len(tokens)]
        near = [j for j in near if j > i or "-" not in tokens[i - 1]]
        near += [  # "mark en anna": a name beside the resident's, joined by "en"
            j + k
            for j, k in ((i - 2, -2), (i + 2, 2))
            if 0 <= j + k < len(tokens) and tokens[j].casefold() in _AND
        ]
        named = [j for j in near if tokens[j].casefold() in residents and tokens[j].islower()]
        if named and a_first_name(word.capitalize()):
            out[i] = word.capitalize()
            for j in named:  # "visser fleur": the surname with its capital too
                out[j] = tokens[j][:1].upper() + tokens[j][1:]
    return "".join(out)


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
        shown = _unnamed(relative, data, lang)
        return Outcome(path, digest, shown, problem=exc.render(lang).replace(relative, shown))
    case = loaded.case
    names, shown = shown_file(case, relative, lang)
    trend = []
    earlier = []  # the snapshots' digests: a copy kept on after more work is the same case
    for snap in case.timeline.snapshots:
        try:
            then = case_at(case, snap.id)
        except KvmapError:  # a snapshot that does not open leaves the trend, not the case
            continue
        earlier.append(case_digest(then))
        then_ctx = Context.of(then)
        found_then = analyse(then, context=then_ctx, words=False)
        trend.append((snap.date.isoformat(), cause_keys(found_then, then, context=then_ctx)))
    # the record keeps codes, ids and a few names: the case itself is analysed without words,
    # only the names the record keeps are anonymised, and the record uses the analysis's graphs
    ctx = Context.of(case)
    found = analyse(case, context=ctx, words=False)
    record = replace(
        case_record(case, found, trend, context=ctx, shown=names),
        digest=case_digest(case),
        earlier=tuple(dict.fromkeys(earlier)),
    )
    return Outcome(path, digest, shown, record=record.to_dict())


_WORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'-]+")


def _unnamed(relative: str, data: bytes, lang: Lang) -> str:
    """The path of a file that does not open, with any word that also stands as a resident's
    name in its text replaced (best effort: the file could not be read as a map)."""
    text = data[:2_000_000].decode("utf-8", "replace")
    names = re.findall(r'"kind"\s*:\s*"citizen"[^}]*?"name"\s*:\s*"([^"]+)"', text)
    names += re.findall(r'"name"\s*:\s*"([^"]+)"[^}]*?"kind"\s*:\s*"citizen"', text)
    return shown_path(relative, [n for n in names if _WORD.search(n)], lang)
