"""What an existing map holds, in words: said before a command replaces it with another map."""

from __future__ import annotations

from models.i18n import Lang
from ui.commands import case_counts, counted, pick

__all__ = ["held_by"]


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
        parts.append(pick(lang, counted(snapshots, "snapshot", "snapshots"),
                          counted(snapshots, "momentopname", "momentopnamen")))  # fmt: skip
    if history:
        parts.append(pick(lang, counted(history, "saved edit in its history",
                                        "saved edits in its history"),
                          counted(history, "bewaarde wijziging in de geschiedenis",
                                  "bewaarde wijzigingen in de geschiedenis")))  # fmt: skip
    if not case.actors and not snapshots and not history:
        return None
    return ", ".join(parts)
