"""Analyse a folder tree of ``.kvmap`` files as one casebook.

:func:`run_casebook` walks the folder, keeps in the index (:mod:`exports.casebook.index`) what it
analysed, analyses in parallel processes only the files whose content (or the analysis) changed,
and counts what recurs (:func:`mapper.casebook.aggregate`). A file that does not open (damaged,
of a newer version, unreadable) is listed with its problem and skipped. Nothing in the folder is
written except the index.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import re
import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from exports.casebook.file_health import distinct
from exports.casebook.index import Index, open_index
from exports.casebook.run_names import KEY, PathNames, RunNames, map_key, seal, unseal
from exports.casebook.unnamed import counted_by_kind
from exports.casebook.worker import Outcome, analyse_file, digest_of, read_bytes
from mapper.casebook import Casebook, CaseRecord, aggregate
from mapper.casebook.copies import copies_of
from models.i18n import Lang

__all__ = [
    "CaseEntry",
    "CasebookCancelled",
    "CasebookRun",
    "Copies",
    "Skipped",
    "printable",
    "run_casebook",
    "walk",
]

SUFFIX = ".kvmap"
_COMMIT_EVERY = 50


class CasebookCancelled(Exception):  # noqa: N818 - how a run stops when asked to
    """The run was asked to stop; what was analysed so far is kept in the index."""


@dataclass(frozen=True, slots=True)
class CaseEntry:
    """One case of the casebook: its file, its path as a report shows it, its record."""

    path: str
    shown: str
    record: CaseRecord


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file that was left out, and why (a located message)."""

    path: str
    shown: str
    problem: str


@dataclass(frozen=True, slots=True)
class Copies:
    """Files that hold one case (:mod:`mapper.casebook.copies`), as a report shows them; the
    one counted; whether that one is a later state of the others (it holds them as a
    snapshot), not the same content."""

    files: tuple[str, ...]
    counted: str
    later: bool = False


@dataclass(frozen=True, slots=True)
class CasebookRun:
    """The casebook of ``folder``: its cases (``book`` counts them, by index into ``cases``),
    the files left out, and how many were analysed now and how many came from the index."""

    folder: str
    cases: tuple[CaseEntry, ...]
    skipped: tuple[Skipped, ...]
    book: Casebook
    analysed: int
    reused: int
    index: str
    index_in_folder: bool
    workers: int = field(default=1)
    # what happened to the index: (moved | rebuilt | without, why), see Index.events
    index_events: tuple[tuple[str, str], ...] = ()
    #: copies of one case that differ in their bytes: only the one counted is in ``cases``
    copies: tuple[Copies, ...] = ()


# control characters, direction controls, line separators and the stand-ins for bytes that are
# no UTF-8 (a file name is any bytes): printed raw, they break a report's lines or turn around
# how a terminal shows a name (hostile review 6, N6)
_UNPRINTABLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]"
)


def printable(text: str) -> str:
    r"""``text`` (a file's path) with every character that would break a line or turn the
    text around written as its escape, so the report names the file as it is called.

    >>> printable("new\nline.kvmap"), printable("\u00d6zdemir\u202elmth.kvmap")
    ('new\\nline.kvmap', 'Özdemir\\u202elmth.kvmap')
    """
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def walk(folder: Path) -> list[Path]:
    """Every ``.kvmap`` under ``folder`` (symbolic links to folders are not followed), in
    the order of a top-down walk with sorted names. The walk keeps its own stack, so a folder
    tree of any depth is read (``os.walk`` recurses and stopped at about 1,000 levels;
    hostile review 5, B8). A folder that cannot be listed is passed over, as ``os.walk`` did."""
    found: list[Path] = []
    stack = [folder]
    while stack:
        here = stack.pop()
        try:
            with os.scandir(here) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError:
            continue
        subfolders = []
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                if not entry.is_symlink():
                    subfolders.append(Path(entry.path))
            elif entry.name.lower().endswith(SUFFIX):
                found.append(Path(entry.path))
        stack.extend(reversed(subfolders))
    return found


