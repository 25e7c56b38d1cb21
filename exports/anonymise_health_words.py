"""The one list of words that show health or another special category of personal data (art.
9 AVG) or criminal data (art. 10 AVG), for every text the anonymiser writes: notes,
descriptions, titles, actor names and casebook file names (issue 16, hostile review 15b, B5:
a second list for file names only left 'Zoon slikt Ritalin' in the copy's texts). Split out
of exports.anonymise_words, which reads sentences with it.

>>> bool(HEALTH.search("Zoon slikt Ritalin")), bool(HEALTH.search("Overleg via MS Teams"))
(True, False)
>>> bool(HEALTH_NAME.search("GGZ-team Rivierland")), bool(HEALTH_NAME.search("Zorgverzekeraar"))
(True, False)
"""

from __future__ import annotations

import re

from exports.anonymise_spelling import trie

__all__ = ["HEALTH", "HEALTH_NAME", "INSTITUTIONS"]

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
    # disorders, care and compulsory care, youth protection and criminal data a casebook file's
    # name held (rev-hostile16a, R8: 'visser asperger.kvmap', 'visser kindermishandeling OTS')
    "asperger", "pdd-?nos", "dyslex", "dwarslaesie", "crisismaatregel", "overdos", "rehab",
    "kindermishandel", "jeugdreclassering", "ondertoezichtstell", "uithuisplaats",
    # common conditions, treatments and medicines that were not on the list (rev-hostile16b,
    # N1: 'Mevrouw heeft reuma en fibromyalgie.' stayed in every export)
    "reuma", "fibromyalg", "hernia", "suikerziek", "sikkelcel", "dialyse", "dialysis",
    "oxazepam", "diazepam", "temazepam", "lorazepam", "benzodiazepine", "ehlers-?\\s?danlos",
    "chronisch vermoeidheidssyndroom", "chronic fatigue",
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
          "gp", "doctor", "sick", "ocd", "ivf", "paaz", "ibs", "ots", "stoma"}  # fmt: skip
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
    r"opgenomen\s+geweest",
    # a person's own admission (rev-hostile16d F1): "Mevrouw is opgenomen", "sinds de opname
    # van mevrouw", "the resident was admitted"; not "is opgenomen in het plan"
    r"(?:mevrouw|meneer|mw|dhr|inwoner|hij|zij|ze)\s+(?:is|werd|wordt|was)\s+(?:\w+\s+)?"
    r"opgenomen(?!\s+(?:in|op)\s+(?:het|de|een)\s+(?!ziekenhuis|kliniek|instelling)\w)",
    r"opname\s+van\s+(?:mevrouw|meneer|mw|dhr|de\s+inwoner|hem|haar)(?![\w])",
    r"(?:haar|zijn)\s+opname(?![\w])", r"crisisdienst",
    r"(?:resident|he|she|mrs|mr)\s+(?:was|is|has\s+been|had\s+been)\s+admitted",
    r"huiselijk\s+geweld", r"politieke\s+(?:voorkeur|overtuiging)",
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
    # ME/CVS, not "me" or "Me and the team"; burnt out, and "opgebrand" as a state of a person
    # (rev-hostile16b, N1), not "de kaars is opgebrand" or "het budget is opgebrand"
    r"(?-i:ME)\s*/\s*(?-i:CVS)|(?:heeft|had|met|has|with)\s+(?-i:ME|CVS)(?![^\W_])",
    r"burn(?:t|ed)[\s-]+out(?![^\W_])",
    r"(?<!kaars\s)(?<!budget\s)(?<!geld\s)(?<!vuur\s)(?:is|was|raakte|werd|zijn|waren|voelt\s+"
    r"zich|voelde\s+zich|helemaal|totaal)\s+(?:\w+\s+)?opgebrand(?![^\W_])|\(opgebrand\)",
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


def _forms(stem: str) -> list[str]:
    r"""The literal words ``stem`` stands for ("burn-?out": "burn-out", "burnout"; "su[iï]cid":
    "suicid", "suïcid"); a stem with another pattern in it (``\s``) as it is, alone.

    >>> _forms("burn-?out"), _forms("su[iï]cid"), _forms("ehlers-?\\s?danlos")
    (['burn-out', 'burnout'], ['suicid', 'suïcid'], ['ehlers-?\\s?danlos'])
    """
    if "\\" in stem or not (choice := re.search(r"-\?|\[(\w+)\]", stem)):
        return [stem]
    options = ["-", ""] if choice.group(1) is None else list(choice.group(1))
    head, tail = stem[: choice.start()], stem[choice.end() :]
    return [head + o + rest for o in options for rest in _forms(tail)]


def _tree(stems: list[str]) -> str:
    """``stems`` as one tree of their letters (exports.anonymise_spelling.trie), a stem with
    another pattern after it (issue 15: the list of 300 stems was tried one by one at every
    word of every text, a third of the time of reading a text for health). Finds what the list
    finds: after a stem the word runs on to its end (``[\\w-]*``, or for :data:`_WHOLE` only
    to its end), so which of two stems that start alike matched does not change the match;
    the stems with a space ("beschermd wonen") have no other stem that starts them."""
    forms = [f for s in stems for f in _forms(s)]
    plain = [f for f in forms if re.fullmatch(r"[\w -]+", f)]
    return "|".join([trie(plain), *(f for f in forms if f not in plain)])


HEALTH = re.compile(
    r"(?<![^\W_])(?:"
    + _tree([s for s in _STEMS if s not in _WHOLE])
    + r")[\w-]*"
    + r"|(?<![^\W_])(?:"
    + _tree(sorted(_WHOLE))
    + r")(?:en|e|s|isch|ische|t|te)?(?![^\W_])"
    # an infix inside a compound: from the start of the word only, so that a long token is
    # read once, not once per character (hostile review 6 N2: 12,000 characters took 50 s)
    # (one tree too: the word runs on to its end after any of them, so which one was found
    # first does not change the match; issue 15, the infixes were a quarter of the reading)
    + r"|(?<![\w-])[\w-]*?(?:"
    + _tree([s for s in _INFIX if s not in ("opname", "opgenomen geweest")])
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
