"""Small language helpers for Dutch and English running text.

Numbers up to ten are written in words in running text, larger numbers in the language's
number format (Dutch: ``1.234,5``); nouns take their real plural; lists read "a, b en c".

Examples
--------
>>> count(4, "stap", "stappen", "nl"), count(1, "step", "steps", "en")
('vier stappen', 'one step')
>>> count(12, "stap", "stappen", "nl")
'12 stappen'
>>> number(1234.5, "nl"), number(1234.5, "en"), number(0.549, "nl", 3)
('1.234,5', '1,234.5', '0,549')
>>> join(["A", "B", "C"], "nl"), join(["A", "B"], "en"), join(["A"], "nl")
('A, B en C', 'A and B', 'A')
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from models.i18n import Lang

__all__ = [
    "after_colon",
    "capital",
    "cite",
    "count",
    "each_again",
    "join",
    "kinds_first",
    "natural_key",
    "noun",
    "number",
    "pairs_last",
    "quoted",
    "running",
    "subject",
    "the_decision",
    "to_do",
    "word",
]

_WORDS = {
    "nl": ("nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"),
    "en": ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
}
_TEENS = {
    "nl": ("elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien",
           "achttien", "negentien", "twintig"),
    "en": ("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
           "eighteen", "nineteen", "twenty"),
}  # fmt: skip


def number(value: float, lang: Lang | str, decimals: int | None = None) -> str:
    """``value`` in the number format of ``lang`` (no words).

    Whole numbers get no decimals unless ``decimals`` is given.
    """
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 2
        text = f"{value:,.{decimals}f}"
        if decimals:
            text = text.rstrip("0").rstrip(".")
    else:
        text = f"{value:,.{decimals}f}"
    if lang == "nl":
        return text.replace(",", "_").replace(".", ",").replace("_", ".")
    return text


def word(value: int, lang: Lang | str, *, upto: int = 10) -> str:
    """A whole number in words up to ten (or up to ``upto``, at most twenty, so that two
    numbers in one sentence read alike), in figures above."""
    key = "nl" if lang == "nl" else "en"
    if 0 <= value <= 10:
        return _WORDS[key][value]
    if 10 < value <= min(upto, 20):
        return _TEENS[key][value - 11]
    return number(value, lang)


def noun(value: int, singular: str, plural: str) -> str:
    """The singular for exactly one, the plural otherwise."""
    return singular if value == 1 else plural


def count(value: int, singular: str, plural: str, lang: Lang | str, *, upto: int = 10) -> str:
    """``value`` in words (up to ten, or ``upto``) followed by the right form of the noun."""
    return f"{word(value, lang, upto=upto)} {noun(value, singular, plural)}"


#: Statutes named by an abbreviation with one capital: a word built on one keeps it inside a
#: sentence ("de Wmo-consulent", jurist, fifth round J13).
STATUTE_WORDS = frozenset({"wmo", "wlz", "wgs", "wgr", "wsnp", "awb", "avg", "wet"})


def keeps_capital(head: str) -> bool:
    """Whether a name's first word keeps its capital inside a sentence: an acronym ("GGZ-team")
    or a word built on a statute's name ("Wmo-consulent").

    >>> keeps_capital("GGZ-team"), keeps_capital("Wmo-consulent"), keeps_capital("Consulent")
    (True, True, False)
    """
    if len(head) > 1 and head[:2].isupper():
        return True
    first = head.split("-", 1)[0]
    return "-" in head and first[:1].isupper() and first.casefold() in STATUTE_WORDS


def running(name: str) -> str:
    """A power's name inside a sentence: lower case, unless it starts with an acronym or a
    statute's name ("Wmo-maatwerkvoorziening")."""
    head = name.split(" ", 1)[0]
    if keeps_capital(head):
        return name
    return name[:1].lower() + name[1:]


def quoted(name: str) -> str:
    """A power's name as a name inside a sentence, Dutch or English: between quotes and as the
    user wrote it ("the power ‘Afzien van terugvordering’"), never lowered or bare (adviser,
    session 10: a lower-cased bare name reads as running text and loses its capital).

    >>> quoted("Afzien van terugvordering wegens dringende redenen")
    '‘Afzien van terugvordering wegens dringende redenen’'
    """
    return f"‘{name}’"