def run_casebook(
    folder: str | os.PathLike[str],
    lang: Lang,
    *,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    cache: Path | None = None,
) -> CasebookRun:
    """The casebook of ``folder`` (``workers``: processes, default the machine's cores;
    ``progress(done, total)`` after each file; ``cancelled()`` is asked between files)."""
    root = Path(folder)
    if not root.is_dir():
        raise NotADirectoryError(str(root))
    files = walk(root)
    if not files:  # no index in a folder without maps (a typo for one's home folder; C1)
        return CasebookRun(str(root), (), (), aggregate([]), 0, 0, "", False, 1)
    index = open_index(root, cache)
    outcomes: dict[str, Outcome] = {}
    todo: list[tuple[str, str]] = []
    reused = 0
    total = len(files)
    base = os.path.realpath(root)
    seen_real: set[str] = set()
    seen_digest: dict[str, str] = {}  # content hash -> the first file with it
    copies: dict[str, str] = {}  # a copy's path -> the file it copies (named in its line)
    keys: dict[str, bytes] = {}
    try:
        for i, file in enumerate(files):
            path, relative = str(file), file.relative_to(root).as_posix()
            real = os.path.realpath(path)
            twice = "nowhere" if not os.path.exists(path) else _twice(real, base, seen_real)
            if twice is not None:
                outcomes[path] = Outcome(
                    path, "", relative, problem=f"{relative}: {_TWICE[twice][lang == 'nl']}"
                )
                continue
            seen_real.add(real)
            data = read_bytes(path, relative, lang)
            if isinstance(data, str):
                outcomes[path] = Outcome(path, "", relative, problem=data)
                continue
            digest = digest_of(data)
            keys[path] = map_key(data)  # what unseals the map's names (run_names.seal)
            if digest in seen_digest:  # a copy of a map counts once (B6)
                copies[path] = seen_digest[digest]
                outcomes[path] = Outcome(
                    path, "", relative, problem=f"{relative}: {_TWICE['same'][lang == 'nl']}"
                )
                continue
            seen_digest[digest] = path
            kept = index.get(relative, digest, lang)  # relative: the folder may move
            if kept is not None:
                outcomes[path] = Outcome(path, digest, kept[0], record=kept[1])
                reused += 1
                _tell(progress, i + 1 - len(todo), total)
            else:
                todo.append((path, relative))
            _check(cancelled)
        count = workers or os.cpu_count() or 1
        done = total - len(todo)
        for outcome in _analyse(todo, lang, count, cancelled):
            outcomes[outcome.path] = outcome
            if outcome.record is not None:
                index.put(
                    _relative(root, outcome.path),
                    outcome.digest,
                    lang,
                    outcome.shown,
                    outcome.record,
                )
            done += 1
            if done % _COMMIT_EVERY == 0:
                index.commit()
            _tell(progress, done, total)
        index.keep_only(_relative(root, p) for p in outcomes)
    except CasebookCancelled:  # what was kept so far has the names this run knew (R3)
        _keep_run_names(
            [o for o in outcomes.values() if o.record is not None], keys, root, lang, index
        )
        raise
    else:
        ordered = [outcomes[str(f)] for f in files if str(f) in outcomes]
        opened = [o for o in ordered if o.record is not None]
        final = _keep_run_names(opened, keys, root, lang, index)
    finally:
        index.close()
    shown = distinct([printable(said) for said, _ in final])  # no two shown alike (hostile 15)
    read = tuple(
        CaseEntry(o.path, s, CaseRecord.from_dict(o.record or {}))
        for o, s in zip(opened, shown, strict=True)
    )
    # copies of one case that differ in their bytes count once (new user, ninth round)
    groups = copies_of([(c.record.digest, c.record.earlier) for c in read])
    dropped = {i for g in groups for i in g.members if i != g.counted}
    cases = tuple(c for i, c in enumerate(read) if i not in dropped)
    same_case = tuple(
        Copies(tuple(read[i].shown for i in g.members), read[g.counted].shown, g.later)
        for g in groups
    )
    skipped = _name_originals(
        tuple(
            _neutral(o, root, n, lang)
            for n, o in enumerate((o for o in ordered if o.record is None), start=1)
        ),
        copies,
        {c.path: c.shown for c in read},
        lang,
    )
    return CasebookRun(
        folder=str(root),
        cases=cases,
        skipped=skipped,
        book=counted_by_kind(aggregate([c.record for c in cases]), lang),
        analysed=len(todo),
        reused=reused,
        index=str(index.path),
        index_in_folder=index.in_folder,
        workers=min(count, max(len(todo), 1)),
        index_events=tuple(index.events),
        copies=same_case,
    )


# why a file is left out so that no map is counted twice (hostile review 5, B6): (en, nl)
_TWICE = {
    "outside": (
        "a link that points outside the folder: not read",
        "een koppeling die buiten de map wijst: niet gelezen",
    ),
    "nowhere": (
        "a link that points nowhere (what it points to does not exist): not read",
        "een koppeling die nergens naar wijst (waar zij naar wijst, bestaat niet): niet gelezen",
    ),
    "link": (
        "a link to a file already in the casebook: counted once",
        "een koppeling naar een bestand dat al in het casusboek staat: één keer geteld",
    ),
    "same": (
        "the same content as another file in the folder: counted once",
        "dezelfde inhoud als een ander bestand in de map: één keer geteld",
    ),
}


def _twice(real: str, base: str, seen: set[str]) -> str | None:
    """Why the file at ``real`` (its resolved path) is not read: it lies outside the folder
    ``base``, or it is a file already read under another name; None: read it."""
    if os.path.commonpath([real, base]) != base:
        return "outside"
    return "link" if real in seen else None


