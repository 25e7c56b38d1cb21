"""Sub-commands of the command line, one module per command (see :mod:`ui.cli`)."""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from models.errors import problem_total
from models.i18n import Lang

if TYPE_CHECKING:
    from models import Case

__all__ = [
    "COMMANDS",
    "CommandModule",
    "add_force",
    "add_output_format",
    "case_counts",
    "command",
    "counted",
    "counts_said",
    "cycle_collector_off",
    "discover",
    "open_map",
    "open_map_to_write",
    "pick",
]


class CommandModule(Protocol):
    """What a command module provides."""

    NAME: str
    HELP: tuple[str, str]  # (English, Dutch)

    def add_arguments(self, parser: argparse.ArgumentParser, lang: Lang) -> None: ...

    def run(self, args: argparse.Namespace) -> int: ...


def pick(lang: Lang, en: str, nl: str) -> str:
    """The Dutch or English text."""
    return nl if lang == "nl" else en


def add_output_format(parser: argparse.ArgumentParser, lang: Lang, *more: str) -> None:
    """``--format text|json`` (and ``more`` formats), the same option in every reading command."""
    parser.add_argument(
        "--format",
        choices=["text", "json", *more],
        default="text",
        help=pick(lang, "output format (default text)", "uitvoerformaat (standaard text)"),
    )


def counted(count: int, one: str, many: str) -> str:
    """``1 actor`` / ``3 actors``: a count with a real plural."""
    return f"{count} {one if count == 1 else many}"


_COUNTED = (
    ("actors", ("actor", "actors"), ("actor", "actoren")),
    ("organisations", ("organisation", "organisations"), ("organisatie", "organisaties")),
    ("powers", ("power", "powers"), ("bevoegdheid", "bevoegdheden")),
    ("relationships", ("relationship", "relationships"), ("relatie", "relaties")),
    ("mandates", ("mandate", "mandates"), ("mandaat", "mandaten")),
    ("needs", ("need", "needs"), ("benodigd besluit", "benodigde besluiten")),
    ("agreements", ("agreement", "agreements"), ("afspraak", "afspraken")),
)
_ALWAYS = {"actors", "relationships", "mandates", "needs"}


def case_counts(case: Case, lang: Lang) -> str:
    """``19 actors, 2 organisations, 41 relationships, ...``: what a map holds (organisations,
    powers and agreements only when it has them)."""
    return counts_said({name: len(getattr(case, name)) for name, _, _ in _COUNTED}, lang)


def counts_said(counts: Mapping[str, int], lang: Lang) -> str:
    """:func:`case_counts` from the number of items per section (``{"actors": 19, ...}``)."""
    parts = []
    for name, en, nl in _COUNTED:
        count = counts[name]
        if count or name in _ALWAYS:
            parts.append(counted(count, *(nl if lang == "nl" else en)))
    return ", ".join(parts)


#: each command's name and its module in this package: a command runs after importing its own
#: module only (issue 14: importing all eleven cost ``krachtenveld layout`` 0.014 s CPU, a
#: twentieth of the command at 2,000 actors); :func:`discover` finds the same by looking
#: (``tests/ui/test_cli_start.py`` holds them equal)
COMMANDS: dict[str, str] = {
    "analyse": "analyse",
    "casebook": "casebook",
    "diff": "diff",
    "example": "example",
    "export": "export",
    "gui": "gui",
    "import": "import_",
    "layout": "layout",
    "screenshot": "screenshot",
    "timeline": "timeline",
    "validate": "validate",
}


def command(name: str) -> CommandModule:
    """The module of the command ``name`` (one of :data:`COMMANDS`), imported now."""
    return cast(CommandModule, importlib.import_module(f"{__name__}.{COMMANDS[name]}"))


