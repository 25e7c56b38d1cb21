"""Actor names in running text: in Dutch a role takes its article ("de manager Werk en
Inkomen", "het college van B&W"); a person or a proper name does not ("Mevrouw Jansen",
"Rivierstad Dagblad").

:meth:`mapper.graph.Graphs.name` returns a :class:`Name`: a plain ``str`` (the name as on the
map, for routes, tables and English), which the message catalogue renders in Dutch running
text with the article.

Examples
--------
>>> from models import ActorKind
>>> n = Name.of("Manager Werk en Inkomen", ActorKind.MANAGER)
>>> str(n), n.running("nl"), n.running("en")
('Manager Werk en Inkomen', 'de manager Werk en Inkomen', 'the Manager Werk en Inkomen')
>>> n.link  # a link of a chain (``A → B``), in both languages
'manager Werk en Inkomen'

>>> Name.of("College van B&W", ActorKind.ADMINISTRATOR).running("nl")
'het college van B&W'
>>> Name.of("College van B&W", ActorKind.ADMINISTRATOR).forms("en")
('the municipal executive (College van B&W)', 'the executive')
>>> Name.of("Moeder", ActorKind.CITIZEN).running("en"), n.forms("en")[1]
('the Moeder', 'the manager')
>>> Name.of("GGZ-team Rivierland", ActorKind.PARTNER).running("nl")
'het GGZ-team Rivierland'
>>> Name.of("Dagelijks bestuur Kredietbank Rivierland", ActorKind.ADMINISTRATOR).running("nl")
'het dagelijks bestuur van Kredietbank Rivierland'
>>> Name.of("Dagelijks bestuur Werkbedrijf", ActorKind.ADMINISTRATOR).running("nl")
'het dagelijks bestuur van het Werkbedrijf'
>>> Name.of("Moeder", ActorKind.CITIZEN).running("nl")
'de moeder'
>>> Name.of("Mevrouw Jansen", ActorKind.CITIZEN).running("nl")
'mevrouw Jansen'
>>> Name.of("Oudere inwoner", ActorKind.CITIZEN).running("nl")
'de oudere inwoner'
>>> Name.of("Huishouden met schulden", ActorKind.CITIZEN).running("nl")
'het huishouden met schulden'
>>> Name.of("Onafhankelijke cliëntondersteuner", ActorKind.PROFESSIONAL).running("nl")
'de onafhankelijke cliëntondersteuner'
>>> Name.of("Iemand dicht bij het gezin", ActorKind.CITIZEN).running("nl")
'iemand dicht bij het gezin'
>>> Name.of("Rivierstad Dagblad", ActorKind.MEDIA).running("nl")
'Rivierstad Dagblad'
>>> Name.of("Gemeentelijke ombudsman", ActorKind.OVERSIGHT).running("nl")
'de gemeentelijke ombudsman'
>>> sentences("Dat loopt vast. de wethouder beslist.")
'Dat loopt vast. De wethouder beslist.'

A long role has a short form, its role alone (jurist L3, L-d; said once in full by
:mod:`mapper.name_once`):

>>> [Name.of(n, ActorKind.ADMINISTRATOR).short for n in ("College van B&W", "Wethouder Zorg")]
['het college', 'de wethouder']
>>> Name.of("Gemeentelijke ombudsman Rivierland", ActorKind.OVERSIGHT).short
'de gemeentelijke ombudsman'

An actor named as its organisation keeps its capitals, like the organisation (jurist L4):

>>> Name.of("Woningcorporatie Thuisplus", ActorKind.PARTNER, proper=True).running("nl")
'Woningcorporatie Thuisplus'

A person is "who" in English, an organisation or a body "which" (:meth:`Name.who`):

>>> [Name.of(n, k).who("en") for n, k in (("Mevrouw Jansen", ActorKind.CITIZEN),
...  ("Rivierstad Dagblad", ActorKind.MEDIA), ("Gemeenteraad", ActorKind.COUNCIL),
...  ("Schuldhulpverlener Kredietbank", ActorKind.PARTNER))]
['who', 'which', 'which', 'who']

A name is named as typed in an English sentence too, a form of address included: the text
under a plate that reads "Mevrouw Jansen" says "Mevrouw Jansen", never "Ms Jansen" (new user,
eleventh round; the adviser of session 10 had asked for "Ms"):

>>> [Name.of(n, ActorKind.CITIZEN).running("en") for n in ("Mevrouw Jansen", "Familie de Vries")]
['Mevrouw Jansen', 'Familie de Vries']
>>> Name.of("College van B&W", ActorKind.ADMINISTRATOR).who("nl")
'dat'
"""