def join(items: Sequence[str], lang: Lang | str) -> str:
    """``a, b and c`` (English) or ``a, b en c`` (Dutch); ``a, en b`` where the first of two is
    itself two joined by "en" (rev-jurist16 N10: "de ouders en het kind en de intern
    begeleider school"), but not a name that holds it ("de manager Werk en Inkomen").

    >>> join(["de ouders en het kind", "de intern begeleider school"], "nl")
    'de ouders en het kind, en de intern begeleider school'
    >>> join(["de manager Werk en Inkomen", "de consulent"], "nl")
    'de manager Werk en Inkomen en de consulent'
    """
    items = list(items)
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    last = " en " if lang == "nl" else " and "
    if len(items) == 2 and _PAIRED[lang == "nl"].search(items[0]):  # "A en B en C"
        last = "," + last
    return ", ".join(items[:-1]) + last + items[-1]


#: two persons joined within one item of a list, lower case after the word (not in a name)
_PAIRED = {True: re.compile(r" en (?:de|het|een) [a-z]"), False: re.compile(r" and the [a-z]")}


def pairs_last(names: Sequence[str], lang: Lang | str) -> list[str]:
    """``names`` with a name that is itself two joined by "en" last, so that a list reads
    without a comma (rev-jurist17 R10: "Elke route van de ouders en het kind, en de intern
    begeleider school naar iemand" lacked the second comma); for names only, never clauses.

    >>> join(pairs_last(["de ouders en het kind", "de intern begeleider school"], "nl"), "nl")
    'de intern begeleider school en de ouders en het kind'
    """
    paired = _PAIRED[lang == "nl"]
    return sorted(names, key=lambda name: paired.search(name) is not None)  # stable


_DIGITS = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """A sort key that reads the numbers in a name as numbers: "Schakel 11" before "Schakel
    108", "teamleider 3.1.0" before "teamleider 26.0.0" (new user at scale, session 14: names
    sorted as text read "Schakel 108, Schakel 11, Schakel 111"). A leading article is passed
    over, case is not heeded.

    >>> sorted(["Schakel 108", "Schakel 11", "schakel 9", "de Schakel 10"], key=natural_key)
    ['schakel 9', 'de Schakel 10', 'Schakel 11', 'Schakel 108']
    """
    head, _, rest = text.partition(" ")
    if head.casefold() in ("de", "het", "the") and rest:
        text = rest
    return tuple(
        (0, int(part)) if i % 2 else (1, part)
        for i, part in enumerate(_DIGITS.split(text.casefold()))
    )


def after_colon(text: str, proper: Iterable[str] = ()) -> str:
    """``text`` as it goes after a colon: its first letter in lower case ("Wat te organiseren:
    verleng het convenant"), unless its first word is a proper name (among ``proper``, or
    with another capital or a digit in it: "GGZ", "B&W").

    Examples
    --------
    >>> after_colon("Verleng het Convenant."), after_colon("GGZ Rivierland beslist.")
    ('verleng het Convenant.', 'GGZ Rivierland beslist.')
    >>> after_colon("Belastingsamenwerking beslist.", ["Belastingsamenwerking"])
    'Belastingsamenwerking beslist.'
    """
    first = text.split(" ", 1)[0]
    if not first or first in set(proper) or any(c.isupper() or c.isdigit() for c in first[1:]):
        return text
    if text.startswith("Eén"):
        return "één" + text[3:]
    return text[:1].lower() + text[1:]


def capital(text: str) -> str:
    """``text`` with a capital first letter (Dutch "één" becomes "Eén").

    Examples
    --------
    >>> capital("één oorzaak"), capital("drie")
    ('Eén oorzaak', 'Drie')
    """
    if text.startswith("één"):
        return "Eén" + text[3:]
    return text[:1].upper() + text[1:]


