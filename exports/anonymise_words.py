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

from exports.anonymise_gp import GP, GP_ROLE, about_no_one
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
    "one_person",
    "staff_name",
    "without_health",
    "without_law",
]

# words that show health data or another special category of personal data (art. 9 AVG:
# health, pregnancy, disability, addiction, ethnic origin, religion, political opinion, union
# membership, sexual life, genetic and biometric data) or criminal data (art. 10 AVG); a
# sentence with one of them leaves a note, reason or label (hostile review 5, B3 1). Stems
# match at the start of a word ("psychose", "psychotisch"), infixes inside a compound too
# ("gokverslaving", "angststoornis"); a word that also has an innocent meaning in case work is
# matched in its sensitive phrase only ("verstandelijke beperking", not "een beperking van het
# mandaat"; "crisisopname", not "opname in het register"). "zorg" only on its own, not in
# "zorgverzekeraar".
_STEMS = (
    # health and care
    "ggz", "gezondheid", "psychisch", "psychiatr", "psycho", "verslav", "verslaaf", "medisch",
    "ziek", "behandelaar", "behandelplan", "behandeltraject", "diagnos",
    "depress", "burn-?out", "schizo", "adhd", "autis", "alcohol",
    "drugs", "coca[iï]n", "hero[iï]n", "cannabis", "methadon", "medicatie", "medicijn",
    "antidepressiva", "huisarts", "arts", "artsen", "dokter", "therapeut", "dementi", "dement",
    "alzheimer", "parkinson", "epilep", "diabet", "kanker", "tumor", "chemo", "hiv", "aids",
    "soa", "hepatitis", "su[iï]cid", "zelfmoord", "zelfdoding", "zelfbeschadig", "trauma",
    "ptss", "borderline", "bipola", "manisch", "anorexia", "boulimia", "hersenletsel", "nah",
    "verpleeg", "thuiszorg", "wijkverpleg", "revalid", "hospice", "kliniek", "klinisch",
    "ziekenhuis", "lvb", "verstandelijk", "psychiater",
    # a patient, medicines for ADHD, burn-out in ordinary words, an injury (hostile review 15b,
    # B5: 'Zoon slikt Ritalin' and 'Mevrouw is overspannen' were kept; these words were a
    # second list for file names only)
    "pati[eë]nt", "ritalin", "methylfenidaat", "concerta", "dexamfetamine", "whiplash",
    "overspannenheid",
    # complaints, long-term care and disability benefits (hostile review 6 N1)
    "hartklacht", "hartfal", "hartinfarct", "hartaanval", "hartritme", "hartproblem",
    "hartziekte", "hartpati", "hartoperatie", "herseninfarct", "beroerte", "astma", "copd",
    "rugklacht", "nekklacht", "longklacht", "maagklacht", "darmklacht", "pijnklacht",
    "hoofdpijnklacht", "vermoeidheidsklacht", "stressklacht", "angstklacht", "paniekklacht",
    "paniekaanval", "slaapproblem", "gezondheidsklacht", "lichamelijke klacht",
    "wlz-?indicatie", "wlz-?zorg", "wlz-?instelling", "zorgindicatie", "zorgzwaarte",
    "wajong", "arbeidsongeschikt", "arbeidsbeperking", "vrouwenopvang", "blijf-van-mijn-lijf",
    "beschermd wonen", "beschermde woonvorm",
    # pregnancy and disability
    "zwanger", "bevalling", "miskraam", "abortus", "kraamzorg", "handicap", "gehandicapt",
    "invalide", "rolstoel", "slechtziend", "slechthorend", "doofheid", "doofblind", "blindheid",
    "doventolk", "blindengeleide",
    # ethnic origin, religion, opinions, union, sexual life, genetic and biometric data
    "etnisch", "etniciteit", "afkomst", "migratieachtergrond", "huidskleur", "allochto", "ras",
    "turks", "turkse", "marokka", "surinam", "surinaa", "statushouder", "ongedocumenteerd",
    "asielzoek", "parochi", "antilliaan", "syrisch", "syri[eë]", "eritre",
    "somali", "afghaa", "iraaks", "iraakse", "iraans", "iraanse", "religi",
    "geloofsovertuiging", "gelovig", "moslim", "islam", "christelijk", "christen",
    "kerkelijk", "katholiek", "protestant", "joods", "jodendom", "hindoe", "boeddhis", "moskee",
    "kerk", "synagoge",
    "hoofddoek", "ramadan", "imam", "jehova", "gereformeerd", "levensbeschouw", "vakbondslid",
    "seksu", "geaardheid", "homo", "homoseksu", "homofiel", "lesbi", "biseks", "transgender",
    "lhbt", "transseks", "prostitu", "sekswerk", "genetisch", "dna", "vingerafdruk", "biometri",
    # criminal data (art. 10 AVG)
    "strafblad", "veroordeel", "veroordeling", "gedetineerd", "detentie", "gevangenis",
    "gevangenschap", "reclassering", "delict", "misdrijf", "strafzaak", "strafrecht", "taakstraf",
    "enkelband",
    "justitiabel", "celstraf", "tbs", "mishandel",
    # English
    "health", "medical", "mental", "psychiatric", "addict", "treatment", "illness", "disease",
    "pregnan", "disab", "cancer", "sickness", "medication", "hospital", "clinic", "religio",
    "muslim", "jewish", "ethnic", "sexual", "convicted", "prison", "miscarriage",
)  # fmt: skip
# stems that may only start a word when they are short or have an innocent longer word
_WHOLE = {"afkomst", "arts", "nah", "ras", "soa", "dna", "tbs", "hiv", "aids", "lvb",
          "homo", "concerta", "kerk", "dement", "drugs", "adhd", "ciz", "wao", "wia",
          "gp", "doctor", "sick"}  # fmt: skip
