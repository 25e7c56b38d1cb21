"""Whether the anonymised copy may be written over an existing file (hostile review 5, B1;
review 6, N3).

An anonymised copy replaces only an earlier anonymised copy: a map whose header carries the
mark the copy writes (``case.anonymised: true``, docs/file-format.md). Any other existing file
(a working map, even one without residents that anonymising would leave unchanged; a file that
does not open as a map) is refused unless the user forces it. The old file is always kept as
``.bak``. An edit in the app or ``layout`` takes the mark away (:meth:`models.Case._bump`).
"""

from __future__ import annotations

import errno
import stat
from pathlib import Path

from models.atomic import shift_backups
from models.errors import WordedRefusalError
from models.i18n import Lang

__all__ = [
    "CopyLockedError",
    "CopyTargetError",
    "keep_backup",
    "may_replace",
    "refuse_locked",
    "unchanged",
]


class CopyTargetError(ValueError):
    """The target exists and is not an earlier anonymised copy."""

    def __init__(self, path: str, lang: Lang, text: str = "") -> None:
        text = text or (
            f"{path}: dit bestand bestaat al en is geen geanonimiseerde kopie; het is niet"
            " overschreven. Kies een andere naam, of vervang het met --force (het oude bestand"
            " blijft bewaard als .bak)"
            if lang == "nl"
            else f"{path}: this file already exists and is not an anonymised copy; it was not"
            " overwritten. Choose another name, or replace it with --force (the old file is"
            " kept as .bak)"
        )
        super().__init__(text)


class CopyLockedError(WordedRefusalError):
    """The target is a map another live program has open (hostile review 10, H5)."""


def refuse_locked(path: str | Path, lang: Lang) -> None:
    """Raise :class:`CopyLockedError`, naming the path and who holds it, when another live
    program (the app on another desk, a command) has the map at ``path`` open: that program
    would later save over the copy, or the copy over its work (hostile review 10, H5)."""
    from models.filelock import inspect

    owner = inspect(path)
    if owner is None or owner.is_stale():
        return
    who, since = owner.describe(lang), owner.since()
    raise CopyLockedError(
        f"{path}: {who} heeft deze kaart open (sinds {since}); de geanonimiseerde kopie is er"
        " niet overheen geschreven. Sluit de kaart daar eerst, of kies een andere naam"
        if lang == "nl"
        else f"{path}: {who} has this map open (since {since}); the anonymised copy was not"
        " written over it. Close the map there first, or choose another name"
    )


def _is_anonymised_copy(path: Path) -> bool:
    """Whether ``path`` opens as a map that carries the anonymised copy's mark."""
    from models import fileformat
    from models.errors import FormatError

    try:
        case = fileformat.load(path)
    except (FormatError, OSError, ValueError):
        return False
    return case.info.anonymised


def _loops(path: Path) -> bool:
    """``path`` is a loop of symbolic links (hostile review 22, H3)."""
    try:
        path.stat()
    except OSError as exc:
        return exc.errno == errno.ELOOP
    return False


def _refuse_no_file(target: Path, lang: Lang) -> None:
    """A folder, device, named pipe or socket is refused at once, with or without --force: it
    is never read (a FIFO hung the command, /dev/zero filled the memory) and --force is never
    offered for it (hostile review 23, 2)."""
    mode = target.stat().st_mode
    if stat.S_ISREG(mode):
        return
    nl = lang == "nl"
    if stat.S_ISDIR(mode):
        what = "dit is een map, geen bestand" if nl else "this is a folder, not a file"
    else:
        what = (
            "dit is een apparaat, named pipe of socket, geen gewoon bestand"
            if nl
            else "this is a device, named pipe or socket, not a regular file"
        )
    tail = (
        "er is niets geschreven. Kies een bestandsnaam"
        if nl
        else "nothing written. Choose a file name"
    )
    raise CopyTargetError(str(target), lang, f"{target}: {what}; {tail}")


def may_replace(path: str | Path, lang: Lang, force: bool) -> bool:
    """Whether writing the copy to ``path`` keeps a ``.bak``: always when a file is there,
    even an earlier copy (its mark may be on a file that was worked on by hand since: hostile
    review 7, F4; a ``.bak`` is cheap); raises :class:`CopyTargetError` when it may not
    write."""
    target = Path(path)
    if not target.exists() and (not target.is_symlink() or _loops(target)):
        return False  # nothing there (a loop of links holds no file: writing says why it fails)
    _refuse_no_file(target, lang)
    if not force and not _is_anonymised_copy(target):
        raise CopyTargetError(str(path), lang)
    return True


def unchanged(path: str | Path, data: bytes) -> bool:
    """Whether ``path`` already holds exactly ``data``: the same export run again writes
    nothing, so its ``.bak`` (a hand-edited copy it replaced the first time) stays (hostile
    review 8, N2)."""
    try:
        return Path(path).read_bytes() == data
    except OSError:
        return False


def keep_backup(path: str | Path) -> Path | None:
    """Move an existing ``path.bak`` that differs from ``path`` to ``path.bak.1`` (older ones
    one number up), so that the ``.bak`` the next write makes replaces no other version
    (hostile review 8, N2): every version is kept. The name it was moved to, or None."""
    return shift_backups(path)