@contextlib.contextmanager
def cycle_collector_off() -> Iterator[None]:
    """Python's cycle collector off while a command does its one bounded job, and on again
    after it (as it was): importing numpy and the model and reading a map make objects by the
    hundred thousand, and the collector went through them 60 times for nothing (issue 14:
    0.01 s CPU, 3 % of ``krachtenveld layout`` at 2,000 actors). Its garbage is a few objects
    in cycles, collected at the next full collection (or given back as the process ends).
    What was made meanwhile joins the oldest generation (``freeze`` + ``unfreeze``), so the
    collector does not go through all of it at its next young collection (0.006 s) — unless
    someone froze objects before (the test suite does), which this must not undo. Whether
    they did is asked once it was seen: ``gc.get_freeze_count`` walks every frozen object
    (50 ms a command in a test worker that froze earlier tests' objects; issue 15)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if not _FROZEN_BEFORE and gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        elif not _FROZEN_BEFORE:
            _FROZEN_BEFORE.append(True)  # frozen by someone else: not asked again
        if was_on:
            gc.enable()


# non-empty once objects frozen by someone else were seen; should they unfreeze them later
# (the casebook run does), the young-objects check above is skipped: slower, never wrong
_FROZEN_BEFORE: list[bool] = []


def discover() -> dict[str, CommandModule]:
    """All command modules in this package, by command name, sorted (what the full help
    lists; a command that runs needs only :func:`command`)."""
    import pkgutil  # only the help looks: a command that runs does not load it (issue 14)

    found: dict[str, CommandModule] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "NAME") and hasattr(module, "run"):
            found_command = cast(CommandModule, module)
            found[found_command.NAME] = found_command
    return dict(sorted(found.items()))


def open_map(path: str, lang: Lang) -> Case:
    """Read the map at ``path``; what was repaired to open it, and two names that look the
    same but are written differently, go to stderr as warnings.

    Raises :class:`models.FormatError` for a file that cannot be opened.
    """
    from models.fileformat import read
    from models.look_alike import look_alike_said

    loaded = read(path)
    if loaded.problems:
        print(loaded.render(lang), file=sys.stderr)
        print(repaired_note(problem_total(loaded.problems), lang), file=sys.stderr)
    for text in look_alike_said(loaded.case, lang):  # two names a reader cannot tell apart
        print(f"{path}: {pick(lang, 'warning', 'waarschuwing')}: {text}", file=sys.stderr)
    return loaded.case


def open_map_to_write(path: str, lang: Lang, force: bool) -> Case | None:
    """Read the map at ``path`` that a command will write back; None (after saying why on
    stderr) when it opens only with repairs and ``force`` is not given, because writing it
    would save those repairs without the user having seen them in the app. A damaged snapshot
    or an unreadable history time is no repair: it is kept as written, so the command runs and
    says so.

    Raises :class:`models.FormatError` for a file that cannot be opened.
    """
    from models.fileformat import read

    loaded = read(path)
    if not loaded.problems:
        return loaded.case
    print(loaded.render(lang), file=sys.stderr)
    kept = {id(p) for p in loaded.kept}
    repairs = [p for p in loaded.problems if id(p) not in kept]
    if kept:  # kept as written, not repaired: writing loses nothing (hostile review 8, N4)
        print(kept_note(path, lang), file=sys.stderr)
    if not repairs:
        return loaded.case
    count = problem_total(repairs)
    if lang == "nl":
        what = "1 herstel" if count == 1 else f"{count} herstellingen"
        refused = (
            f"{path} opent alleen met {what} (hierboven); niet geschreven, zodat het herstel"
            " niet ongezien wordt opgeslagen. Open en bewaar de kaart in Krachtenveld om het"
            f" herstel na te kijken, of geef --force om het met deze opdracht op te slaan (het"
            f" oude bestand blijft dan in {path}.bak)."
        )
        saved = (
            "Het herstel hierboven wordt met de kaart opgeslagen; het oude bestand blijft in"
            f" {path}.bak."
        )
    else:
        what = "1 repair" if count == 1 else f"{count} repairs"
        refused = (
            f"{path} opens only with {what} (above); not written, so the repairs are not saved"
            " unseen. Open and save the map in Krachtenveld to check them, or pass --force to"
            f" save them with this command (the old file then stays in {path}.bak)."
        )
        saved = f"The repairs above are saved with the map; the old file stays in {path}.bak."
    print(saved if force else refused, file=sys.stderr)
    return loaded.case if force else None


def kept_note(path: str, lang: Lang) -> str:
    """What a command that writes the map says of damaged snapshots and unreadable history
    times: they are kept as written, so they are no repair and do not stop the command."""
    if lang == "nl":
        return (
            f"Wat hierboven over momentopnamen en de geschiedenis staat, is geen herstel: die"
            f" blijven ongewijzigd in {path} staan, ook nu de kaart wordt geschreven (het oude"
            f" bestand blijft in {path}.bak)."
        )
    return (
        f"What is said above about snapshots and the history is no repair: they are kept in"
        f" {path} as written, also now that the map is written (the old file stays in"
        f" {path}.bak)."
    )


def repaired_note(count: int, lang: Lang) -> str:
    """``2 problems repaired in memory; the file itself is unchanged.`` with real plurals."""
    if lang == "nl":
        what = "1 probleem" if count == 1 else f"{count} problemen"
        return f"{what} in het geheugen hersteld; het bestand zelf is ongewijzigd."
    what = "1 problem" if count == 1 else f"{count} problems"
    return f"{what} repaired in memory; the file itself is unchanged."


def add_force(parser: argparse.ArgumentParser, lang: Lang) -> None:
    """The ``--force`` option of a command that writes a map."""
    parser.add_argument(
        "--force",
        action="store_true",
        help=pick(
            lang,
            "write the map even when another program has it open (its lock is live) or when"
            " it opens only with repairs (they are then saved; the old file stays in .bak)",
            "schrijf de kaart ook als een ander programma haar open heeft (een levend slot) of"
            " als ze alleen met herstel opent (dat wordt dan opgeslagen; het oude bestand"
            " blijft in .bak)",
        ),
    )


def bak_note(path: str | Path, existed: bool, lang: Lang) -> str:
    """`` (the previous file is kept in nota.docx.bak)`` for a Word, PowerPoint or Excel file
    written over an existing one, which may hold the user's own edits (hostile 11, N6), with
    the older ones kept (``.bak.1``, ``.bak.2``: :data:`exports.output.BACKUPS_KEPT`); else
    empty."""
    if not existed or Path(path).suffix.lower() not in (".docx", ".pptx", ".xlsx"):
        return ""
    older = [f".bak.{n}" for n in (1, 2) if Path(f"{path}.bak.{n}").exists()]  # BACKUPS_KEPT
    if not older:
        return pick(
            lang,
            f" (the previous file is kept in {path}.bak)",
            f" (het vorige bestand blijft in {path}.bak)",
        )
    return pick(
        lang,
        f" (the previous file is kept in {path}.bak, older ones in {' and '.join(older)})",
        f" (het vorige bestand blijft in {path}.bak, oudere in {' en '.join(older)})",
    )


def wrote(path: str | Path, existed: bool, lang: Lang) -> str:
    """``Wrote nota.docx``, with :func:`bak_note`, and where a file changed after
    Krachtenveld wrote it is kept apart (hostile review 12, D1)."""
    from exports.output import kept_apart

    said = pick(lang, f"Wrote {path}", f"{path} geschreven") + bak_note(path, existed, lang)
    if (apart := kept_apart(path)) is not None:
        said += pick(
            lang,
            f"; the file was changed after Krachtenveld wrote it and is kept apart in {apart}",
            f"; het bestand was na het exporteren gewijzigd en blijft apart bewaard in {apart}",
        )
    return said