# named mental-health and addiction institutions (a name is a health fact: hostile review 6 N1);
# whole words only, so that a painter's street ("Mondriaanlaan") stays
INSTITUTIONS = (
    "parnassia", "jellinek", "arkin", "altrecht", "lentis", "dimence", "tactus", "brijder",
    "novadic", "kentron", "iriszorg", "emergis", "yulius", "accare", "mondriaan", "antes",
    "rivierduinen", "pro persona", "ggz ingeest", "ggnet", "reinier van arkel", "bavo europoort",
    "verslavingszorg noord nederland", "vnn", "leger des heils", "de hoop ggz",
    "mentrum", "fivoor", "de forensische zorgspecialisten", "kijvelanden",
    # domestic violence, forensic and youth psychiatry, addiction (hostile review 7, F2); a
    # name that is also a word only with its capital ("het karakter van de regeling" stays,
    # and "niet meer veilig thuis wonen" too: new user, twelfth round B9)
    "(?-i:[Vv]eilig Thuis|VEILIG THUIS)", "blijf groep", "levvel", "(?-i:[Dd]e Waag)",
    "(?-i:Karakter)",
)  # fmt: skip
# political parties: a political opinion (art. 9 AVG) in a phrase about a person only ("stemt
# PVV", "lid van de VVD", "PVV-stemmer"); a party named in a council's motion stays
_PARTIES = (
    r"pvv|vvd|cda|d66|groenlinks|pvda|sp|fvd|forum\s+voor\s+democratie|ja21|bbb|"
    r"christenunie|sgp|pvdd|partij\s+voor\s+de\s+dieren|denk|volt|bij1|nsc|50plus"
)
_INFIX = (
    "verslav", "verslaaf", "stoornis", "psychiatr", "psychisch", "psychose", "psychot",
    "schizofren", "depress", "dementie", "kanker", "diagnos", "medicatie", "medicijn",
    "su[iï]cid", "zelfmoord", "zwanger", "epilep", "diabet", "alzheimer", "parkinson", "autis",
    "handicap", "therapie", "ziekenhuis", "huisarts", "thuiszorg", "alcohol", "ggz",
    "opname", "opgenomen geweest", "functiebeperking", "addiction",
)  # fmt: skip
_PHRASES = (
    r"(?:verstandelijke|lichamelijke|auditieve|visuele|psychische|fysieke)\s+beperking",
    r"opgenomen\s+geweest", r"huiselijk\s+geweld", r"politieke\s+(?:voorkeur|overtuiging)",
    r"criminal\s+record", r"general\s+practitioners?",
    # words with an everyday meaning in case work ("behandelt de aanvraag", "draagt zorg
    # voor", "ik geloof", "blinde vlek", "gevangen in regels", "verdachte transactie", "Roma
    # en Sinti" in a policy): only in the phrase that tells about a person (hostile review 6 N2)
    r"onder\s+behandeling", r"in\s+behandeling\s+(?:bij|van)\s+(?:een|de|het)?\s*(?:"
    r"psycholo|psychiater|arts|specialist|therapeut|behandelaar|ziekenhuis|kliniek)\w*",
    r"(?:medische|psychische|psychiatrische|klinische|ambulante)\s+(?:behandeling|zorg)",
    r"(?:krijgt|krijgen|kreeg|ontvangt|ontvangen|ontving|heeft|nodig\s+heeft)\s+"
    r"(?:\w+\s+){0,2}?(?:zorg|behandeling|care|treatment)(?![^\W_])",
    r"(?:zorg|behandeling)\s+(?:krijgen|ontvangen|nodig)",
    r"specialistische\s+zorg", r"(?:het|haar|zijn|hun)\s+geloof(?![^\W_])",
    # blind, deaf and MS in the words that say it of a person, not "Blinde vlek", "Doof voor
    # signalen", "Blind vertrouwen" or "MS Teams" (hostile review 15b, B5 and B7): after a verb
    # ("is doof"), alone in a bracket or after a comma ("Moeder (blind)", "Zoon, doof"),
    # before a person ("blinde moeder"); MS in capitals after "heeft", "met" or "aan"
    r"(?:is|was|werd|wordt|raakte|zijn|waren|became|went)\s+(?:\w+\s+)?"
    r"(?:blind|doof|deaf)(?![^\W_])(?!\s+(?:voor|for|to)(?![^\W_]))",
    r"(?:(?<=[(,:–—/])|(?<=[(,:–—/]\s))(?:(?:half|bijna|vrijwel)\s+)?(?:blind|doof|deaf|(?-i:MS))"
    r"(?=\s*(?:[),;.]|$))",
    r"(?:blind|dov)e\s+(?:moeder|vader|zoon|dochter|vrouw|man|inwoner|bewoner|cliënt|partner"
    r"|broer|zus|kind|ouder|buurman|buurvrouw)(?![^\W_])",
    r"(?:heeft|had|hebben|kreeg|krijgt|met|aan|with|has)\s+(?-i:MS)(?![^\W_])"
    r"(?!\s+(?-i:[A-Z]))|(?-i:MS)[-\s]?pati[eë]nt",
    # a burn-out in ordinary words, not "de overspannen woningmarkt" (hostile review 15b, B5)
    r"(?<!markt\s)(?:is|was|werd|raakte|zijn|waren|erg|zwaar|licht)\s+(?:\w+\s+)?"
    r"overspannen(?![^\W_])|\(overspannen\)",
    # dotted abbreviations ("A.D.H.D."), special education for pupils with a disability or a
    # disorder (cluster 3 and 4)
    r"(?:a\.\s?d\.\s?h\.\s?d|p\.\s?t\.\s?s\.\s?s|l\.\s?v\.\s?b|g\.\s?g\.\s?z)\.?",
    r"(?:speciaal|special)\s+(?:onderwijs|education)\s+cluster\s*[34]"
    r"|cluster[\s-]*[34][\s-]*(?:onderwijs|school|leerling|indicatie)",
    r"(?:zat|zit|zitten|zaten|werd|wordt)\s+(?:\w+\s+){0,3}?gevangen\s*(?:gezet|genomen)?"
    r"(?=[\s.,;!?]*$|[\s.,;!?]+(?:in\s+(?:de|een)\s+gevangenis|voor|wegens|na)\b)",
    r"(?:als|is|was|werd|wordt)\s+verdachte(?![^\W_])", r"verdacht\s+(?:van|wordt|werd)",
    r"(?:is|zijn|was|waren|als)\s+(?:een\s+)?(?:roma|sinti)(?![^\W_])",
    r"(?:roma|sinti)-?(?:familie|gezin|vrouw|man|kind|achtergrond|afkomst)",
    # pregnancy, covid, political opinion, union membership and a same-sex partner (sexual
    # life) said in ordinary words (hostile review 6 N1)
    r"(?:is|was|raakte|werd|zijn|waren|bleek)\s+(?:\w+\s+){0,2}?in\s+verwachting",
    r"long[\s-]*covid", r"post[\s-]*covid",
    r"(?:heeft|had|kreeg|met)\s+(?:\w+\s+)?(?:covid|corona)(?:-?\s*besmetting)?(?![\w-])",
    r"(?:stemt|stemde|stemmen|stemden|kiest|koos)\s+(?:op\s+(?:de\s+)?)?(?:" + _PARTIES
    + r")(?![\w])",
    r"(?:lid|aanhanger|aanhangster|kaderlid|raadslid)\s+(?:van\s+)?(?:de\s+)?(?:" + _PARTIES
    + r")(?![\w])",
    r"(?:" + _PARTIES + r")-?(?:stemmer|kiezer|lid|aanhanger|sympathisant)",
    r"lid\s+van\s+(?:de|een)\s+vakbond", r"(?:fnv|cnv)-?lid",
    # union membership, a refused certificate of conduct, a police report and a birth
    # (hostile review 7, F2); a hearing's proces-verbaal in an objection stays
    r"vakbond\s+(?:fnv|cnv)", r"lid\s+van\s+(?:de\s+)?(?:fnv|cnv)(?![\w])",
    r"vog\s+(?:geweigerd|afgewezen|niet\s+(?:verleend|afgegeven)|ingetrokken)",
    r"(?:geen|weigering\s+van\s+(?:de|een))\s+vog(?![\w])",
    r"proces-?verbaal(?!\s+van\s+(?:de|het)\s+(?:hoorzitting|zitting|vergadering|overleg))",
    r"(?:is|was)\s+(?:\w+\s+){0,2}?bevallen\s+van",
    # a birth, however written ("bevallen."); "goed bevallen" (it pleased) stays (review 8)
    r"(?<!goed\s)(?<!prima\s)(?<!slecht\s)(?<!beter\s)(?<!matig\s)(?<!niet\s)(?<!mij\s)"
    r"(?<!hem\s)(?<!haar\s)(?<!ons\s)(?<!best\s)(?<!uitstekend\s)bevallen(?![\w])",
    r"haar\s+(?:vriendin|partner)\s+(?:\w+\s+){0,2}?(?:woont|woonde|wonen)\s+(?:\w+\s+){0,2}?"
    r"bij\s+haar", r"vriendin\s+(?:woont|woonde)\s+(?:\w+\s+){0,2}?bij\s+haar",
    r"vriend\s+(?:woont|woonde)\s+(?:\w+\s+){0,2}?bij\s+hem",
    r"(?:woont|woonde|wonen)\s+(?:\w+\s+){0,2}?samen\s+met\s+(?:haar\s+vriendin|zijn\s+vriend)(?![\w])",
    r"haar\s+(?:vrouw|echtgenote)(?![\w])", r"zijn\s+(?:man|echtgenoot)(?![\w])",
)  # fmt: skip
HEALTH = re.compile(
    r"(?<![^\W_])(?:"
    + "|".join(s for s in _STEMS if s not in _WHOLE)
    + r")[\w-]*"
    + r"|(?<![^\W_])(?:"
    + "|".join(_WHOLE)
    + r")(?:en|e|s|isch|ische|t|te)?(?![^\W_])"
    # an infix inside a compound: from the start of the word only, so that a long token is
    # read once, not once per character (hostile review 6 N2: 12,000 characters took 50 s)
    + r"|(?<![\w-])[\w-]*?(?:"
    + "|".join(s for s in _INFIX if s not in ("opname", "opgenomen geweest"))
    + r")[\w-]*"
    + r"|(?:crisis|gedwongen\s+|klinische\s+)opname"
    + r"|(?<![^\W_])(?:"
    + "|".join(i.replace(" ", r"\s+") for i in INSTITUTIONS)
    + r")(?![^\W_])"
    + r"|(?<![^\W_])(?:"
    + "|".join(_PHRASES)
    + r")",
    re.IGNORECASE,
)
# words that on their own tell that someone is treated for their (mental) health: a name with
# one of them (a provider, an id) is said neutrally, and the written copy may not hold them
HEALTH_NAME = re.compile(
    r"(?<![^\W_])(ggz|psychiatr|psychisch|psycholo|verslav|depress|diagnos|burn-?out|"
    r"mental|psychiatric|addiction|kliniek|clinic|ziekenhuis|hospital|vrouwenopvang|"
    r"beschermd\s+wonen|"
    + "|".join(i.replace(" ", r"\s+") + r"(?![^\W_])" for i in INSTITUTIONS)
    + r")",
    re.IGNORECASE,
)
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


