"""``krachtenveld validate FILE``: check a map and list every problem."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from models.errors import FormatError, problem_total
from models.i18n import Lang, normalise_language
from ui.commands import case_counts, counts_said, pick

if TYPE_CHECKING:
    from collections.abc import Collection

    from models.acceptance import Acceptance
    from models.case import Case
    from models.leanread import Clean

NAME = "validate"
HELP = (
    "check a .kvmap file and list every problem (exit 0 valid, 1 invalid)",
    "controleer een .kvmap-bestand en noem elk probleem (exit 0 geldig, 1 ongeldig)",
)


def add_arguments(parser: argparse.ArgumentParser, lang: Lang) -> None:
    parser.add_argument("file", metavar=pick(lang, "FILE", "BESTAND"), help=".kvmap")


def run(args: argparse.Namespace) -> int:
    lang = normalise_language(args.lang)
    clean = _clean(args.file)
    if clean is not None:  # opens as it is, no notice: said without building the map
        counts = counts_said(clean.counts, lang)
        print(pick(lang, f"{args.file}: valid ({counts})", f"{args.file}: geldig ({counts})"))
        if clean.accepted:  # (the analysis's codes are not loaded for nothing)
            _warn_acceptances(args.file, clean.accepted, clean.ids, lang)
        return 0
    from models.fields import KINDS
    from models.fileformat import read

    try:
        loaded = read(args.file)
    except FormatError as exc:
        if exc.problems and exc.problems[0].key in ("file_missing", "file_unreadable"):
            print(exc.render(lang), file=sys.stderr)
            return 2
        print(exc.render(lang), file=sys.stderr)
        print(_count(problem_total(exc.problems), lang), file=sys.stderr)
        return 1
    case = loaded.case
    counts = case_counts(case, lang)
    if loaded.problems:  # opens, but only with these values repaired
        if loaded.migrated:
            print(_migrated(loaded.version, lang), file=sys.stderr)
        print(loaded.render(lang), file=sys.stderr)
        print(_count(problem_total(loaded.problems), lang), file=sys.stderr)
        print(
            pick(
                lang,
                f"{args.file}: opens with these values repaired ({counts}); "
                "save it from the app to keep the repair",
                f"{args.file}: opent met deze waarden hersteld ({counts}); "
                "sla de kaart op in de app om het herstel te bewaren",
            ),
            file=sys.stderr,
        )
        _warn_slips(args.file, case, lang)  # what opened may hold a slip too (hostile 6, N6)
        return 1
    print(pick(lang, f"{args.file}: valid ({counts})", f"{args.file}: geldig ({counts})"))
    if loaded.migrated:  # valid, but not in the version the program writes: say so
        print(_migrated(loaded.version, lang))
    ids = {item.id for kind in KINDS for item in case.collection(kind)}
    _warn_acceptances(args.file, tuple(case.accepted), ids, lang)
    _warn_slips(args.file, case, lang)
    return 0


def _clean(path: str) -> Clean | None:
    """What the file at ``path`` holds when it is a valid map that needs no repair and holds
    nothing to warn about (:func:`models.leanread.clean_counts`); None when not certain, also
    when the file cannot be read: :func:`models.fileformat.read` then says why, or that it is
    valid."""
    from models.leanread import clean_counts
    from models.limits import LIMITS
    from models.safeio import ReadRefusedError, read_file

    try:
        data = read_file(path, LIMITS["file_bytes"])
    except ReadRefusedError:
        return None
    return clean_counts(data)


def _warn_slips(name: str, case: Case, lang: Lang) -> None:
    """An agreement without parties, a snapshot dated after today: valid, but said."""
    from models.notices import map_notices, render_dates

    for notice in map_notices(case):
        text = render_dates(notice, lang).render(lang)
        print(f"{name}: {pick(lang, 'warning', 'waarschuwing')}: {text}")


def _warn_acceptances(
    name: str, accepted: tuple[Acceptance, ...], ids: Collection[str], lang: Lang
) -> None:
    """Two acceptances of one finding, an acceptance of an unknown code: valid, but said.

    Whether an acceptance matches a finding at all takes an analysis (``analyse`` says it);
    one whose finding is about an id the map does not have is said here too.
    """
    from mapper.accepted import acceptance_warnings

    for text in acceptance_warnings(accepted, map_ids=ids):
        print(f"{name}: {pick(lang, 'warning', 'waarschuwing')}: {text(lang)}")


def _migrated(version: int, lang: Lang) -> str:
    from models.fileformat import FORMAT_VERSION

    return pick(
        lang,
        f"file format version {version}: migrated to version {FORMAT_VERSION} on reading; "
        f"saving the map writes version {FORMAT_VERSION}",
        f"bestandsformaat versie {version}: bij het lezen omgezet naar versie {FORMAT_VERSION}; "
        f"opslaan schrijft versie {FORMAT_VERSION}",
    )


def _count(count: int, lang: Lang) -> str:
    """``1 problem.`` / ``3 problemen.``: real plurals in both languages."""
    if lang == "nl":
        return "1 probleem." if count == 1 else f"{count:,} problemen.".replace(",", ".")
    return "1 problem." if count == 1 else f"{count:,} problems."