from __future__ import annotations

import re
from functools import lru_cache

from mapper.role_words import english_role, english_short
from mapper.wording import keeps_capital, quoted
from models.enums import ActorKind

__all__ = [
    "Name",
    "agreement_name",
    "article",
    "is_body",
    "organisation_name",
    "provider_kind",
    "sentences",
    "with_article",
]

# role nouns (and the endings of compounds such as "inkomensconsulent") with their article
# adjectives before the role noun ("Dagelijks bestuur Kredietbank", "Intern begeleider")
_ADJECTIVES = frozenset({"dagelijks", "algemeen", "intern", "extern"})
_HET = ("college", "team", "bestuur", "ministerie", "kabinet", "loket", "kantoor", "wijkteam")
_DE = (
    "wethouder", "burgemeester", "secretaris", "manager", "leider", "consulent", "regisseur",
    "directeur", "raad", "ombudsman", "ombudsvrouw", "voorzitter", "verlener", "corporatie",
    "deurwaarder", "medewerker", "afdeling", "jurist", "huisarts", "agent", "coördinator",
    "behandelaar", "uitvoerder", "coach", "toezichthouder", "inspectie", "rechter", "griffier",
    "controller", "adviseur", "ambtenaar", "beheerder", "dienst", "commissie", "fractie",
    "gemeente", "provincie", "verhuurder", "werkgever", "hulpverlener", "begeleider",
    "ondersteuner", "invorderaar", "leerkracht", "voogd", "mentor", "wijkagent", "kundige",
    "aanbieder", "wetenschapper", "psycholoog", "pedagoog", "arts", "therapeut",
)  # fmt: skip


# a body named by its organisation without "van" ("Dagelijks bestuur Kredietbank")
_OF_BODY = re.compile(r"^(het (?:dagelijks|algemeen) bestuur) (?!van |der |de |het )(?=[A-Z])")


def _of_body(found: re.Match[str]) -> str:
    """ "het dagelijks bestuur van " and the organisation's article where it takes one ("van
    het Werkbedrijf", "van de Jeugdregio"; a proper name such as "Kredietbank Rivierland" none)."""
    rest = found.string[found.end() :]
    word = _organisation_article(rest)
    return f"{found.group(1)} van {word + ' ' if word else ''}"


# forms of address, written in lower case inside a sentence (jurist L4)
_ADDRESS = ("mevrouw", "meneer", "buurman", "buurvrouw", "familie", "dokter", "iemand")

# a resident named by a role ("Inwoner", "Oudere inwoner", "Inwoner 2") takes "de" too
_RESIDENT = ("inwoner", "bewoner", "huurder", "mantelzorger")
_HOUSEHOLD = ("huishouden", "gezin")
# "Ouders en kind": "de ouders en kind"; "Moeder": "de moeder" (jurist, seventh round W14)
_PARENTS = ("ouders", "ouder", "moeder", "vader", "pleegouder", "pleegmoeder", "pleegvader")
# the second of two parties a resident's name joins ("Ouders en kind"), with its article
_SECOND = {"kind": "het", "kinderen": "de", "jongere": "de", "jeugdige": "de", "moeder": "de",
           "vader": "de", "ouders": "de", "partner": "de", "gezin": "het"}  # fmt: skip
_BOTH = re.compile(rf"^((?:de|het) \w+) en ({'|'.join(_SECOND)})$")


