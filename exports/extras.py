"""Attributes our model has no field for, kept reversibly at the end of an entity's notes.

Kumu, Gephi or yEd files carry columns such as ``Phone`` or ``Website``. An import keeps them
as a block at the end of the actor's (or relationship's) notes; an export to the same kind of
file turns them back into columns::

    Free notes the user wrote.

    [attributes]
    Phone: 020 123 4567
    Type: Wethouder

Backslash, newline and ``:`` in keys and values are escaped (``\\\\``, ``\\n``, ``\\:``).
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["MARKER", "stash", "unstash"]

MARKER = "[attributes]"


def _escape(text: str, colon: bool) -> str:
    out = text.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n")
    return out.replace(":", "\\:") if colon else out


def _unescape(text: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append({"n": "\n", "r": "\r"}.get(nxt, nxt))
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _split_key(line: str) -> tuple[str, str] | None:
    i = 0
    while i < len(line):
        if line[i] == "\\":
            i += 2
            continue
        if line.startswith(": ", i):
            return line[:i], line[i + 2 :]
        i += 1
    return None


def stash(notes: str, extras: Mapping[str, str]) -> str:
    """``notes`` with ``extras`` appended as an attribute block (unchanged when empty).

    Examples
    --------
    >>> stash("Hi", {"Phone": "123"})
    'Hi\\n\\n[attributes]\\nPhone: 123'
    >>> unstash(stash("Hi", {"a:b": "x\\ny"}))
    ('Hi', {'a:b': 'x\\ny'})
    """
    notes, existing = unstash(notes)
    merged = {**existing, **extras}
    if not merged:
        return notes
    lines = [f"{_escape(k, True)}: {_escape(v, False)}" for k, v in merged.items()]
    block = "\n".join([MARKER, *lines])
    return f"{notes}\n\n{block}" if notes else block


def unstash(notes: str) -> tuple[str, dict[str, str]]:
    """Split ``notes`` into the user's text and the attribute block written by :func:`stash`."""
    if notes.startswith(MARKER + "\n"):
        head, body = "", notes[len(MARKER) + 1 :]
    else:
        at = notes.rfind("\n\n" + MARKER + "\n")
        if at < 0:
            return notes, {}
        head, body = notes[:at], notes[at + len(MARKER) + 3 :]
    extras: dict[str, str] = {}
    for line in body.split("\n"):
        pair = _split_key(line)
        if pair is None:
            return notes, {}
        extras[_unescape(pair[0])] = _unescape(pair[1])
    return head, extras
