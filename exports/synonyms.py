"""Free-text types from other tools mapped onto our kinds, in Dutch and English.

Kumu's ``Type``, a GraphML ``type`` or a CSV ``Kind`` column holds whatever the user typed:
"Wethouder", "Woningcorporatie", "vertrouwt". :func:`match` finds our value by its stored
value or label (:func:`models.labels.parse_label`), then by a synonym, then by a synonym as a
word inside the text ("Wethouder Zorg").
"""

from __future__ import annotations

import functools
import re
from enum import StrEnum
from typing import TypeVar, cast

from models.enums import ActorKind, Instrument, PowerCategory, Practice, RelationKind
from models.labels import parse_label

__all__ = ["SYNONYMS", "match"]

E = TypeVar("E", bound=StrEnum)

_A, _R, _I = ActorKind, RelationKind, Instrument

SYNONYMS: dict[StrEnum, tuple[str, ...]] = {
    _A.CITIZEN: (
        "burger", "inwoner", "bewoner", "cliënt", "client", "huishouden", "gezin", "resident",
        "household", "family", "person", "persoon", "klant", "customer",
    ),
    _A.ADMINISTRATOR: (
        "wethouder", "burgemeester", "college", "college van b&w", "gedeputeerde", "minister",
        "staatssecretaris", "bestuurder", "bestuursorgaan", "mayor", "alderman", "alderwoman",
        "executive board", "dagelijks bestuur",
    ),
    _A.COUNCIL: (
        "raad", "gemeenteraad", "raadslid", "provinciale staten", "staten", "kamer",
        "council", "councillor", "municipal council", "parliament",
    ),
    _A.EXECUTIVE: (
        "directeur", "directie", "gemeentesecretaris", "algemeen directeur", "director",
        "ceo", "board of directors", "concerndirectie",
    ),
    _A.MANAGER: (
        "manager", "teamleider", "teamleidster", "afdelingshoofd", "leidinggevende", "team lead",
        "team leader", "head of department", "supervisor",
    ),
    _A.PROFESSIONAL: (
        "professional", "consulent", "uitvoerder", "medewerker", "wijkteam", "wijkcoach",
        "casusregisseur", "klantmanager", "schuldhulpverlener", "caseworker", "case worker",
        "frontline", "social worker", "maatschappelijk werker",
    ),
    _A.PARTNER: (
        "ketenpartner", "partner", "partners", "woningcorporatie", "corporatie", "zorgaanbieder",
        "zorgverzekeraar", "uwv", "svb", "politie", "school", "ggz", "partnerorganisatie",
        "organisation", "organization", "organisatie", "housing corporation",
        "housing association", "care provider", "police", "ngo", "company", "bedrijf",
    ),
    _A.OVERSIGHT: (
        "ombudsman", "ombudsvrouw", "toezichthouder", "toezicht", "inspectie", "rekenkamer",
        "accountant", "regulator", "oversight", "inspectorate", "auditor",
    ),
    _A.MEDIA: ("media", "pers", "journalist", "krant", "press", "newspaper", "omroep"),
    _R.TRUST: ("vertrouwt", "vertrouwen", "trust", "trusts", "vertrouwensrelatie"),
    _R.HIERARCHY: (
        "stuurt aan", "leidinggeven", "leidt", "hiërarchie", "hierarchie", "manages",
        "hierarchy", "line management", "is baas van", "supervises",
    ),
    _R.ACCOUNTABILITY: (
        "verantwoording", "legt verantwoording af", "legt verantwoording af aan", "rapporteert",
        "rapporteert aan", "answers to", "reports to", "accountable to", "accountability",
    ),
    _R.SIGNAL: ("signaal", "signaleert", "meldt", "melding", "signal", "signals", "reports"),
    _R.ESCALATION: ("escaleert", "escalatie", "escalates", "escalation", "opschalen"),
    _R.COLLABORATION: (
        "samenwerking", "werkt samen", "werkt samen met", "overleg", "collaborates",
        "collaboration", "works with", "cooperation", "partnership",
    ),
    _R.FEEDBACK: (
        "terugkoppeling", "koppelt terug", "leert", "feedback", "feeds back", "learning",
    ),
    _I.MANDATE: ("mandaat", "mandate", "mandaatverlening"),
    _I.DELEGATION: ("delegatie", "delegation", "delegeert"),
    _I.POWER_OF_ATTORNEY: ("volmacht", "power of attorney"),
    _I.AUTHORISATION: ("machtiging", "authorisation", "authorization"),
    _I.SIGNING: ("ondertekening", "ondertekeningsmandaat", "signing", "signing on behalf"),
    Practice.MAATWERK: ("maatwerk", "custom", "custom practice"),
    Practice.ROUTINE: ("routine", "standaard", "regulier", "standard"),
    PowerCategory.PUSH_THROUGH: ("doorzetten", "doorzettingsmacht", "push through"),
}  # fmt: skip


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"[\w&]+", text.casefold())) + " "


def match(enum: type[E], text: str) -> E | None:
    """Our value of ``enum`` that ``text`` names, or None.

    Examples
    --------
    >>> match(ActorKind, "Wethouder Zorg")
    <ActorKind.ADMINISTRATOR: 'administrator'>
    >>> match(RelationKind, "vertrouwt")
    <RelationKind.TRUST: 'trust'>
    >>> match(ActorKind, "Kabouter") is None
    True
    """
    if len(text) > _KEPT_LENGTH:  # not kept: 4,096 cells of 32,767 characters are 134 MB
        return cast("E | None", _match.__wrapped__(enum, text))
    return cast("E | None", _match(enum, text))


#: the longest text whose answer is kept (a kind is a word or a few)
_KEPT_LENGTH = 200


@functools.lru_cache(maxsize=4096)
def _match(enum: type[StrEnum], text: str) -> StrEnum | None:
    """:func:`match`, remembered for the last 4,096 texts up to :data:`_KEPT_LENGTH`
    characters: an import asks it for the kind of every actor and tie, mostly with the same few
    words, and each answer compared the text with every label and synonym of the enum (a third
    of importing a CSV; issue 15)."""
    if not text or not text.strip():
        return None
    exact = parse_label(enum, text)
    if exact is not None:
        return exact
    wanted = text.strip().casefold()
    members = [m for m in enum if m in SYNONYMS]
    for member in members:
        if wanted in SYNONYMS[member]:
            return member
    words = _words(text)
    best: tuple[int, StrEnum] | None = None
    for member in members:
        for synonym in SYNONYMS[member]:
            if _words(synonym) in words:
                score = len(synonym)
                if best is None or score > best[0]:
                    best = (score, member)
    return best[1] if best else None