_LAW = (
    r"(Awb|Participatiewet|Gemeentewet|Wgr|Wmo 2015|Jeugdwet|AVG|BW|Huisvestingswet 2014|Woningwet)"
)
_CITE = re.compile(rf"^{_LAW}\s+(?:art\.\s+)?(\d[\w:.]*(?:\s+lid\s+\d+)?(?:\s+onder\s+\w)?)$")
_BARE = re.compile(r"^(\d+[a-z]?:\d+[a-z]?(?:\s+lid\s+\d+)?)$")


def cite(basis: str) -> str:
    """A legal basis in one citation style, "art. 10:3 lid 4 Awb" (jurist L7); what is no
    article of a law ("Beleidsregels ... 2025") stays as it is.

    >>> cite("Awb 10:1; 10:9; 10:5")
    'art. 10:1 Awb; art. 10:9 Awb; art. 10:5 Awb'
    >>> cite("Participatiewet art. 58 lid 8")
    'art. 58 lid 8 Participatiewet'
    """
    out: list[str] = []
    law = ""
    for part in (p.strip() for p in basis.split(";")):
        if found := _CITE.match(part):
            law = found.group(1)
            out.append(f"art. {found.group(2)} {law}")
        elif law and (bare := _BARE.match(part)):
            out.append(f"art. {bare.group(1)} {law}")
        else:
            out.append(part)
    return "; ".join(out)


def decided(name: str) -> str:
    """A power's name after "beslist over": without its own "beslissen over", so the verb is
    not said twice (jurist, seventh round W14).

    >>> decided("Beslissen over een individuele voorziening jeugdhulp")
    'een individuele voorziening jeugdhulp'
    >>> decided("Bijzondere bijstand verlenen")
    'Bijzondere bijstand verlenen'
    """
    words = running(name)
    for lead in ("beslissen over ", "besluiten over "):
        if words.startswith(lead) and len(words) > len(lead):
            return words[len(lead) :]
    return name


def subject(name: str) -> str:
    """What a power is about: ``bijzondere bijstand`` of ``Bijzondere bijstand verlenen``; a
    noun in -en after a preposition is no verb (new user at scale, session 14, F4).

    >>> subject("Bijzondere bijstand verlenen"), subject("Bijzondere bijstand in maatwerkcasussen")
    ('bijzondere bijstand', 'bijzondere bijstand in maatwerkcasussen')
    """
    words = running(name).split()
    verb = len(words) > 1 and words[-1].endswith("en") and words[-2] not in _LINKS
    if verb and words[0] != "afzien":
        return " ".join(words[:-1])
    return running(name)


# separable verbs in power names, by their particle: "in te dienen", "toe te kennen"; a list,
# not a rule, since "toetsen" and "informeren" are not separable (jurist, sixth round N2)
_SEPARABLE = {
    verb: particle
    for particle, verbs in {
        "in": ("indienen", "intrekken", "invorderen", "inwilligen", "instellen", "inzetten"),
        "toe": ("toekennen", "toewijzen", "toestaan"),
        "aan": ("aanvragen", "aanwijzen", "aanpassen", "aanbieden", "aanhouden"),
        "af": ("afwijzen", "afgeven", "afwijken", "afspreken"),
        "op": ("opschorten", "opleggen", "opstellen", "opheffen"),
        "terug": ("terugvorderen",),
        "uit": ("uitbetalen", "uitvoeren", "uitstellen"),
        "over": ("overnemen",),
        "vast": ("vaststellen",),
    }.items()
    for verb in verbs
}


# a request named as a power ("Verzoek machtiging gesloten jeugdhulp indienen") reads with its
# articles: "een verzoek om een machtiging …" (jurist, seventh round W5); "een" only before
# these countable nouns, so "een aanvraag om bijstand" keeps its bare noun
_REQUEST = ("verzoek", "aanvraag", "verzoekschrift")
_COUNTABLE = (
    "machtiging", "moratorium", "voorziening", "vergunning", "ontheffing", "beschikking",
    "voorlopige", "maatregel", "uitstel",
)  # fmt: skip
_LINKS = ("om", "tot", "voor", "van", "bij", "aan", "op", "in")
#: countable heads of a private-law act's object: "om een huurovereenkomst te sluiten"
_CONTRACTS = ("overeenkomst", "contract")


