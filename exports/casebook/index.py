"""The casebook's index: an SQLite file that keeps each case's record so a second run analyses
only what changed.

Where: ``.krachtenveld-casebook.sqlite`` in the folder itself, so the index travels with the
cases and a colleague who opens the same share reuses it. When the folder cannot be written
(a read-only share, a CD, a folder of someone else), the index goes to the user's cache:
``$XDG_CACHE_HOME/krachtenveld/casebook/`` (``~/.cache/...``; ``%LOCALAPPDATA%`` on Windows,
``~/Library/Caches`` on macOS), one file per folder, named by a hash of the folder's path.
Nothing else is ever written in the folder.

A row is keyed by the file's path (relative to the folder, so a share mounted elsewhere
keeps its index), the SHA-256 of its content, :data:`ANALYSIS_VERSION` and the
language of the words: a changed file, a new version of the analysis or another language is
analysed again. The index holds what the reports show and nothing more: roles, never a
resident's name (the records' names are anonymised: :mod:`exports.casebook.unnamed`), and the
file's path as the reports show it (``shown``: relative, a resident's name in it replaced, with
the names the whole run knew). The record also keeps the words of its map's names sealed with
a key from the map's own bytes (:mod:`exports.casebook.run_names`), so a later run can clean
every file's name with them without analysing a map that did not change, and the index alone
tells no name.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from mapper.casebook import ANALYSIS_VERSION

__all__ = ["INDEX_NAME", "Index", "cache_folder", "open_index", "trouble_of"]

INDEX_NAME = ".krachtenveld-casebook.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS cases (
    path TEXT NOT NULL,
    digest TEXT NOT NULL,
    version INTEGER NOT NULL,
    lang TEXT NOT NULL,
    shown TEXT NOT NULL,
    record TEXT NOT NULL,
    PRIMARY KEY (path, digest, version, lang)
)
"""


