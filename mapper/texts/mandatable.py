"""Texts of building block 4 on whether a power may be mandated at all (art. 10:3 Awb): mandate
excluded by the rule that confers the power, or the power to set generally binding rules.

Split from :mod:`mapper.texts.mandates` by meaning (twelfth jurist L9: the verordening that
excludes mandate is named, with art. 10:3 lid 1 Awb).
"""

from __future__ import annotations

from mapper.catalogue import Entry, Message
from mapper.codes import Code

__all__ = ["TEXTS"]

TEXTS: dict[Code, Entry] = {
    Code.MANDATE_EXCLUDED: Entry(
        Message(
            "‘{power}’ may not be exercised under mandate",
            "‘{power}’ mag niet in mandaat worden uitgeoefend",
        ),
        Message(
            "For {m}: mandate is excluded for this power, {by_rule}{by_regulation}{with_basis}. "
            "Decisions {holder} takes under it are taken without authority.",
            "Bij {m}, geldt: voor deze bevoegdheid is mandaat uitgesloten, {by_rule}{by_regulation}"
            "{with_basis}. Besluiten die {holder} erop neemt, zijn onbevoegd genomen.",
        ),
        # "kan" would not agree with two holders joined in one cause (twelfth jurist L9)
        Message(
            "Have {body} take these decisions itself; {holder} can prepare them.",
            "Laat {body} deze besluiten zelf nemen; de voorbereiding kan bij {holder} liggen.",
        ),
        parts={
            "by_rule": Message(
                "by the rule that confers it or by Awb 10:3(2)(b) or (c)",
                "door de regeling die haar toekent of door art. 10:3 lid 2 onder b of c Awb",
            ),
            "with_basis": Message(
                " ({basis})",
                " ({basis})",
            ),
            # the map says which: the regulation that confers the power (twelfth jurist L9)
            "by_regulation": Message(
                "by {article} (Awb 10:3(1): 'unless otherwise provided by or under a statutory "
                "regulation')",
                "door {article} (art. 10:3 lid 1 Awb: ‘tenzij bij of krachtens wettelijk "
                "voorschrift anders is bepaald’)",
            ),
        },
    ),
    Code.MANDATE_NOT_MANDATABLE: Entry(
        Message(
            "Generally binding rules cannot be set under mandate",
            "Algemeen verbindende voorschriften kunnen niet in mandaat worden vastgesteld",
        ),
        Message(
            "{m} passes on the power to set generally binding rules. Mandate for it is excluded "
            "(Awb 10:3(2)(a)) unless the rule conferring the power provides for mandate, which "
            "the map does not say. Policy rules and work instructions are not affected.",
            "{m}, geeft de bevoegdheid door om algemeen verbindende voorschriften vast te "
            "stellen. Mandaat daarvoor is uitgesloten (art. 10:3 lid 2 onder a Awb), tenzij de "
            "regeling die de bevoegdheid toekent in mandaat voorziet; dat staat niet op de "
            "kaart. Voor beleidsregels en werkinstructies geldt dit niet.",
        ),
        Message(
            "Have {grantor} set the rules itself and {holder} prepare them, or record that the "
            "conferring rule provides for mandate.",
            "Laat {grantor} de voorschriften zelf vaststellen en {holder} ze voorbereiden, of "
            "leg vast dat de regeling die de bevoegdheid toekent in mandaat voorziet.",
        ),
    ),
}
