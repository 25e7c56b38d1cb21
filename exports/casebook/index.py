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
resident's name (the records are made from the anonymised case).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from mapper.casebook import ANALYSIS_VERSION

__all__ = ["INDEX_NAME", "Index", "cache_folder", "open_index"]

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


class Index:
    """An open index (use :func:`open_index`)."""

    def __init__(self, path: Path, connection: sqlite3.Connection, in_folder: bool) -> None:
        self.path = path
        self.in_folder = in_folder
        self._db = connection

    def get(self, path: str, digest: str, lang: str) -> tuple[str, dict[str, Any]] | None:
        """The shown path and record kept for this content (None: analyse it)."""
        row = self._db.execute(
            "SELECT shown, record FROM cases WHERE path=? AND digest=? AND version=? AND lang=?",
            (path, digest, ANALYSIS_VERSION, lang),
        ).fetchone()
        if row is None:
            return None
        return str(row[0]), json.loads(row[1])

    def put(self, path: str, digest: str, lang: str, shown: str, record: dict[str, Any]) -> None:
        """Keep a record (replacing what was kept for an earlier content of ``path``)."""
        self._db.execute("DELETE FROM cases WHERE path=? AND lang=?", (path, lang))
        self._db.execute(
            "INSERT INTO cases VALUES (?, ?, ?, ?, ?, ?)",
            (path, digest, ANALYSIS_VERSION, lang, shown, json.dumps(record)),
        )

    def keep_only(self, paths: Iterable[str]) -> None:
        """Forget the files that are no longer in the folder, and other analysis versions."""
        keep = set(paths)
        gone = [p for (p,) in self._db.execute("SELECT DISTINCT path FROM cases") if p not in keep]
        self._db.executemany("DELETE FROM cases WHERE path=?", [(p,) for p in gone])
        self._db.execute("DELETE FROM cases WHERE version<>?", (ANALYSIS_VERSION,))

    def commit(self) -> None:
        """Write what was kept so far."""
        self._db.commit()

    def close(self) -> None:
        """Commit and close."""
        self._db.commit()
        self._db.close()


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=10)
    try:
        db.execute(_SCHEMA)
        db.commit()
    except sqlite3.DatabaseError:
        db.close()
        raise
    return db


def open_index(folder: Path, cache: Path | None = None) -> Index:
    """The index of ``folder``: in the folder when it can be written, else in ``cache``
    (default :func:`cache_folder`). An index file that is damaged is started afresh."""
    here = folder / INDEX_NAME
    try:
        return Index(here, _open_fresh(here), in_folder=True)
    except (sqlite3.Error, OSError):
        pass
    cache = cache or cache_folder()
    cache.mkdir(parents=True, exist_ok=True)
    name = hashlib.sha256(str(folder.resolve()).encode("utf-8", "surrogatepass")).hexdigest()
    there = cache / f"{name[:24]}.sqlite"
    return Index(there, _open_fresh(there), in_folder=False)


def _open_fresh(path: Path) -> sqlite3.Connection:
    """Open ``path``; a file there that is not an index of ours is replaced (it is only ours
    by its name), a folder or an unwritable place raises."""
    if path.is_dir():
        raise IsADirectoryError(path)
    try:
        return _connect(path)
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) or not path.is_file():
            raise
        path.unlink()  # "file is not a database": a damaged index is rebuilt
        return _connect(path)
