"""The words an anonymised text leaves out or says otherwise (art. 9 AVG): sentences about
health, the names of mental-health and other care providers ("GGZ Rivierland" becomes "de
zorgaanbieder", jurist round 4 N6), and the personal names of staff in an actor's name
("Consulent wijkteam (Sanne)" becomes "Consulent wijkteam": the role stays).

Examples
--------
>>> staff_name("Consulent wijkteam (Sanne)")
('Consulent wijkteam', 'Sanne')
>>> staff_name("Teamleider Wijkteam Noord")
('Teamleider Wijkteam Noord', None)
>>> bool(HEALTH_NAME.search("GGZ-team Rivierland")), bool(HEALTH_NAME.search("Zorgverzekeraar"))
(True, False)
>>> without_health("Belt vaak terug. Heeft een depressie.")
'Belt vaak terug.'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from exports.anonymise_care_org import CARE_ORG, care_given, care_named
from exports.anonymise_cause import without_cause
from exports.anonymise_gp import GP, GP_ROLE, about_no_one
from exports.anonymise_health_words import HEALTH, HEALTH_NAME
from exports.anonymise_law import REASON, law_about_no_one
from exports.anonymise_persons import firm_owner, role_person
from exports.anonymise_relatives import kin_person

__all__ = [
    "HEALTH",
    "HEALTH_NAME",
    "NEUTRAL_NEED",
    "NEUTRAL_POWER",
    "PROVIDER",
    "health_in",
    "health_word",
    "one_person",
    "staff_name",
    "without_health",
    "without_law",
]

# the neutral name of a needed decision, and of a power, that shows health: without a health
# word itself (HEALTH), so that next to "voorrang voor urgente casussen" it tells no health fact
# (jurist, sixth round N8: "Start van specialistische zorg" did)
NEUTRAL_NEED = {"nl": "Besluit van de aanbieder", "en": "The provider's decision"}
NEUTRAL_POWER = {"nl": "Eigen besluit van de aanbieder", "en": "The provider's own decision"}
# a care provider named neutrally: the organisation as it reads in a sentence (the analysis
# writes an organisation's name as it is: "een besluit van de zorgaanbieder"), the actor as
# a role that takes its article ("de zorgaanbieder")
PROVIDER = {
    "organisation": {"nl": "de zorgaanbieder", "en": "the provider"},
    "actor": {"nl": "Zorgaanbieder", "en": "Provider"},
    # a person who works for a care provider is a role word, never the provider's own
    # pseudonym: "de medewerker van de zorgaanbieder", not "de zorgaanbieder van de
    # zorgaanbieder" (ninth jurist, F5); a neutral word, since "wijkverpleegkundige" would
    # tell what care the resident gets (art. 9 AVG)
    "staff": {"nl": "Medewerker", "en": "Staff member"},
    "id": {"nl": "zorgaanbieder", "en": "care_provider"},
    # an organisation whose name shows religion or contact with the justice system
    "other": {"nl": "Organisatie", "en": "Organisation"},
}
#: the Jeugdwet's own word for a youth care provider (art. 1.1 Jeugdwet): a role, no name; kept
#: in a Jeugdwet case, which says it is one on every page (rev-jurist18 K7), never in another,
#: where it would tell that a child gets youth care (art. 9 AVG)
YOUTH_PROVIDER = {
    "organisation": {"nl": "de jeugdhulpaanbieder", "en": "the youth care provider"},
    "actor": {"nl": "Jeugdhulpaanbieder", "en": "Youth care provider"},
}
# an actor that stands for a group inside a care provider, not for one person in it
_GROUP = re.compile(
    r"team|afdeling|bestuur|directie|organisatie|instelling|praktijk|locatie|dienst|"
    r"department|board|organisation|organization|unit|service|practice",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"(?<=[.;!?])\s+")
# a full stop that ends an abbreviation or an initial, not a sentence ("Huisarts dr. Smit
# verwijst", "Huisarts P. de Wit": the sentence goes whole, never leaving "Smit verwijst")
_ABBREVIATION = re.compile(
    r"(?<![^\W_])(?:dr|drs|mr|mw|mevr|dhr|ir|ing|prof|bijv|ca|nr|art|geb|jr|sr|zgn|resp|"
    r"o\.a|e\.a|(?-i:[A-Z][a-z]?))\.$",
    re.IGNORECASE,
)


def _clauses(text: str) -> list[str]:
    """``text`` cut into its sentences and clauses, not after an abbreviation or initial."""
    out: list[str] = []
    for part in _CLAUSE.split(text):
        if out and _ABBREVIATION.search(out[-1]):
            out[-1] += " " + part
        else:
            out.append(part)
    return out


_JOIN = re.compile(r",\s+|\s+(?:en|and|maar|but)\s+")
# a personal name in brackets after a role: one to three words, the first a capital and
# lower-case letters ("(Sanne)", "(Jan de Vries)"), not an abbreviation ("(GGZ)")
_PERSON = re.compile(r"\s*\((?P<person>[A-Z][a-zà-ÿ]+(?:[ -][A-Za-zà-ÿ]+){0,2})\)")


_PARTICLE = r"(?:(?i:van|de|der|den|ten|ter|te|het|el|al|op|in)\s+)"
# the particles that, after a capitalised word, make it a first name and a surname ("Petra de
# Wit", "Said el Amrani"), where "Zorg van Rivierstad" and "Jeugd van de Regio" are roles
_NAME_PARTICLE = r"(?:(?:de|ter|ten|el|al|van der|van den)\s+)"
_TITLE = r"(?:(?i:mw|mevr|mevrouw|dhr|de heer|meneer|mr|mrs|ms|dr)\.?\s+)"
# a person named after a role without brackets (issue 16, a named person inside a public body):
# "Raadsonderzoeker P. de Wit", "Raadsonderzoeker Petra de Wit", "Jeugdbeschermer – Karin",
# and before it: "Mw. P. de Wit, raadsonderzoeker"; not "Directeur Sociaal Domein"
_PERSON_AFTER = (
    rf"{_TITLE}?(?:[A-Z]\.\s?){{1,3}}{_PARTICLE}*[A-Z][\w-]+"
    rf"|[A-Z][a-zà-ÿ]+\s+{_NAME_PARTICLE}[A-Z][\w-]+"
    rf"|{_TITLE}{_PARTICLE}*[A-Z][\w-]+"
)
_AFTER_ROLE = re.compile(
    rf"\s+(?:[–—]\s+(?P<dashed>{_TITLE}?[A-Z][a-zà-ÿ]+(?:\s+{_PARTICLE}*[A-Z][\w-]+)?)"
    rf"|(?P<person>{_PERSON_AFTER}))$"
)
_BEFORE_ROLE = re.compile(rf"^(?P<person>{_PERSON_AFTER}),\s+(?P<role>[a-zà-ÿ][\w -]+)$")


@lru_cache(maxsize=8192)  # every state names its actors again, every copy reads them
def staff_name(name: str) -> tuple[str, str | None]:
    """A staff actor's name without a personal name (in brackets, after a role with initials,
    a title or a particle, after a dash, or before the role and a comma), and that name.
    Each name is read once per process (issue 15).

    >>> staff_name("Raadsonderzoeker P. de Wit"), staff_name("Jeugdbeschermer – Karin")
    (('Raadsonderzoeker', 'P. de Wit'), ('Jeugdbeschermer', 'Karin'))
    >>> staff_name("Mw. P. de Wit, raadsonderzoeker"), staff_name("Directeur Sociaal Domein")
    (('Raadsonderzoeker', 'Mw. P. de Wit'), ('Directeur Sociaal Domein', None))
    """
    match = _PERSON.search(name)
    if match is not None:
        role = (name[: match.start()] + name[match.end() :]).strip()
        return (role, match.group("person")) if role else (name, None)
    if (before := _BEFORE_ROLE.match(name)) is not None:
        role = before.group("role").strip()
        return role[:1].upper() + role[1:], before.group("person")
    after = _AFTER_ROLE.search(name)
    if after is None or not name[: after.start()].strip():
        # "Consulent Jan Visser", "Klusbedrijf Jansen": the role or the kind of firm stays
        # "Zoon Daan (16)": the kinship word stays (hostile review 13, N1's second look)
        return role_person(name) or kin_person(name) or firm_owner(name) or (name, None)
    return name[: after.start()].strip(), after.group("dashed") or after.group("person")


def one_person(actor_name: str, org_name: str) -> bool:
    """Whether an actor named ``actor_name`` in the care provider ``org_name`` is one person
    in it ("Wijkverpleegkundige Zorggroep Anker"), not the provider or a group in it
    ("Zorggroep Anker", "GGZ-team Rivierland", "Raad van bestuur")."""
    org = {w.casefold() for w in re.findall(r"[^\W_]+", org_name)}
    own = [w for w in re.findall(r"[^\W_]+", actor_name) if w.casefold() not in org]
    return bool(own) and not any(_GROUP.search(w) for w in re.findall(r"[\w-]+", actor_name))


_Read = Callable[[str], tuple[re.Match[str], ...]]


def _reader() -> _Read:
    """The health phrases of a text, each text read once per cleaning: a sentence of one
    clause is read by _gone and again by _found (issue 15: the GP's rule, a77c7e0, read every
    sentence twice). Kept for one cleaning only, never across texts."""
    read: dict[str, tuple[re.Match[str], ...]] = {}

    def phrases(text: str) -> tuple[re.Match[str], ...]:
        if (found := read.get(text)) is None:
            found = read[text] = tuple(HEALTH.finditer(text))
        return found

    return phrases


def _found(clause: str, read: _Read) -> re.Match[str] | None:
    """The first health phrase in ``clause`` other than a GP (read per sentence: _gone)."""
    return next((m for m in read(clause) if not GP.search(m.group(0))), None)


def _gone(clauses: list[str], read: _Read) -> set[int]:
    """The clauses of the sentences in which a GP is no role: a visit or a referral
    ("huisartsbezoek"), or a GP in a sentence about someone (exports.anonymise_gp). Such a
    sentence goes whole, never its first clause alone ("zijn eigen bevoegdheid" with no one it
    refers to: hostile review 14, C5)."""
    gone: set[int] = set()
    start = 0
    for end, clause in enumerate(clauses):
        if clause.endswith(";") and end + 1 < len(clauses):
            continue  # the sentence goes on after a semicolon
        sentence = " ".join(clauses[start : end + 1])
        gps = [m.group(0) for m in read(sentence) if GP.search(m.group(0))]
        # a GP who is no role, or a provider giving care ("De zorgaanbieder neemt mevrouw op",
        # rev-hostile16c C3: the map's "GGZ Rivierland" is named by its role before this)
        role = not gps or (all(GP_ROLE.fullmatch(g) for g in gps) and about_no_one(sentence))
        if not role or care_given(sentence):
            gone.update(range(start, end + 1))
        start = end + 1
    return gone


def _sentences(clauses: list[str]) -> list[range]:
    """The clauses of each sentence: a sentence goes on after a semicolon."""
    out: list[range] = []
    start = 0
    for end, clause in enumerate(clauses):
        if clause.endswith(";") and end + 1 < len(clauses):
            continue
        out.append(range(start, end + 1))
        start = end + 1
    return out


def _law(clauses: list[str]) -> set[int]:
    """The clauses of the sentences that cite a statute and are about no one: their health
    words name what the law is about (exports.anonymise_law, hostile look 15, H8)."""
    out: set[int] = set()
    for part in _sentences(clauses):
        sentence = " ".join(clauses[part.start : part.stop])
        if law_about_no_one(sentence) and not any(
            REASON.search(sentence, 0, m.start()) for m in HEALTH.finditer(sentence)
        ):
            out.update(part)  # not "… wegens ADHD": the reason for what someone gets
    return out


@lru_cache(maxsize=8192)  # the check reads each text of every state and output (issue 15)
def without_law(text: str) -> str:
    """``text`` without its legal sentences about no one, as the copy's check reads it (once
    per process: time ``without_law.__wrapped__``)."""
    clauses = _clauses(text)
    law = _law(clauses) - _gone(clauses, _reader())
    return " ".join(c for i, c in enumerate(clauses) if i not in law) if law else text


@lru_cache(maxsize=8192)  # a map's texts recur in every snapshot's state and in each output
def health_in(text: str) -> re.Match[str] | None:
    """The first phrase in ``text`` that speaks of health, or None: what :data:`HEALTH`
    finds, less a GP as a role in a sentence about no one (exports.anonymise_gp). Each text
    is searched once per process (issue 15: the search was an eighth of the anonymiser's
    time, the same texts in every state and every export)."""
    if (first := HEALTH.search(text)) is None and care_given(text) is None:
        return None
    clauses = _clauses(text)
    read = _reader()
    gone = _gone(clauses, read)
    law = _law(clauses) - gone
    for i, clause in enumerate(clauses):
        if i in law:
            continue
        found = next(iter(read(clause)), None) if i in gone else _found(clause, read)
        if found is not None:
            return found
    if first is None:  # care given to someone by a provider (rev-hostile16c C3)
        said = (" ".join(clauses[p.start : p.stop]) for p in _sentences(clauses))
        return next((m for s in said if (m := care_given(s)) is not None), None)
    return None if GP.search(first.group(0)) or law else first


@lru_cache(maxsize=8192)  # a decision, a power's name, a tag: in every state and output
def health_word(text: str) -> bool:
    """Whether :data:`HEALTH` finds a word of health in ``text`` (a needed decision, a
    power's name, a tag), searched once per process (issue 15: a search of the example's
    decisions took 15-50 µs, for every state of every anonymised copy)."""
    return HEALTH.search(text) is not None


def _trimmed(clause: str, read: _Read) -> str | None:
    """The part of ``clause`` before the phrase that speaks of health, when that part is a
    sentence of its own (at least four words), ended with a full stop; else None."""
    health = _found(clause, read)
    if health is None:
        return clause
    cuts = [m.start() for m in _JOIN.finditer(clause, 0, health.start())]
    if not cuts:
        return None
    head = clause[: cuts[-1]].rstrip(" ,;")
    return head + "." if len(head.split()) >= 4 else None


def _care_named(text: str) -> str:
    """``text`` with each sentence that names a care organisation and no person said with
    the organisation's role (exports.anonymise_care_org, rev-hostile16b N2); else as it is."""
    if CARE_ORG.search(text) is None:
        return text
    clauses = _clauses(text)
    said = [" ".join(clauses[p.start : p.stop]) for p in _sentences(clauses)]
    named = [care_named(s) or s for s in said]
    return " ".join(named) if named != said else text