@lru_cache(maxsize=65536)  # an analysis names the same actors thousands of times
def article(name: str, kind: ActorKind | None = None) -> str:
    """``de``/``het`` when ``name`` starts with a role noun, else "" (a person, a proper name)."""
    if not name.strip():
        return ""
    words = name.casefold().split()
    if words[0] in ("de", "het", "een"):  # already with its article ("de zorgaanbieder")
        return ""
    # the role noun, or the noun after an adjective ("Gemeentelijke ombudsman")
    adjective = words[0].endswith("e") or words[0] in _ADJECTIVES
    for first in words[:2] if adjective and len(words) > 1 else words[:1]:
        first = first.split("-")[-1]
        if kind is ActorKind.CITIZEN:  # a person has no article, a resident by role has
            if first in _RESIDENT:
                return "de"
            if first in _HOUSEHOLD:
                return "het"
            if first in _PARENTS:
                return "de"
            continue
        if first.endswith(_HET):  # equal to a noun or ending in one
            return "het"
        if first.endswith(_DE):
            return "de"
    return ""


# the head nouns of agreements that take "het"; every other agreement takes "de"
_HET_AGREEMENT = (
    "convenant", "protocol", "akkoord", "contract", "arrangement", "reglement", "statuut",
    "plan", "handvest", "verdrag",
)  # fmt: skip


def with_article(name: str, lang: str) -> str:
    """An agreement's name inside a sentence, with its article (jurist, fourth round N7),
    between quotes as a power's name is (session 12): "de ‘Doorbraakafspraak schulden
    Rivierland 2025’", "het ‘Convenant voorkomen huisuitzettingen 2024’", "the
    ‘Doorbraakafspraak …’".

    >>> with_article("Convenant voorkomen huisuitzettingen Rivierstad 2024", "nl")
    'het ‘Convenant voorkomen huisuitzettingen Rivierstad 2024’'
    >>> with_article("Raamovereenkomst Wmo-ondersteuning 2026", "en")
    'the ‘Raamovereenkomst Wmo-ondersteuning 2026’'
    """
    if not name.strip():
        return name
    if lang != "nl":
        return f"the {quoted(name)}"
    head = name.split()[0].split("-")[-1].casefold()
    return f"{'het' if head.endswith(_HET_AGREEMENT) else 'de'} {quoted(name)}"