def _name_originals(
    skipped: tuple[Skipped, ...], copies: dict[str, str], shown: dict[str, str], lang: Lang
) -> tuple[Skipped, ...]:
    """A copy's line names the file it copies, as the report shows that file ("file 1: the
    same content as a.kvmap"; new user, eleventh round A7: "another file" did not say which)."""
    shown = {**shown, **{s.path: s.shown for s in skipped}}
    general = _TWICE["same"][lang == "nl"]
    out = []
    for s in skipped:
        original = shown.get(copies.get(s.path, ""))
        if original is not None:
            named = _SAME_AS[lang == "nl"].replace("{file}", original)
            s = Skipped(s.path, s.shown, s.problem.replace(general, named))
        out.append(s)
    return tuple(out)


_SAME_AS = (
    "the same content as {file}: counted once",
    "dezelfde inhoud als {file}: één keer geteld",
)
_QUOTED = re.compile(r'"[^"\n]*"|\'[^\'\n]*\'')


def _neutral(outcome: Outcome, root: Path, n: int, lang: Lang) -> Skipped:
    """A file left out, as the reports show it (hostile review 5, B5): a neutral label
    ("bestand 3") instead of its name, which may be a resident's, and its problem without the
    quoted values (a name in a field); the command line shows the real path on screen."""
    label = f"bestand {n}" if lang == "nl" else f"file {n}"
    relative = _relative(root, outcome.path)
    problem = outcome.problem
    # the path as it is, as it was shown, and the file's own name: none reaches the report
    # ('Daan Visser.kvmap: ongeldige JSON' beside 'bestand 1'; rev-hostile16a, R1)
    for said in sorted({relative, outcome.shown, relative.rsplit("/", 1)[-1]}, key=len)[::-1]:
        if said:
            problem = problem.replace(said, label)
    return Skipped(outcome.path, label, _QUOTED.sub("\u2026", problem))


def _relative(root: Path, path: str) -> str:
    return Path(path).relative_to(root).as_posix()


def _keep_run_names(
    opened: list[Outcome], keys: dict[str, bytes], root: Path, lang: Lang, index: Index
) -> list[tuple[str, dict[str, Any]]]:
    """Each file's name with the names the whole run knows (rev-hostile16a, R3), kept so in
    the index (no sibling's name), with the person each of its letters stands for."""
    final = _run_names(opened, keys, root, lang)
    for o, (said, record) in zip(opened, final, strict=True):
        if said != o.shown or record != o.record:
            index.put(_relative(root, o.path), o.digest, lang, said, record)
    return final


def _run_names(
    opened: list[Outcome], keys: dict[str, bytes], root: Path, lang: Lang
) -> list[tuple[str, dict[str, Any]]]:
    """Each opened file's shown path with every name the run knows replaced, a folder shown
    alike for every file in it, and its record with the letters of that path (run_names)."""
    maps = [
        PathNames.from_dict(unseal((o.record or {}).get(KEY), keys.get(o.path, b"")))
        for o in opened
    ]
    names = RunNames(maps, lang)
    relatives = [_relative(root, o.path) for o in opened]
    relabelled = [
        names.relabel(o.shown, r, m) for o, r, m in zip(opened, relatives, maps, strict=True)
    ]
    alike = names.folders_alike(relatives, relabelled)
    out = []
    for o, m, said in zip(opened, maps, alike, strict=True):
        said = names.words(said)
        kept = replace(m, letters=names.letters_in(said))
        sealed = seal(kept.to_dict(), keys.get(o.path, b""))
        out.append((said, {**(o.record or {}), KEY: sealed}))
    return out


def _tell(progress: Callable[[int, int], None] | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise CasebookCancelled


def _analyse(
    todo: list[tuple[str, str]], lang: Lang, workers: int, cancelled: Callable[[], bool] | None
) -> Iterator[Outcome]:
    """The outcomes of ``todo``, as they come: in this process for one file, else in
    ``workers`` processes."""
    if workers <= 1 or len(todo) <= 2 * workers:  # starting processes costs more
        for path, relative in todo:
            _check(cancelled)
            yield analyse_file(path, relative, lang)
        return
    # fork is cheap (no imports again), but only safe without other threads (the command
    # line); the app has Qt's threads, so its workers start fresh
    alone = sys.platform == "linux" and threading.active_count() == 1
    context = multiprocessing.get_context("fork" if alone else "spawn")
    if alone:  # the children share the parent's objects; the collector leaves their pages be
        gc.collect()
        gc.freeze()
    with ProcessPoolExecutor(max_workers=min(workers, len(todo)), mp_context=context) as pool:
        futures: list[Future[Outcome]] = [
            pool.submit(analyse_file, path, relative, lang) for path, relative in todo
        ]
        try:
            for future in as_completed(futures):
                _check(cancelled)
                yield future.result()
        finally:
            for f in futures:
                f.cancel()
            gc.unfreeze()
