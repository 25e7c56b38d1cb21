"""The leak check of a pseudonymised nota or deck before it is written (hostile review 12,
P2): the texts the note or deck is made from, the map as :func:`exports.anonymise.anonymise`
wrote it, go through the same independent check as the anonymised copy
(``exports.anonymise_copy._check``). What the copy refuses ("Haar partner, Mark de Vries,
werkt.") a nota does not write either: the error names the field and what survived, and
nothing is written (the old file stays as it was).

One difference: a resident the map names by a role, not a name ("Huishouden", "Ouders en
kind", "Oudere inwoner": the three templates do), is no leak when every word of what was
found is written in lower case elsewhere on the map or is a role word ("het huishouden", "het
gezin"). A first name or surname is not written so ("mark", "visser"). And a function the
cleaner keeps by name in the nota ("Manager Regionaal Expertiseteam") is no leak.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from exports.anonymise import anonymise
from exports.anonymise_copy import _check as leak  # the copy's own check, unchanged
from exports.anonymise_parts import TITLES
from exports.leak_words import said_leak
from exports.map_language import map_language
from models import fileformat
from models.case import Case
from models.i18n import Lang

__all__ = ["SHARED_KINDS", "PseudonymLeakError", "anonymised_for", "refuse_leak"]

#: What an anonymised export is, as its refusal names it (Dutch, English). Every writer of an
#: anonymised file that is not the copy (which has its own check) takes its case from
#: :func:`anonymised_for` with one of these (hostile 15, H2: the pictures had no check).
SHARED_KINDS: dict[str, tuple[str, str]] = {
    "nota": ("de nota", "the note"),
    "deck": ("de presentatie", "the deck"),
    "picture": ("de afbeelding", "the picture"),
    "register": ("het mandaatregister", "the mandate register"),
}

_WORD = re.compile(r"[^\W\d_]+")
# titles and the roles the cleaner writes name nobody ("Mevrouw", "inwoner")
_ROLE_WORDS = frozenset(
    {w.strip(".").casefold() for t in TITLES for w in t.split()}
    | {"inwoner", "resident", "bewoner"}
)


class PseudonymLeakError(ValueError):
    """A resident's name or other personal data survived in a pseudonymised nota or deck:
    ``name`` at ``where`` (a JSON path into the map)."""

    def __init__(
        self,
        name: str,
        where: str,
        lang: Lang,
        *,
        deck: bool = False,
        data: Any = None,
        source: Any = None,
        kind: str | None = None,
    ) -> None:
        # as the map (``source``) writes it, the field in words (hostile 12, M1; 13, M1b)
        name, field = said_leak(name, where, data, lang, source)
        self.name, self.where = name, where
        nl = lang == "nl"
        self.kind = kind or ("deck" if deck else "nota")
        what = SHARED_KINDS[self.kind][0 if nl else 1]
        self.refused = (
            f"{what} zonder namen noemt nog {name!r} (in {field}); er is niets geschreven. "
            "Pas die tekst op de kaart aan, of maak een versie met namen"
            if nl
            else f"{what} without names still names {name!r} (in {field}); nothing was "
            "written. Change that text on the map, or make a version with names"
        )
        self.lang: Lang = lang
        inside = (
            " die binnen de organisatie blijft" if nl else " that stays inside the organisation"
        )
        # a picture or register with names is the same command without --anonymise
        flag = "--named" if self.kind in ("nota", "deck") else ("zonder" if nl else "without")
        flag = flag if flag == "--named" else f"{flag} --anonymise"
        super().__init__(f"{self.refused} ({flag}){inside}")

    def in_app(self) -> str:
        """The refusal as the app says it: the version with names is made by unticking
        File › Export › Anonymised, not with ``--named``."""
        # a sentence for a message box: a capital, no JSON path, a full stop (lead 16)
        said = self.refused.replace(f", {self.where})", ")")
        said = said[:1].upper() + said[1:]
        if self.lang == "nl":
            return (
                f"{said}: zet Bestand › Exporteren › Geanonimiseerd uit; die versie "
                "blijft binnen de organisatie."
            )
        return (
            f"{said}: untick File › Export › Anonymised; that version stays inside "
            "the organisation."
        )


def _lower_words(data: object) -> set[str]:
    """Every word written in lower case in the texts of ``data`` (a map as JSON)."""
    text = json.dumps(data, ensure_ascii=False)
    return {w for w in _WORD.findall(text) if w.islower()}


def anonymised_for(case: Case, lang: Lang, kind: str) -> Case:
    """``case`` as an anonymised export of ``kind`` (a key of :data:`SHARED_KINDS`) shows it:
    its texts in the map's language, the new names in ``lang``; raises
    :class:`PseudonymLeakError` before anything is written when it still names someone the
    anonymised copy would refuse. The one gate of the nota, the deck, the pictures and the
    register (hostile 15, H2)."""
    from exports.memory import COLLECT_FROM, give_back

    cleaned: dict[str, Case] = {}
    shown = anonymise(case, map_language(case, lang), names=lang, cleaned=cleaned)
    refuse_leak(case, shown, lang, kind=kind, cleaned=cleaned)
    if len(case.actors) >= COLLECT_FROM:  # the check's reading of the map (45 MB at 10,000)
        give_back()  # back to the system before the nota's analysis takes its own
    return shown


def refuse_leak(
    case: Case,
    pseudonymised: Case,
    lang: Lang,
    *,
    deck: bool = False,
    kind: str | None = None,
    cleaned: Mapping[str, Case] | None = None,
) -> None:
    """Raise :class:`PseudonymLeakError` when ``pseudonymised`` (``case`` as the nota, deck,
    picture or register names it) still names someone the anonymised copy would refuse.
    ``cleaned``: its snapshots' states as :func:`anonymise` built them (``cleaned``)."""
    # the map as its file would hold it (the same JSON values; issue 15: not written and read
    # back, a sixth of the gate)
    data = fileformat.case_to_dict(pseudonymised)
    found = leak(case, pseudonymised, data, cleaned)
    if found is None:
        return
    # a function the cleaner kept by name ("Manager Regionaal Expertiseteam": functions are no
    # personal data; jurist 12, L4), which the staff check reads as a person
    before = {a.name for a in case.actors} | {o.name for o in case.organisations}
    now = [a.name for a in pseudonymised.actors] + [o.name for o in pseudonymised.organisations]
    kept = [k.casefold() for k in now]
    if any(found[0].casefold() in k for k in kept if k in {b.casefold() for b in before}):
        return
    words = {w.casefold() for w in _WORD.findall(found[0])}
    source = json.loads(fileformat.dumps(case))  # the map's own words, to quote (M1b)
    if words and words <= _lower_words(source) | _ROLE_WORDS:
        return  # a resident named by a role: "het huishouden" (see the module's text)
    raise PseudonymLeakError(
        found[0], found[1], lang, deck=deck, data=data, source=source, kind=kind
    )