def _request_object(words: list[str]) -> list[str]:
    """The object of a request power with its articles: ``een verzoek om een machtiging
    gesloten jeugdhulp`` of ``verzoek machtiging gesloten jeugdhulp``; other words as they are.

    >>> " ".join(_request_object("verzoek machtiging gesloten jeugdhulp".split()))
    'een verzoek om een machtiging gesloten jeugdhulp'
    >>> " ".join(_request_object("aanvraag om bijstand".split()))
    'een aanvraag om bijstand'
    >>> " ".join(_request_object("moratorium".split()))
    'moratorium'
    """
    if not words or words[0] not in _REQUEST:
        return words
    rest = words[1:]
    link = [] if not rest or rest[0] in _LINKS else ["om"]
    if link or (rest and rest[0] == "om"):
        body = rest[1:] if not link else rest
        article = ["een"] if body and body[0] in _COUNTABLE else []
        rest = ["om", *article, *body]
    return ["een", words[0], *rest]


def to_do(name: str, lang: Lang) -> str:
    """A power's name as what the mandate allows: ``om bijzondere bijstand te verlenen``, ``om
    een verzoek om een machtiging gesloten jeugdhulp in te dienen``.

    >>> to_do("Huurovereenkomst sluiten", "nl")
    'om een huurovereenkomst te sluiten'
    >>> to_do("Huurovereenkomst noodwoning sluiten", "nl")
    'voor ‘Huurovereenkomst noodwoning sluiten’'
    """
    words = running(name).split()
    # a known separable verb before a place: "moratorium aanvragen bij de rechtbank"
    at = next(
        (i for i in range(1, len(words) - 1) if words[i] in _SEPARABLE and words[i + 1] in _LINKS),
        len(words) - 1,
    )
    if lang == "nl" and len(words) > 1 and words[at].endswith("en") and words[0] != "afzien":
        verb = words[at]
        # a separable verb splits around "te": "in te dienen", "toe te kennen" (jurist N2)
        particle = _SEPARABLE.get(verb, "")
        verb = f"{particle} te {verb[len(particle) :]}" if particle else f"te {verb}"
        what = _request_object(words[:at])
        if what[0].endswith(_CONTRACTS) and len(what) > 1 and what[1] not in (*_LINKS, "met"):
            # "om huurovereenkomst noodwoning te sluiten" lacks its articles: quote the power
            # as written (eleventh jurist H6)
            return f"voor {quoted(name)}"
        if what[0] in _COUNTABLE or what[0].endswith(_CONTRACTS):  # "om een moratorium …"
            what = ["een", *what]
        return " ".join(["om", *what, verb, *words[at + 1 :]])
    return f"voor {quoted(name)}" if lang == "nl" else _to_do_en(name)


#: How an English sentence names a Dutch request: "to file the request ‘verzoek …’".
_REQUEST_EN = {"verzoek": "request", "aanvraag": "application", "verzoekschrift": "petition"}


def _to_do_en(name: str) -> str:
    """A power's name as what the mandate allows, in English around a Dutch name (jurist,
    seventh round: never "the authorisation for verzoek machtiging gesloten jeugdhulp indienen").

    >>> _to_do_en("Verzoek machtiging gesloten jeugdhulp indienen")
    'to file the request ‘Verzoek machtiging gesloten jeugdhulp’'
    >>> _to_do_en("Bijzondere bijstand verlenen")
    'for ‘Bijzondere bijstand verlenen’'
    >>> _to_do_en("Beslissen op bezwaar bijzondere bijstand")
    'for ‘Beslissen op bezwaar bijzondere bijstand’'
    >>> _to_do_en("spend budget")
    'for spend budget'
    """
    words = running(name).split()
    if len(words) > 1 and words[0] in _REQUEST_EN and words[-1] in ("indienen", "doen"):
        return f"to file the {_REQUEST_EN[words[0]]} {quoted(name.rsplit(' ', 1)[0])}"
    # a Dutch name or one the user capitalised is quoted; a category's English label is not
    dutch = len(words) > 1 and (words[-1].endswith("en") or any(w in _SEPARABLE for w in words))
    return f"for {quoted(name)}" if dutch or name[:1].isupper() else f"for {name}"