class Name(str):
    """An actor's name as on the map; :meth:`running` gives it for inside a sentence."""

    dutch: str
    short: str  # "de consulent" for "de consulent wijkteam (Sanne)"; "" when no shorter
    english: str  # set for the English role words of an anonymised note (_ROLE_EN)
    _english: tuple[str, str]  # forms("en"), kept once worked out
    body: bool = False  # an organisation or a body: "which" in English, not "who"

    @classmethod
    def of(cls, name: str, kind: ActorKind | None = None, *, proper: bool = False) -> Name:
        """The name of an actor of ``kind``; ``proper``: the actor bears its organisation's
        name ("Woningcorporatie Thuisplus"), a proper name that keeps its capitals."""
        made = cls(name)
        made.short = ""
        # an anonymised provider is an organisation, a resident a person
        role_en = _ROLE_EN.match(name)
        body = name.startswith(("Provider", "Care provider", "Youth care provider"))
        made.body = proper or (body if role_en else is_body(name, kind))
        if _ROLE_EN.match(name):  # an anonymised note's English role word (user review 6, 3)
            made.dutch = made.english = f"the {name[:1].lower()}{name[1:]}"
            return made
        word = "" if proper else article(name, kind)
        if proper and provider_kind(name):  # the copy's "Zorgaanbieder" actor (jurist 15, J21)
            made.dutch = f"de {name[:1].lower()}{name[1:]}"
        elif proper:
            made.dutch = name
        elif not word and name.split(" ", 1)[0].casefold() in _ADDRESS and " " in name:
            made.dutch = name[:1].lower() + name[1:]
        elif not word:
            made.dutch = name
        else:
            head = name.split()[0]
            acronym = keeps_capital(head)  # "GGZ-team", "Wmo-consulent" keep their capitals
            made.dutch = f"{word} {name if acronym else name[:1].lower() + name[1:]}"
            # "het dagelijks bestuur van Kredietbank Rivierland": the body of an organisation
            # (jurist, third round L4)
            made.dutch = _OF_BODY.sub(_of_body, made.dutch)
            made.short = _short(made.dutch)
            if _NEUTRAL_STAFF.match(name):  # not "de medewerker": the municipality's own?
                made.short = ""
            # "Ouders en kind": two parties, each with its article (jurist 15, J20)
            if (both := _BOTH.match(made.dutch)) is not None:
                made.dutch = f"{both.group(1)} en {_SECOND[both.group(2)]} {both.group(2)}"
        return made

    def running(self, lang: str) -> str:
        """The name inside a sentence in ``lang`` (Dutch: with the article of a role)."""
        if lang == "nl":
            return getattr(self, "dutch", str(self))
        return self.forms(lang)[0]  # "the manager Werk en Inkomen" (jurist L4 in English too)

    @property
    def link(self) -> str:
        """The name as a link of a chain inside a sentence, the same in both languages: a role
        in lower case without its article ("college van B&W → gemeentesecretaris → consulent
        wijkteam (Sanne)"), a person or a proper name as on the map."""
        dutch = getattr(self, "dutch", str(self))
        head, _, rest = dutch.partition(" ")
        return rest if head in ("de", "het") and rest else dutch

    def forms(self, lang: str) -> tuple[str, str]:
        """The name in full inside a sentence and its role alone ("" when none): in Dutch
        "de wethouder Sociaal Domein" and "de wethouder"; in English see
        :func:`_english_forms` ("the Wethouder Sociaal Domein", "the alderman")."""
        if lang == "nl":
            return getattr(self, "dutch", str(self)), getattr(self, "short", "")
        made: tuple[str, str] | None = self.__dict__.get("_english")
        if made is None:  # worked out once per name (issue 15, map21: asked for every text)
            if hasattr(self, "english"):
                made = (self.english, "")
            else:
                made = _english_forms(str(self), getattr(self, "dutch", str(self)))
            self._english = made
        return made

    def who(self, lang: str) -> str:
        """The relative pronoun after the name: "who" for a person, "which" for an
        organisation or a body; in Dutch "dat" after a "het" word, else "die"."""
        if lang == "nl":
            return "dat" if self.running("nl").startswith("het ") else "die"
        return "which" if self.body or _COLLEGE.match(self.running("nl")) else "who"

    def link_in(self, lang: str) -> str:
        """:attr:`link` in ``lang``: in English the name as on the map ("College van B&W →
        Gemeentesecretaris"), never a Dutch role word in lower case (new user, seventh
        round, 7)."""
        if lang == "nl":
            return self.link
        if hasattr(self, "english"):
            return self.english.removeprefix("the ")
        return str(self)


# the bodies of a joint arrangement (Wgr) in English
_BOARDS = {"dagelijks": "executive board", "algemeen": "general board"}


@lru_cache(maxsize=65536)
def _english_forms(name: str, dutch: str) -> tuple[str, str]:
    """The English (full, short) forms of an actor named ``name`` ("de …" in Dutch): the
    college by its English name with the Dutch once (new user 6); a role as a name, as on
    the map ("the Gemeentesecretaris", never "the municipal secretary": new user, tenth round,
    N6), with its English role alone as the short form where that is shorter ("the
    Teamleider Wijkteam Noord", "the team leader"); a person or a proper name as on the map
    (new user, seventh round, 7), a form of address included ("Mevrouw Jansen", not "Ms
    Jansen": new user, eleventh round)."""
    if _COLLEGE.match(dutch):
        return f"the municipal executive ({name})", "the executive"
    head = dutch.split(" ", 1)[0]
    if head not in ("de", "het") or " " not in dutch:
        return name, ""
    board, _, rest = name.partition(" bestuur")
    if board.casefold() in _BOARDS:  # "the executive board of Kredietbank Rivierland"
        short = f"the {_BOARDS[board.casefold()]}"
        return (f"{short} of {rest.strip()}" if rest.strip() else short), short
    # a name is named as typed, also one in role words only ("Wijkcoach" is no
    # "neighbourhood coach": new user, tenth round, N6), and then every time: its English
    # would be no shorter, only another name; a longer one by its role after the first time
    # ("the Teamleider Wijkteam Noord", "the team leader"; "the Directeur 2.1", "the Directeur")
    if english_role(name) is not None:
        return f"the {name}", ""
    short = english_short(name)
    return f"the {name}", f"the {short}" if short else ""


