"""The words of the mandate register that :mod:`exports.register_write` writes (the sheet's name,
the Word overview's headings, labels and fixed sentences), in English and Dutch.

>>> word("not_mandated", "nl")
'Niet gemandateerd.'
"""

from __future__ import annotations

from models.i18n import Lang

__all__ = ["word"]

_PHRASES: dict[str, tuple[str, str]] = {
    "sheet": ("Mandate register", "Mandaatregister"),
    "annex": ("Extract from a case map", "Uittreksel uit een casuskaart"),
    "register": ("Overview of mandates and powers", "Overzicht mandaten en bevoegdheden"),
    "as_of": ("Position as of", "Stand per"),
    "derived": (
        "Derived from a case map: only the powers and mandates that play a part in this case. "
        "This is not the adopted mandate register; where they differ, the register prevails.",
        "Afgeleid van een casuskaart: alleen de bevoegdheden en mandaten die in deze casus een "
        "rol spelen. Dit is niet het vastgestelde mandaatregister; waar ze verschillen, gaat "
        "het mandaatregister voor.",
    ),
    "intro": (
        "Per public-law power: the statute it comes from, the policy rules under which it is "
        "exercised, the body that holds it by statute, and to whom it is mandated, with the "
        "status on the reference date, sub-mandate, instructions and conditions, limits and "
        "validity.",
        "Per publiekrechtelijke bevoegdheid: de wettelijke grondslag, de beleidsregels "
        "waaronder zij wordt uitgeoefend, het orgaan dat haar op grond van de wet heeft, en aan "
        "wie zij is gemandateerd, met de status op de peildatum, ondermandaat, instructies en "
        "voorwaarden, grenzen en geldigheid.",
    ),
    "none_yet": ("The map has no public-law powers or mandates yet.",
                 "De kaart heeft nog geen publiekrechtelijke bevoegdheden of mandaten."),
    "not_mandated": ("Not mandated.", "Niet gemandateerd."),
    "category": ("power category; no power of its own on the map",
                 "soort bevoegdheid; geen eigen bevoegdheid op de kaart"),
    "to": ("to", "aan"),
    "yes": ("Yes", "Ja"),
    "no": ("No", "Nee"),
    "from_until": ("from {a} up to and including {b}", "van {a} tot en met {b}"),
    "from": ("from {a}", "vanaf {a}"),
    "until": ("up to and including {b}", "tot en met {b}"),
    "open": ("Indefinite", "Onbepaald"),
    "validity": ("Validity", "Geldigheid"),
    "status": ("Status on {d}", "Status op {d}"),
    "signing_head": ("Signing authorisations (Awb 10:11; no mandate)",
                     "Machtigingen tot ondertekening (art. 10:11 Awb; geen mandaat)"),
    "signing_for": ("Signing by {h}: {p}", "Ondertekening door {h}: {p}"),
    "authoriser": ("Authorising", "Machtigende"),
    "authorised": ("Authorised", "Gemachtigde"),
    "power": ("Power", "Bevoegdheid"),
    # a delegation and a machtiging named as what they are, not as a mandate (jurist 8, N6)
    "delegans": ("Delegating body", "Delegans"),
    "delegate": ("Delegate", "Delegataris"),
    "delegation_decision": ("Delegation decision", "Delegatiebesluit"),
    "by_delegate": ("Mandate by the delegate", "Mandaat door de delegataris"),
    "machtiging_giver": ("Authorising", "Machtigende"),
    "machtiging_decision": ("Authorisation decision", "Machtigingsbesluit"),
    # a volmacht over a private-law act (art. 10:12 Awb; eighth jurist, N12)
    "volmacht_giver": ("Granting the power of attorney", "Volmachtgever"),
    "attorney": ("Attorney", "Gevolmachtigde"),
    "volmacht_decision": ("Decision granting the power of attorney", "Volmachtbesluit"),
    # a volmacht's and a machtiging's further level named as such (ninth jurist, F3; N6 residue)
    "sub_volmacht": ("Sub-power of attorney", "Ondervolmacht"),
    "sub_machtiging": ("Sub-authorisation", "Ondermachtiging"),
    "other_head": ("No public-law power: reached through an agreement",
                   "Geen publiekrechtelijke bevoegdheid — bereikt via afspraak"),
    "other_intro": (
        "Not in this overview: partners' own decisions, agreements between organisations and "
        "internal work rules. The municipality reaches them through an agreement or a work "
        "instruction, not through a mandate.",
        "Niet in dit overzicht: eigen besluiten van partners, afspraken tussen organisaties en "
        "interne werkafspraken. Die bereikt de gemeente via een afspraak of een werkinstructie, "
        "niet via mandaat.",
    ),
    "own_decision": ("own decision of {h}", "eigen besluit van {h}"),
    "internal": ("internal task allocation within {h}; no decision, no mandate",
                 "interne taaktoedeling binnen {h}; geen besluit, geen mandaat"),
    "basis": ("Basis", "Grondslag"),
    "agreement": ("agreement between organisations", "afspraak tussen organisaties"),
    "on_map": ("On the map: {what}", "Op de kaart: {what}"),
}  # fmt: skip


def word(key: str, lang: Lang) -> str:
    """The register's phrase ``key`` in ``lang``."""
    en, nl = _PHRASES[key]
    return nl if lang == "nl" else en
