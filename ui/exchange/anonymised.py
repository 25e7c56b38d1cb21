"""What an anonymised advice note or deck replaced, said beside "Exported" (issue 11), and the
map picture drawn with the same pseudonyms (new user, sixth round 7).

A note for the college names no resident by default (art. 5 lid 1 onder c AVG, jurist M11):
File › Export › Anonymised is checked. The status bar then says whom it named by role and
whether health details left the occasion; unchecked, it says the file names residents.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from exports.anonymise import citizen_names, replaced
from exports.picture_big import PictureNote
from mapper.wording import number
from models.case import Case
from models.i18n import Lang

__all__ = ["anonymised_note", "anonymised_notes", "write_anonymised_page"]

# up to this many renames are listed in the status message itself; more are counted there
# and listed in its tooltip (new user at scale, session 14, F8/F11: 501 renames covered the
# whole window at 10,000 actors)
FEW = 3


def anonymised_note(case: Case, anonymous: bool, lang: Lang, *, words: Lang | None = None) -> str:
    """One or two sentences on what the anonymised file replaced, or that it names residents;
    ``words``: the language of the role words the file was written with (an anonymised
    ``.kvmap`` keeps the map's, user review 6, 3), when it is not ``lang``."""
    return anonymised_notes(case, anonymous, lang, words=words)[0]


def anonymised_notes(
    case: Case, anonymous: bool, lang: Lang, *, words: Lang | None = None
) -> tuple[str, str]:
    """:func:`anonymised_note`, and the list of every rename when the note only counts them
    (for the message's tooltip; "" otherwise)."""
    if not anonymous:
        if not citizen_names(case):
            return "", ""
        return QCoreApplication.translate(
            "Exchange",
            "The file names residents; check File › Export › Anonymised for a note to the college.",
        ), ""
    names, health = replaced(case, lang, words=words)
    out, details = [], ""
    if names:
        pairs = ", ".join(f"{old} → {new}" for old, new in names)
        listed = QCoreApplication.translate("Exchange", "Anonymised: %1.").replace("%1", pairs)
        if len(names) <= FEW:
            out.append(listed)
        else:  # counted in the message, listed in its tooltip
            details = listed
            many = number(len(names), lang)
            out.append(
                QCoreApplication.translate(
                    "Exchange",
                    "%1 residents were given a role name; point at this message for the list.",
                ).replace("%1", many)
            )
        # what else the cleaning leaves out (hostile review 5, B3; docs/exports.md)
        out.append(
            QCoreApplication.translate(
                "Exchange",
                "Notes about residents, direct identifiers (such as BSN, telephone number and "
                "address) and special categories of personal data are left out.",
            )
        )
    if health:
        out.append(
            QCoreApplication.translate(
                "Exchange", "Health details left out of the occasion and the intent."
            )
        )
    return " ".join(out), details


def write_anonymised_page(case: Case, path: str, lang: Lang, live: object = None) -> PictureNote:
    """The map picture (.png, .svg or .pdf, with its legend) drawn from the anonymised case,
    as the anonymised note and deck draw theirs: residents named by their role, no staff
    member's own name, a care provider named neutrally, and the title without the name (new
    user, sixth round 7: the picture named "Gezin Jansen" while the note said "het gezin").
    A big map's overview, where the ``live`` scene (at its own size) paints no name, is drawn
    from that scene with the anonymised title and legend (new user at scale 14, F10)."""
    from exports.image import format_of
    from exports.legend import legend_for_case
    from exports.picture import PRINT_DPI, write_page
    from exports.picture_as_is import picture_as_is
    from exports.pseudonym_check import anonymised_for
    from ui.commands.export import map_scene

    # refused as the note is, before anything is drawn (hostile 15, H2)
    shown = anonymised_for(case, lang, "picture")
    legend = legend_for_case(shown, lang)
    if live is None or not picture_as_is(
        live, format_of(path), shown.info.title, legend, PRINT_DPI
    ):
        live = map_scene(shown, lang)
    return write_page(live, path, shown, lang)
