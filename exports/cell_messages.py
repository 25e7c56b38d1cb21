"""Messages about one cell of a mandate register that does not fit its column (a date, an
amount, a name). Merged into :data:`exports.errors.MESSAGES`; a choice that is none of the
column's is the model's ``expected_enum``."""

from __future__ import annotations

__all__ = ["CELL_MESSAGES"]

CELL_MESSAGES: dict[str, tuple[str, str]] = {
    "register_bad_date": (
        "expected a date (2026-01-31 or 31-1-2026), got {got}",
        "verwacht een datum (2026-01-31 of 31-1-2026), kreeg {got}",
    ),
    "register_bad_amount": (
        "expected an amount in euros, got {got}",
        "verwacht een bedrag in euro, kreeg {got}",
    ),
    "register_bad_sub_mandate": (
        "expected yes, no or a number of further levels (0 to 9), got {got}",
        "verwacht ja, nee of een aantal verdere niveaus (0 tot en met 9), kreeg {got}",
    ),
    # a grantor or holder given as a number: an actor named "42" (hostile review 6, N5)
    "register_name_number": (
        "the cell holds the number {got}, not the name of an actor, so nothing is imported."
        " Type the name (a role such as ‘Teamleider Inkomen’)",
        "de cel bevat het getal {got}, geen naam van een actor; daarom is er niets ingelezen."
        " Typ de naam (een rol zoals ‘Teamleider Inkomen’)",
    ),
    # a coordinate that is no finite number (NaN, inf, a text): the actor is still imported
    "position_dropped": (
        "{axis} is {what}; the actor is imported without a position and placed by the layout",
        "{axis} is {what_nl}; de actor is ingelezen zonder positie en wordt door de indeling"
        " geplaatst",
    ),
    # a tie from an actor to itself (a GraphML self-loop): kept, but almost surely a slip
    "edge_to_itself": (
        'runs from "{name}" to itself; imported as it is: check its source and target',
        'loopt van "{name}" naar zichzelf; zo ingelezen: controleer bron en doel',
    ),
    # a name of only invisible characters: that row is skipped, the rest imported
    "invisible_label": (
        "the name holds only characters that cannot be seen ({codes}), so it is empty; row skipped",
        "de naam bevat alleen tekens die niet te zien zijn ({codes}) en is dus leeg;"
        " rij overgeslagen",
    ),
    # a zero-width space (or joiner, soft hyphen) before or after a name or id: removed, said
    "invisible_trimmed_name": (
        "the name began or ended with characters that cannot be seen ({codes}); they were"
        ' removed: "{shown}"',
        "de naam begon of eindigde met tekens die niet te zien zijn ({codes}); die zijn"
        ' weggehaald: "{shown}"',
    ),
    "invisible_trimmed_id": (
        "the id began or ended with characters that cannot be seen ({codes}); they were"
        ' removed: "{shown}"',
        "het id begon of eindigde met tekens die niet te zien zijn ({codes}); die zijn"
        ' weggehaald: "{shown}"',
    ),
}