# the college of a municipality: in English "the municipal executive (college van B&W)",
# then "the executive" (as the note's "The Municipal Executive" and "The Executive decides")
_COLLEGE = re.compile(
    r"het college(?: van (?:B&W|burgemeester en wethouders)(?: van \w+)?)?\Z", re.IGNORECASE
)

# a provider's staff member named by the neutral word in an anonymised note (exports.anonymise)
_NEUTRAL_STAFF = re.compile(r"(?:\w+ )?medewerker van de zorgaanbieder(?: \d+)?\Z", re.I)

# the English role words an anonymised note or deck names residents and care providers by
# (exports.anonymise): "the resident distrusts…", "a decision of the provider"
# and a provider's staff member by role ("Director of the provider": new user 12b, C3)
_ROLE_EN = re.compile(
    r"(?:Resident|Provider|(?:Youth c|C)are provider|Staff member|[A-Z][a-z]*(?: [a-z]+)* of the "
    r"(?:youth care )?provider)(?: \d+)?\Z"
)


def agreement_name(name: str) -> Name:
    """An agreement's name as a value of a finding's text: inside a Dutch sentence with its
    article (:func:`with_article`), keeping its capital as a proper name (jurist N7).

    >>> agreement_name("Doorbraakafspraak schulden Rivierland 2025").running("nl")
    'de ‘Doorbraakafspraak schulden Rivierland 2025’'
    >>> agreement_name("Escalatieprotocol wijkteams").running("en")
    'the ‘Escalatieprotocol wijkteams’'
    """
    made = Name(name)
    made.short = ""
    made.body = True
    made.dutch = with_article(name, "nl")
    made.english = with_article(name, "en")
    return made


# organisations whose name is a common noun with a place: "de Belastingsamenwerking", "de
# Jeugdregio", "het Werkbedrijf" (jurist, seventh round W14); a proper name keeps none
_ORGANISATION_DE = ("samenwerking", "dienst", "uitvoeringsorganisatie", "omgevingsdienst", "regio")
_ORGANISATION_HET = ("werkbedrijf", "leerwerkbedrijf", "sociaal werkbedrijf")
# an adjective that opens an organisation's descriptive name ("Regionale", "Gemeentelijke")
_ADJECTIVE_ENDS = ("ale", "lijke", "ische", "ele")


def _organisation_article(name: str) -> str:
    """``de``/``het`` for an organisation named by a common noun, else "": also one named by
    an adjective before it ("het bestuur van de Regionale inkooporganisatie jeugd", not "van
    Regionale inkooporganisatie jeugd": rev-jurist16 J20).

    >>> _organisation_article("Regionale inkooporganisatie jeugd")
    'de'
    """
    words = name.split()
    if len(words) > 1 and words[1].islower() and words[0].casefold().endswith(_ADJECTIVE_ENDS):
        name = " ".join(words[1:])
        if name.split(" ", 1)[0].endswith("organisatie"):
            return "de"
    head = name.split(" ", 1)[0].split("-")[-1].casefold()
    if head.endswith(_ORGANISATION_HET):
        return "het"
    return "de" if head.endswith(_ORGANISATION_DE) else ""