def cache_folder() -> Path:
    """The user's cache for casebook indexes (created when used)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "krachtenveld" / "casebook"


def _key(path: str) -> str:
    """A row's key: the SHA-256 of the file's path relative to the folder, so the index holds
    no file name (a name is often a resident's; hostile review 5, B5)."""
    return hashlib.sha256(path.encode("utf-8", "surrogatepass")).hexdigest()


def _stale(shown: str) -> bool:
    """Whether a shown path was kept before file names were read in NFC (hostile review 11,
    N2): a name with its accent written apart ("O\u0308zdemir") kept a resident's name there
    until the file changed. Such a row is analysed again, and ``put`` replaces it."""
    return not unicodedata.is_normalized("NFC", shown)


def trouble_of(exc: BaseException) -> str:
    """What went wrong with an index, as a key the reports say in words (hostile review 5, B7):
    ``damaged``, ``readonly``, ``full``, ``locked``, ``notfile`` or ``other``."""
    text = str(exc).casefold()
    if isinstance(exc, (IsADirectoryError, NotADirectoryError)) or "regular file" in text:
        return "notfile"
    for key, words in (
        ("readonly", ("readonly", "read-only", "permission", "access", "unable to open")),
        ("full", ("full", "no space")),
        ("locked", ("locked", "busy")),
        ("damaged", ("malformed", "not a database", "corrupt", "disk i/o")),
    ):
        if any(w in text for w in words):
            return key
    return "other"


class Index:
    """An open index (use :func:`open_index`). The index is only a cache: an SQLite error while
    reading it starts it afresh, one while writing it stops using it; ``events`` says which
    happened, as (``moved`` | ``rebuilt`` | ``without``, trouble key) pairs."""

    def __init__(
        self,
        path: Path,
        connection: sqlite3.Connection,
        in_folder: bool,
        events: list[tuple[str, str]] | None = None,
    ) -> None:
        self.path = path
        self.in_folder = in_folder
        self._db: sqlite3.Connection | None = connection
        self.events: list[tuple[str, str]] = events if events is not None else []

    def _drop(self, exc: sqlite3.Error) -> None:
        """Go on without the index (a write failed: read-only, full, locked)."""
        self.events.append(("without", trouble_of(exc)))
        db, self._db = self._db, None
        if db is not None:
            with contextlib.suppress(sqlite3.Error):
                db.close()

    def _rebuild(self, exc: sqlite3.Error) -> None:
        """Start the index afresh after a read failed; without it when that fails too."""
        db, self._db = self._db, None
        if db is not None:
            with contextlib.suppress(sqlite3.Error):
                db.close()
        try:
            self.path.unlink(missing_ok=True)
            self._db = _connect(self.path)
        except (sqlite3.Error, OSError):
            self.events.append(("without", trouble_of(exc)))
            return
        self.events.append(("rebuilt", trouble_of(exc)))

    def get(self, path: str, digest: str, lang: str) -> tuple[str, dict[str, Any]] | None:
        """The shown path and record kept for this content (None: analyse it)."""
        if self._db is None:
            return None
        try:
            row = self._db.execute(
                "SELECT shown, record FROM cases"
                " WHERE path=? AND digest=? AND version=? AND lang=?",
                (_key(path), digest, ANALYSIS_VERSION, lang),
            ).fetchone()
            if row is None or _stale(str(row[0])):
                return None
            return str(row[0]), json.loads(row[1])
        except sqlite3.DatabaseError as exc:
            self._rebuild(exc)
        except ValueError as exc:  # a record that is not JSON: the index is damaged
            self._rebuild(sqlite3.DatabaseError(f"malformed: {exc}"))
        return None

    def put(self, path: str, digest: str, lang: str, shown: str, record: dict[str, Any]) -> None:
        """Keep a record (replacing what was kept for an earlier content of ``path``)."""
        if self._db is None:
            return
        try:
            self._db.execute("DELETE FROM cases WHERE path=? AND lang=?", (_key(path), lang))
            self._db.execute(
                "INSERT INTO cases VALUES (?, ?, ?, ?, ?, ?)",
                (_key(path), digest, ANALYSIS_VERSION, lang, shown, json.dumps(record)),
            )
        except sqlite3.Error as exc:
            self._drop(exc)

    def keep_only(self, paths: Iterable[str]) -> None:
        """Forget the files that are no longer in the folder, and other analysis versions."""
        if self._db is None:
            return
        keep = {_key(p) for p in paths}
        try:
            rows = self._db.execute("SELECT DISTINCT path FROM cases")
            gone = [p for (p,) in rows if p not in keep]
            self._db.executemany("DELETE FROM cases WHERE path=?", [(p,) for p in gone])
            self._db.execute("DELETE FROM cases WHERE version<>?", (ANALYSIS_VERSION,))
        except sqlite3.Error as exc:
            self._drop(exc)

    def commit(self) -> None:
        """Write what was kept so far."""
        if self._db is None:
            return
        try:
            self._db.commit()
        except sqlite3.Error as exc:
            self._drop(exc)

    def close(self) -> None:
        """Commit and close."""
        self.commit()
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=10)
    try:
        # a row that is deleted (a file gone, an older analysis) is overwritten in the file,
        # not left in a free page: it may hold what an older version did not anonymise
        # (hostile review 7, F1: a title read with `strings`)
        db.execute("PRAGMA secure_delete=ON")
        db.execute(_SCHEMA)
        db.commit()
        (state,) = db.execute("PRAGMA quick_check(1)").fetchone()
        if state != "ok":  # a damaged page that the header does not show (B7)
            raise sqlite3.DatabaseError(f"database disk image is malformed: {state}")
    except sqlite3.DatabaseError:
        db.close()
        raise
    return db


def open_index(folder: Path, cache: Path | None = None) -> Index:
    """The index of ``folder``: in the folder when it can be written, else in ``cache``
    (default :func:`cache_folder`), and ``events`` says why it moved. An index file that is
    damaged is started afresh. When neither place can be used, the run goes on without one."""
    here = folder / INDEX_NAME
    events: list[tuple[str, str]] = []
    try:
        return Index(here, _open_fresh(here, events), in_folder=True, events=events)
    except (sqlite3.Error, OSError) as exc:
        events.append(("moved", trouble_of(exc)))
    cache = cache or cache_folder()
    name = hashlib.sha256(str(folder.resolve()).encode("utf-8", "surrogatepass")).hexdigest()
    there = cache / f"{name[:24]}.sqlite"
    try:
        cache.mkdir(parents=True, exist_ok=True)
        return Index(there, _open_fresh(there, events), in_folder=False, events=events)
    except (sqlite3.Error, OSError) as exc:
        events.append(("without", trouble_of(exc)))
    index = Index(there, sqlite3.connect(":memory:"), in_folder=False, events=events)
    index.close()  # nothing is kept
    return index


def _open_fresh(path: Path, events: list[tuple[str, str]]) -> sqlite3.Connection:
    """Open ``path``; a file there that is not an index of ours is replaced (it is only ours
    by its name), a folder or an unwritable place raises."""
    if path.is_dir():
        raise IsADirectoryError(path)
    if path.exists() and not path.is_file():
        raise OSError(f"{path}: not a regular file")
    try:
        return _connect(path)
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) or not path.is_file():
            raise
        path.unlink()  # "file is not a database", "malformed": a damaged index is rebuilt
        events.append(("rebuilt", "damaged"))
        return _connect(path)