#: the head nouns of a decision or agreement that take "de"; any other ("Mandaatbesluit",
#: "Reglement") takes "het" (twelfth jurist L10: "het Afspraak per e-mail")
_DE_HEADS = ("afspraak", "afspraken", "regeling", "beschikking", "verordening", "instructie",
             "overeenkomst", "brief", "mail", "notitie", "wet")  # fmt: skip


def the_decision(name: str) -> str:
    """A decision's name with its Dutch article, by its first word's head noun.

    >>> the_decision("Mandaatbesluit college 2025"), the_decision("Afspraak per e-mail")
    ('het Mandaatbesluit college 2025', 'de Afspraak per e-mail')
    """
    first = name.split()[0].casefold() if name.split() else ""
    return f"{'de' if first.endswith(_DE_HEADS) else 'het'} {name}"


#: The English word a Dutch role name is said with in running text (the name keeps its Dutch).
_ROLE_EN = {
    "consulent": "consultant",
    "directeur": "director",
    "teamleider": "team leader",
    "manager": "manager",
}


def each_again(suf: list[str], name: str) -> list[str]:
    """The role of the merged names said again after them as each of them: "…, of laat elk
    college meer niveaus toestaan", not "het college" after 43 colleges (rev-jurist16 N7).

    >>> said = ["verleenden,", "of", "laat", "het", "college", "meer"]
    >>> " ".join(each_again(said, "het college 1"))
    'verleenden, of laat elk college meer'

    An English role word after a Dutch name counts too, as the Dutch has "aan elke consulent"
    (rev-jurist17 R11); in English it is "each of them", not "each consultant" beside "the
    Consulent 3.9", a role named in two languages (rev-jurist19 R12):

    >>> " ".join(each_again(["to", "the", "consultant", "directly."], "the Consulent 3.6"))
    'to each of them directly.'

    and so does the Dutch role word a numbered name is shortened to in English (rev-jurist17b
    N6):

    >>> " ".join(each_again(["to", "the", "Consulent", "directly."], "the Consulent 3.6"))
    'to each of them directly.'

    The holder's own body after the merged names is theirs: "vraag dan hun eigen college", not
    "diens" (rev-jurist18 K6).

    >>> " ".join(each_again(["zelf", "beslissen,", "vraag", "dan", "diens", "eigen"], "de x 1"))
    'zelf beslissen, vraag dan hun eigen'
    """
    after = [*suf[1:], ""][: len(suf)]
    suf = ["hun" if (w, n) == ("diens", "eigen") else w for w, n in zip(suf, after, strict=True)]
    head = name.split()[:2]
    if len(head) < 2 or head[0].lower() not in ("de", "het", "the"):
        return suf
    each = {"de": "elke", "het": "elk", "the": "each"}[head[0].lower()]
    out = list(suf)
    for k in range(len(out) - 1):
        named = k + 2 < len(out) and out[k + 2][:1].isupper() | out[k + 2][:1].isdigit()
        role = out[k + 1] in (head[1], _ROLE_EN.get(head[1].casefold()))
        if out[k].lower() == head[0].lower() and role and not named:
            out[k] = each  # the role alone, not a name ("het college B&W 1" stays)
            if each == "each":
                out[k + 1] = "of them"
    return out


def kinds_first(places: Sequence[str]) -> list[str]:
    """``places`` with the first of each kind of holder first, then the rest in their order:
    "de consulent 2.17, de directeur 2.1 en de manager 2.0.0", not "de consulent 2.17, de
    consulent 4.7 en de consulent 4.16", read as if all 146 were consulents, 42 of them
    directors (jurist 15, J11).

    >>> kinds_first(["de consulent 1", "de consulent 2", "de directeur 1", "de consulent 3"])
    ['de consulent 1', 'de directeur 1', 'de consulent 2', 'de consulent 3']
    """
    first: dict[str, str] = {}
    for p in places:
        first.setdefault(re.sub(r"\d+(?:\.\d+)*", "#", p), p)
    lead = list(first.values())
    chosen = set(lead)
    return [*lead, *(p for p in places if p not in chosen)]