# the nouns of an organisation or a body, not a person: "which" in English ("Rivierstad
# Dagblad, which", "the municipal council, which"), never "who"
_BODY_NOUNS = (
    "college", "team", "bestuur", "ministerie", "kabinet", "loket", "kantoor", "raad",
    "afdeling", "inspectie", "dienst", "commissie", "fractie", "gemeente", "provincie",
    "corporatie", "stichting", "vereniging", "organisatie", "instelling", "bureau", "bank",
    "dagblad", "krant", "omroep", "regio", "samenwerking", "werkbedrijf", "zaken",
)  # fmt: skip


def is_body(name: str, kind: ActorKind | None = None) -> bool:
    """Whether the actor ``name`` is an organisation or a body rather than a person: a role
    whose head noun is a body ("Gemeenteraad", "Team Juridische Zaken", "GGZ-team"), or a
    proper name holding one ("Rivierstad Dagblad"); a resident is always a person."""
    if kind is ActorKind.CITIZEN or not name.strip():
        return False
    words = [w.split("-")[-1] for w in name.casefold().split()]
    if words[0] in _ADJECTIVES | {"gemeentelijke"} and len(words) > 1:
        words = words[1:]
    if article(name, kind):  # a role: its head noun decides ("Schuldhulpverlener Kredietbank")
        return words[0].endswith(_BODY_NOUNS)
    return any(w.endswith(_BODY_NOUNS) for w in words)


def organisation_name(name: str) -> Name:
    """An organisation's name inside a Dutch sentence: a name that is a common noun takes its
    article ("het bestuur van de Belastingsamenwerking"; jurist N7), a proper name does not
    ("Kredietbank Rivierland", "GGZ Rivierland").

    >>> organisation_name("Belastingsamenwerking").running("nl")
    'de Belastingsamenwerking'
    >>> organisation_name("GGZ Rivierland").running("nl")
    'GGZ Rivierland'
    """
    made = Name(name)
    made.short = ""
    made.body = True
    word = _organisation_article(name)
    made.dutch = f"{word} {name}" if word else name
    if provider_kind(name):  # the copy's "Zorgaanbieder 2": "de zorgaanbieder 2" (J21)
        made.dutch = f"de {name[:1].lower()}{name[1:]}"
    return made


# an organisation the anonymised copy names by its kind ("Zorgaanbieder", "Zorgaanbieder 2")
_PROVIDER = re.compile(r"(?:Zorg|Jeugdhulp)aanbieder(?: \d+)?")


def provider_kind(name: str) -> bool:
    """Whether an organisation is named only by its kind, as the anonymised copy names a
    care provider ("Zorgaanbieder 2"): a common noun that takes its article in a sentence."""
    return _PROVIDER.fullmatch(name) is not None


def _short(dutch: str) -> str:
    """The role alone of a role's name with its article: "de consulent" of "de consulent
    wijkteam (Sanne)", "het college" of "het college van B&W"; "" when that is no shorter or
    the head is an acronym ("het GGZ-team Rivierland" stays whole)."""
    words = dutch.split()
    if len(words) < 3 or any(c.isupper() for c in words[1]):
        return ""
    # "de gemeentelijke ombudsman": an adjective before the role noun ("college" is none)
    adjective = words[1] in _ADJECTIVES or (words[1].endswith("e") and bool(article(words[2])))
    size = 3 if adjective else 2
    if size == 3 and (len(words) < 4 or any(c.isupper() for c in words[2])):
        return ""
    return " ".join(words[:size]) if len(words) > size else ""


_START = re.compile(
    r"([.!?]\s+)(de|het|the|mevrouw|meneer|buurman|buurvrouw|familie|dokter|iemand) "
)


def sentences(text: str) -> str:
    """A sentence that starts with an inserted article starts with a capital (in English
    too: "… the case. The manager Werk en Inkomen …").

    >>> sentences("It stops. the consulent waits.")
    'It stops. The consulent waits.'
    """
    return _START.sub(lambda m: f"{m.group(1)}{m.group(2).capitalize()} ", text)
