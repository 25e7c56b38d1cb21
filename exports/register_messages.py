"""Messages of a mandate register's import (:mod:`exports.register_read`): a row without a power,
grantor or holder, a new actor or power, a repeat or a conflict, a header merged or missing.
Merged into :data:`exports.errors.MESSAGES`, with the two texts the exchange readers share
(a column twice, a formula without a value) kept there."""

from __future__ import annotations

__all__ = ["REGISTER_MESSAGES"]

REGISTER_MESSAGES: dict[str, tuple[str, str]] = {
    "register_required": (
        "empty: a mandate needs a power, a grantor and a holder",
        "leeg: een mandaat heeft een bevoegdheid, een mandaatgever en een gemandateerde nodig",
    ),
    "register_empty": (
        "the register has headers but no rows; nothing added",
        "het register heeft kopjes maar geen rijen; er is niets toegevoegd",
    ),
    "register_new_actor": (
        'no actor "{name}" on the map; created it (check its kind)',
        'geen actor "{name}" op de kaart; aangemaakt (controleer de soort)',
    ),
    "register_new_power": (
        'power "{name}" is not on the map yet; created it',
        'bevoegdheid "{name}" stond nog niet op de kaart; aangemaakt',
    ),
    "register_power_differs": (
        'power "{name}" already has "{kept}" here; "{got}" of this row is not used',
        'bevoegdheid "{name}" heeft hier al "{kept}"; "{got}" van deze rij is niet gebruikt',
    ),
    "register_duplicate": (
        "this mandate is already on the map; row skipped",
        "dit mandaat staat al op de kaart; rij overgeslagen",
    ),
    "register_merged_header": (
        "the header cells {cells} are merged, so only the first of their columns has a "
        "header: unmerge them and give each column its own header",
        "de kopcellen {cells} zijn samengevoegd, zodat alleen de eerste van die kolommen een "
        "kopje heeft: maak de samenvoeging ongedaan en geef elke kolom een eigen kopje",
    ),
    "register_merged_across": (
        "cells {cells} are merged across columns; only column {first} was read, the other "
        "columns of this row are empty: unmerge the cells if they hold more",
        "de cellen {cells} zijn over kolommen heen samengevoegd; alleen kolom {first} is "
        "gelezen, de andere kolommen van deze rij zijn leeg: maak de samenvoeging ongedaan "
        "als er meer in hoort",
    ),
    "register_missing_column": (
        "this header row has {have_en}, but no column {lack_en}: add it, or give the column "
        "that holds it one of these headers",
        "deze kopjesrij heeft {have_nl}, maar geen kolom {lack_nl}: voeg die toe, of geef "
        "de kolom waarin het staat een van deze kopjes",
    ),
    "register_no_sheet": (
        "no sheet with a mandate register found: looked for the headers {headers} in the"
        " first {look} rows of each sheet; move the header row up if it is lower",
        "geen blad met een mandaatregister gevonden: gezocht naar de kopjes {headers} in de"
        " eerste {look} rijen van elk blad; zet de kopjesrij hoger als die lager staat",
    ),
    "register_actor_ambiguous": (
        'several actors on the map are called "{name}" ({ids}); used {used}: rename one'
        " of them to be sure",
        'meerdere actoren op de kaart heten "{name}" ({ids}); {used} is gebruikt: geef er'
        " één een andere naam om zeker te zijn",
    ),
    "register_repeat": (
        "this row repeats the mandate of row {first}; row skipped",
        "deze rij herhaalt het mandaat van rij {first}; rij overgeslagen",
    ),
    "register_conflict_map": (
        "this mandate (same power, grantor, holder, instrument and start) is already on the"
        " map with {kept}, this row says {got}: change the map or the row",
        "dit mandaat (zelfde bevoegdheid, mandaatgever, gemandateerde, instrument en"
        " ingang) staat al op de kaart met {kept}, deze rij zegt {got}: pas de kaart of de"
        " rij aan",
    ),
    "register_conflict_row": (
        "this row repeats the mandate of row {first} (same power, grantor, holder,"
        " instrument and start) but says {got} where row {first} says {kept}: keep one",
        "deze rij herhaalt het mandaat van rij {first} (zelfde bevoegdheid, mandaatgever,"
        " gemandateerde, instrument en ingang) maar zegt {got} waar rij {first} {kept}"
        " zegt: houd er één",
    ),
}