@lru_cache(maxsize=8192)  # every state of the timeline repeats its notes (issue 15)
def without_health(text: str, *, trim: bool = False) -> str:
    """``text`` without the sentences and clauses that speak of health; with ``trim``, a
    sentence keeps what it says before the health phrase (an intent keeps its aim). A
    sentence with a GP goes whole unless it is about no one (exports.anonymise_gp); one
    that names a care organisation and no person keeps it by its role ("de zorgaanbieder").
    Each text is read once per process (time ``without_health.__wrapped__``)."""
    text = _care_named(text)
    clauses = _clauses(text)
    read = _reader()
    gone = _gone(clauses, read)
    law = _law(clauses) - gone  # "… (art. 7:1 Wvggz)." about no one stays (H8)
    if trim:
        trimmed = [(i, c if i in law else _trimmed(c, read)) for i, c in enumerate(clauses)]
        kept = [(i, t) for i, t in trimmed if t is not None and i not in gone]
    else:
        # a clause whose health is only its leading cause keeps the rest (15b B7: "Er is een
        # huurachterstand van € 4.200 ontstaan"), a sentence with a GP about someone never
        cut = [
            (i, c if i in law or not _found(c, read) else without_cause(c))
            for i, c in enumerate(clauses)
            if i not in gone
        ]
        kept = [(i, c) for i, c in cut if c is not None]
    out: list[str] = []
    last = -1
    for i, clause in kept:
        # a clause that followed its neighbour in the text keeps its letter ("Anna V. belde",
        # "art. 4"): only one that now follows a left-out one starts a sentence (review 10)
        joined = bool(out) and i == last + 1
        last = i
        if out and out[-1].endswith(";") and not clause[:1].islower():
            out[-1] = out[-1][:-1] + "."
            joined = False
        if out and not joined and out[-1].endswith(".") and clause[:1].islower():
            clause = clause[:1].upper() + clause[1:]
        out.append(clause)
    if out and out[-1].endswith(";"):
        out[-1] = out[-1][:-1] + "."
    if out and text[:1].isupper():  # the first sentence left out: the next one starts it
        out[0] = out[0][:1].upper() + out[0][1:]
    return " ".join(out)