def staff_name(name: str) -> tuple[str, str | None]:
    """A staff actor's name without a personal name (in brackets, after a role with initials,
    a title or a particle, after a dash, or before the role and a comma), and that name.

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
        if gps and not (all(GP_ROLE.fullmatch(g) for g in gps) and about_no_one(sentence)):
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


def without_law(text: str) -> str:
    """``text`` without its legal sentences about no one, as the copy's check reads it."""
    clauses = _clauses(text)
    law = _law(clauses) - _gone(clauses, _reader())
    return " ".join(c for i, c in enumerate(clauses) if i not in law) if law else text


@lru_cache(maxsize=8192)  # a map's texts recur in every snapshot's state and in each output
def health_in(text: str) -> re.Match[str] | None:
    """The first phrase in ``text`` that speaks of health, or None: what :data:`HEALTH`
    finds, less a GP as a role in a sentence about no one (exports.anonymise_gp). Each text
    is searched once per process (issue 15: the search was an eighth of the anonymiser's
    time, the same texts in every state and every export)."""
    if (first := HEALTH.search(text)) is None:
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
    return None if GP.search(first.group(0)) or law else first


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


def without_health(text: str, *, trim: bool = False) -> str:
    """``text`` without the sentences and clauses that speak of health; with ``trim``, a
    sentence keeps what it says before the health phrase (an intent keeps its aim). A
    sentence with a GP goes whole unless it is about no one (exports.anonymise_gp)."""
    clauses = _clauses(text)
    read = _reader()
    gone = _gone(clauses, read)
    law = _law(clauses) - gone  # "… (art. 7:1 Wvggz)." about no one stays (H8)
    if trim:
        trimmed = [(i, c if i in law else _trimmed(c, read)) for i, c in enumerate(clauses)]
        kept = [(i, t) for i, t in trimmed if t is not None and i not in gone]
    else:
        kept = [
            (i, c)
            for i, c in enumerate(clauses)
            if i not in gone and (i in law or not _found(c, read))
        ]
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
