"""What happened to the casebook's index, in Dutch and English (hostile review 5, B7 and C12).

The index is only a cache: when it is damaged it is started afresh, when it cannot be written
the run goes on without it, and when the folder's own index cannot be used it moves to the
user's cache. Each of these is said, with the reason, so the user knows why a run analysed
everything again or where the index went.
"""

from __future__ import annotations

from models.i18n import Lang

__all__ = ["index_lines"]

_WHY = {
    "damaged": ("damaged", "beschadigd"),
    "readonly": ("read-only or not writable", "alleen-lezen of niet te schrijven"),
    "full": ("the disk is full", "de schijf is vol"),
    "locked": ("in use by another run", "in gebruik bij een andere run"),
    "notfile": ("not a regular file", "geen gewoon bestand"),
    "other": ("not usable", "niet te gebruiken"),
}


def _line(what: str, why: str, path: str, lang: Lang) -> str:
    en, nl = _WHY.get(why, _WHY["other"])
    reason = nl if lang == "nl" else en
    if what == "moved":
        if lang == "nl":
            return f"De index in de map was niet te gebruiken ({reason}); hij staat nu in de cache."
        return f"The folder's index could not be used ({reason}); it is kept in the cache."
    if what == "rebuilt":
        if lang == "nl":
            return (
                f"De index was {reason} en is opnieuw opgebouwd: elk bestand is opnieuw"
                " geanalyseerd."
            )
        return f"The index was {reason} and was started afresh: every file was analysed again."
    if lang == "nl":
        return (
            f"De index is niet te schrijven ({reason}): de uitkomsten zijn er niet in bewaard"
            f" en de volgende run analyseert opnieuw. {_ADVICE.get(why, _DELETE)[1]}"
        ).replace("{path}", path)
    return (
        f"The index could not be written ({reason}): the results were not kept in it and the"
        f" next run analyses again. {_ADVICE.get(why, _DELETE)[0]}"
    ).replace("{path}", path)


_DELETE = ("Delete {path} to rebuild it.", "Verwijder {path} om hem opnieuw op te bouwen.")
# what to do instead of deleting: a locked index is in use, not broken (hostile review 6, B7)
_ADVICE = {
    "locked": (
        "Run again when the other run has finished; do not delete the index while it is in use.",
        "Draai opnieuw als de andere run klaar is; verwijder de index niet zolang hij in"
        " gebruik is.",
    ),
    "full": ("Free space on the disk and run again.", "Maak ruimte op de schijf en draai opnieuw."),
}


def index_lines(events: tuple[tuple[str, str], ...], path: str, lang: Lang) -> list[str]:
    """One sentence per thing that happened to the index, each said once."""
    return list(dict.fromkeys(_line(what, why, path, lang) for what, why in events))
