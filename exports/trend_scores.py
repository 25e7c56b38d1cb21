"""The scorecards of a map's snapshots, kept between runs for the report's Trend sheet.

The Trend sheet has a column per snapshot, and each column is the analysis of the map as it
was then: with 30 snapshots the report took 6.5 times as long as without (issue 14,
rev-hostile17 F2). A snapshot never changes, so its scorecard (the traffic light and the
number of causes per building block) is kept in an SQLite file in the user's cache
(``$XDG_CACHE_HOME/krachtenveld/trend-scores.sqlite``, beside the casebook's indexes: the
same place and the same way), and the next report reads it instead of analysing again.

A kept scorecard is only used when it cannot differ from a new analysis: its key is the
SHA-256 of the snapshot's state as written, the day only for a state without a reference
date (it is analysed as of today; a dated state the same on every day, so its row lasts:
rev-hostile18 F2), :data:`~mapper.casebook.ANALYSIS_VERSION` and a fingerprint of the
analysis's own code, Python's version and the versions of the libraries it computes with (a
changed check or an upgraded numpy misses every earlier row even when nobody raised the
version: F5). Rows of a day gone by are let go, and so are rows not asked for in half a year
and the longest unused beyond 20,000 (about 10 MB). The file holds no name or text of a map:
hashes and numbers. Any SQLite trouble (damaged, locked, read-only, full) only means
analysing again.

What the seal catches and what not (rev-hostile18 F1). Each row is sealed with a plain
SHA-256 of its key and value, and a row whose seal, JSON or shape is not right is analysed
again: a torn, truncated or damaged row, or a file of something else, never changes a figure.
The seal holds no secret, so it is no signature: someone who can write the user's own cache
can edit a row, seal it again, and the Trend then shows the edited figures. A secret kept
beside the file would not change that (whoever can write the cache can read it too), so none
is pretended. The cache is as trustworthy as the user's account; deleting the file makes
every snapshot be analysed again.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import json
import platform
import sqlite3
import sys
from datetime import date, timedelta
from functools import cache
from importlib import metadata
from pathlib import Path

from mapper.casebook import ANALYSIS_VERSION
from mapper.findings import BUILDING_BLOCKS, Status

__all__ = ["TrendScores", "code_print", "open_scores"]

FILE_NAME = "trend-scores.sqlite"
# ``day``: the one day a row keyed on a day can be asked for (NULL for a snapshot with its own
# reference date: it lasts); ``kept``: the day the row was last written or read.
_COLUMNS = ("key", "day", "value", "kept")
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS scores (key TEXT PRIMARY KEY, day TEXT, value TEXT, kept TEXT)"
)
KEEP_DAYS = 180  # a row not asked for in half a year is let go
KEEP_ROWS = 20_000  # at most this many (about 10 MB), the longest unused let go first
# The libraries the analysis (``mapper``, ``models``) computes or reads with.
LIBRARIES = ("networkx", "numpy", "scipy", "msgspec")
_STATUS = {s.value: s for s in Status}


def _library(name: str) -> str:
    """The installed version of the library ``name`` (its metadata; in a bundle without it,
    the module's own ``__version__``)."""
    try:
        return metadata.version(name)
    except (metadata.PackageNotFoundError, ValueError):
        try:
            module = sys.modules.get(name) or importlib.import_module(name)
        except ImportError:
            return "absent"
        return str(getattr(module, "__version__", "?"))


@cache
def code_print() -> str:
    """A fingerprint of the analysis: its version, the versions of Python and of the libraries
    it computes with (:data:`LIBRARIES`: an upgrade may move a measure across a threshold, and
    a row lasts beyond the day: rev-hostile18 F5) and the source of ``mapper`` and ``models``
    (read once per process; without sources, as in a bundle, the rest and what is there)."""
    import mapper
    import models

    digest = hashlib.sha256(f"analysis {ANALYSIS_VERSION}".encode())
    digest.update(f"python {platform.python_version()}".encode())
    for name in LIBRARIES:
        digest.update(f"\n{name} {_library(name)}".encode())
    for package in (mapper, models):
        root = Path(package.__file__ or ".").parent
        for path in sorted(root.rglob("*.py")):
            digest.update(path.relative_to(root).as_posix().encode("utf-8", "surrogatepass"))
            with contextlib.suppress(OSError):
                digest.update(path.read_bytes())
    return digest.hexdigest()


def _row_key(key: tuple[object, ...]) -> str:
    return hashlib.sha256(repr((code_print(), *key)).encode("utf-8", "surrogatepass")).hexdigest()


def _seal(row_key: str, value: str) -> str:
    return hashlib.sha256(f"{row_key}\n{value}".encode()).hexdigest()


def _scorecard(value: str) -> tuple[dict[int, Status], dict[int, int]] | None:
    """The scorecard a row holds, or None when it is not exactly one (every building block,
    a known status, a whole number of causes)."""
    try:
        data = json.loads(value)
    except ValueError:
        return None
    if not isinstance(data, dict) or data.keys() != {"status", "causes"}:
        return None
    said, counted = data["status"], data["causes"]
    blocks = {str(b) for b in BUILDING_BLOCKS}
    if not isinstance(said, dict) or not isinstance(counted, dict):
        return None
    if said.keys() != blocks or counted.keys() != blocks:
        return None
    if not all(isinstance(v, str) and v in _STATUS for v in said.values()):
        return None
    if not all(type(v) is int and v >= 0 for v in counted.values()):
        return None
    return (
        {int(b): _STATUS[v] for b, v in said.items()},
        {int(b): v for b, v in counted.items()},
    )


class TrendScores:
    """The kept scorecards (use :func:`open_scores`); a :class:`mapper.timeline.ScoreStore`."""

    def __init__(self, connection: sqlite3.Connection | None) -> None:
        self._db = connection
        self._read: list[str] = []  # rows read from an earlier day: marked kept on close

    def _without(self) -> None:
        db, self._db = self._db, None
        if db is not None:
            with contextlib.suppress(sqlite3.Error):
                db.close()

    def get(self, key: tuple[object, ...]) -> tuple[dict[int, Status], dict[int, int]] | None:
        """The scorecard kept for a snapshot's ``key``, or None (analyse it)."""
        if self._db is None:
            return None
        row_key = _row_key(key)
        try:
            row = self._db.execute(
                "SELECT value, kept FROM scores WHERE key=?", (row_key,)
            ).fetchone()
        except sqlite3.Error:
            self._without()
            return None
        if row is None or not isinstance(row[0], str):
            return None
        value, _, seal = row[0].rpartition("\n")
        if seal != _seal(row_key, value):
            return None  # torn or changed: analysed again, and the row replaced
        found = _scorecard(value)
        if found is not None and row[1] != date.today().isoformat():
            self._read.append(row_key)
        return found

    def put(
        self, key: tuple[object, ...], status: dict[int, Status], causes: dict[int, int]
    ) -> None:
        """Keep a snapshot's scorecard."""
        if self._db is None:
            return
        row_key = _row_key(key)
        value = json.dumps(
            {
                "status": {str(b): s.value for b, s in sorted(status.items())},
                "causes": {str(b): n for b, n in sorted(causes.items())},
            },
            sort_keys=True,
        )
        today = date.today().isoformat()
        day = next((k.isoformat() for k in key if isinstance(k, date)), None)
        try:
            self._db.execute(
                "INSERT OR REPLACE INTO scores (key, day, value, kept) VALUES (?, ?, ?, ?)",
                (row_key, day, f"{value}\n{_seal(row_key, value)}", today),
            )
            self._db.commit()
        except sqlite3.Error:
            self._without()

    def close(self) -> None:
        """Mark the rows read as used today (one write for the run), and close the file."""
        if self._db is not None and self._read:
            try:
                self._db.executemany(
                    "UPDATE scores SET kept=? WHERE key=?",
                    [(date.today().isoformat(), k) for k in self._read],
                )
                self._db.commit()
            except sqlite3.Error:
                pass  # only their age is not renewed
        self._read.clear()
        self._without()


def _prune(db: sqlite3.Connection) -> None:
    """Make the table (anew when it has other columns: an earlier version's rows) and let go
    of the rows no longer asked for."""
    columns = tuple(r[1] for r in db.execute("PRAGMA table_info(scores)"))
    if columns and columns != _COLUMNS:
        db.execute("DROP TABLE scores")
    db.execute(_SCHEMA)
    today = date.today()
    oldest = (today - timedelta(days=KEEP_DAYS)).isoformat()
    db.execute(
        "DELETE FROM scores WHERE (day IS NOT NULL AND day<>?) OR kept IS NULL OR kept<?",
        (today.isoformat(), oldest),
    )
    (rows,) = db.execute("SELECT count(*) FROM scores").fetchone()
    if rows > KEEP_ROWS:  # sorting them all costs 30 ms at the limit: only when over it
        db.execute(
            "DELETE FROM scores WHERE rowid NOT IN "
            "(SELECT rowid FROM scores ORDER BY kept DESC, rowid DESC LIMIT ?)",
            (KEEP_ROWS,),
        )
    db.commit()


def open_scores(folder: Path | None = None) -> TrendScores:
    """The kept scorecards in ``folder`` (default: the user's cache, beside the casebook's
    indexes); rows of a day gone by, rows not asked for in :data:`KEEP_DAYS` and the longest
    unused beyond :data:`KEEP_ROWS` are let go. Without the file (it cannot be made or read),
    an empty store that keeps nothing."""
    from exports.casebook.index import cache_folder

    where = (folder or cache_folder().parent) / FILE_NAME
    try:
        where.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(where, timeout=5)
    except (OSError, sqlite3.Error):
        return TrendScores(None)
    try:
        _prune(db)
    except sqlite3.OperationalError:  # locked, read-only: this run goes without
        db.close()
        return TrendScores(None)
    except sqlite3.DatabaseError:  # not a database of ours, or damaged: started afresh
        db.close()
        try:
            where.unlink(missing_ok=True)
            db = sqlite3.connect(where, timeout=5)
            _prune(db)
        except (OSError, sqlite3.Error):
            return TrendScores(None)
    return TrendScores(db)
