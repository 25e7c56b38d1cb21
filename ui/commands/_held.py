"""What an existing map holds, in words, and the refusal a command gives before it replaces
that map with another one (``layout --out``, ``import``) without ``--force``."""

from __future__ import annotations

import os
import stat
import sys

from models.i18n import Lang
from ui.commands import case_counts, counted, pick

__all__ = ["held_by", "may_replace"]


def held_by(path: str, lang: Lang) -> str | None:
    """What the file at ``path`` holds now ("3 actors, …, 2 snapshots"); None for an empty map,
    which a command may replace without asking, as there is nothing to lose."""
    from models import FormatError
    from models.fileformat import read

    try:
        case = read(path).case
    except FormatError:
        return pick(
            lang, "a file that does not open as a map", "een bestand dat niet als kaart opent"
        )
    parts = [case_counts(case, lang)]
    snapshots, history = len(case.timeline.snapshots), len(case.timeline.history)
    if snapshots:
        parts.append(
            pick(
                lang,
                counted(snapshots, "snapshot", "snapshots"),
                counted(snapshots, "momentopname", "momentopnamen"),
            )
        )
    if history:
        parts.append(
            pick(
                lang,
                counted(history, "saved edit in its history", "saved edits in its history"),
                counted(
                    history,
                    "bewaarde wijziging in de geschiedenis",
                    "bewaarde wijzigingen in de geschiedenis",
                ),
            )
        )
    if not case.actors and not snapshots and not history:
        return None
    return ", ".join(parts)


def may_replace(
    path: str,
    lang: Lang,
    *,
    replaced: tuple[str, str],
    instead: tuple[str, str],
    other: str = "",
    why: tuple[str, str] = ("", ""),
) -> bool:
    """True when the map at ``path`` holds nothing to lose; else False, after saying on stderr
    what would be gone and how to go on (hostile review 11, N5). One sentence for every
    command that would replace a map whole.

    ``replaced``: what would replace it ("the import would replace it" / "de import zou de
    kaart vervangen"); ``other``: the map named on the command line when ``path`` is another
    one; ``why``: why nothing of it would survive; ``instead``: what to do instead of
    ``--force``; each pair in English and Dutch.
    """
    if os.path.isdir(path):  # no --force and .bak to offer (hostile review 21, H11)
        named = os.path.join(path, pick(lang, "map.kvmap", "kaart.kvmap"))
        print(
            pick(
                lang,
                f"{path}: this is a folder, not a file; nothing written. Name a file, such as"
                f" {named}",
                f"{path}: dit is een map, geen bestand; er is niets geschreven. Geef een bestand"
                f" op, zoals {named}",
            ),
            file=sys.stderr,
        )
        return False
    if _special(path):  # said at once, not as a broken map (hostile review 22, H5)
        print(
            pick(
                lang,
                f"{path}: this is a device, named pipe or socket, not a regular file; nothing "
                "written. Choose a file name",
                f"{path}: dit is een apparaat, named pipe of socket, geen gewoon bestand; er is "
                "niets geschreven. Kies een bestandsnaam",
            ),
            file=sys.stderr,
        )
        return False
    held = held_by(path, lang)
    if held is None:
        return True  # an empty map: nothing to lose
    en_other, nl_other = (f" and is not {other}", f" en is niet {other}") if other else ("", "")
    print(
        pick(
            lang,
            f"{path} exists{en_other}; {replaced[0]}, and what it holds now ({held}) would be"
            f" gone{why[0]}. Nothing written. {instead[0]}, or pass --force to replace it (the old"
            f" file then stays in {path}.bak)",
            f"{path} bestaat al{nl_other}; {replaced[1]}, en wat ze nu bevat ({held}) zou"
            f" verdwijnen{why[1]}. Er is niets geschreven. {instead[1]}, of vervang de kaart met"
            f" --force (het oude bestand blijft dan in {path}.bak)",
        ),
        file=sys.stderr,
    )
    return False


def _special(path: str) -> bool:
    """``path`` is there but is no regular file nor folder (a FIFO, a device, a socket)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))
