"""The words of the notices (:mod:`models.notices`): what a valid map holds that is almost
certainly a slip; said by ``krachtenveld validate``, never refused or changed. Part of
:data:`models.errors.MESSAGES`."""

from __future__ import annotations

__all__ = ["NOTICE_MESSAGES"]

NOTICE_MESSAGES: dict[str, tuple[str, str]] = {
    "look_alike_name": (
        '"{name}" and the name of {other_id}, "{other}", look the same but are written with'
        " different characters (in the name of {odd}: {codes}). A reader cannot tell the two"
        " apart, and a search or the anonymiser takes them as two; check whether a letter was"
        " pasted from another alphabet or an invisible character slipped in, and correct it",
        "\u201c{name}\u201d en de naam van {other_id}, \u201c{other}\u201d, zien er hetzelfde"
        " uit maar zijn met andere tekens geschreven (in de naam van {odd}: {codes}). Een"
        " lezer kan de twee niet uit elkaar houden, en zoeken of anonimiseren ziet ze als"
        " twee; kijk of een letter uit een ander alfabet is geplakt of er een onzichtbaar"
        " teken in staat, en verbeter dat",
    ),
    "agreement_no_parties": (
        'the agreement "{name}" names no parties; fill in the organisations that made it',
        'de afspraak "{name}" noemt geen partijen; vul in welke organisaties haar zijn aangegaan',
    ),
    "mandate_to_itself": (
        '"{name}" is both grantor and holder of this mandate: a mandate to oneself grants'
        " nothing (Awb 10:1); correct the grantor or the holder",
        '"{name}" is zowel mandaatgever als gemandateerde van dit mandaat: een mandaat aan'
        " zichzelf verleent niets (art. 10:1 Awb); verbeter de mandaatgever of de"
        " gemandateerde",
    ),
    "hierarchy_to_itself": (
        '"{name}" is placed above itself: a hierarchy line needs two actors; correct the'
        " source or the target",
        '"{name}" staat boven zichzelf: een hiërarchische lijn vraagt twee actoren;'
        " verbeter de bron of het doel",
    ),
    "snapshot_after_today": (
        'the snapshot "{label}" is dated {date}, after today ({today}); a snapshot'
        " records how the map was, so check its date",
        'de momentopname "{label}" heeft de datum {date}, na vandaag ({today}); een'
        " momentopname legt vast hoe de kaart was, dus controleer de datum",
    ),
    # a date no case is judged on (hostile review 7, F7: 1 January 1 was taken without a word)
    "as_of_before_1900": (
        "the map is judged as of {date}, before 1900; the validity of mandates and the"
        " deadlines are weighed on that date, so check it",
        "de kaart wordt beoordeeld per {date}, vóór 1900; de geldigheid van mandaten en de"
        " termijnen worden op die datum gewogen, dus controleer haar",
    ),
    "as_of_far_ahead": (
        "the map is judged as of {date}, more than ten years after today ({today}); the"
        " validity of mandates and the deadlines are weighed on that date, so check it",
        "de kaart wordt beoordeeld per {date}, meer dan tien jaar na vandaag ({today}); de"
        " geldigheid van mandaten en de termijnen worden op die datum gewogen, dus controleer"
        " haar",
    ),
    "snapshot_before_1900": (
        'the snapshot "{label}" is dated {date}, before 1900; check its date',
        'de momentopname "{label}" heeft de datum {date}, vóór 1900; controleer de datum',
    ),
    # the rules and the register of deviations (hostile review 5, C10)
    "deviation_no_rule_no_need": (
        'the deviation "{id}" names neither the rule it departs from nor the decision it'
        " served, so it departs from nothing; fill in the rule or the need",
        'de afwijking "{id}" noemt geen regel waarvan zij afwijkt en geen besluit waarvoor zij'
        " diende, en wijkt dus nergens van af; vul de regel of het benodigde besluit in",
    ),
    "deviation_before_rule": (
        'the deviation "{id}" is dated {date}, before the rule "{rule}" was introduced'
        " ({introduced}); check one of the two dates",
        'de afwijking "{id}" heeft de datum {date}, vóór de invoering van de regel "{rule}"'
        " ({introduced}); controleer een van beide data",
    ),
    "deviation_after_today": (
        'the deviation "{id}" is dated {date}, after today ({today}); the register records'
        " decisions already taken, so check its date",
        'de afwijking "{id}" heeft de datum {date}, na vandaag ({today}); het register legt'
        " genomen besluiten vast, dus controleer de datum",
    ),
    "rule_after_today": (
        'the rule "{name}" is introduced on {date}, after today ({today}); a rule the case'
        " runs into is already in force, so check its date",
        'de regel "{name}" wordt ingevoerd op {date}, na vandaag ({today}); een regel waar de'
        " casus tegenaan loopt, geldt al, dus controleer de datum",
    ),
    "direction_control": (
        "holds the direction control {code} at character {position}: it turns the text after it"
        " around wherever it is shown; remove it, unless the name is written right to left",
        "bevat het richtingsteken {code} op teken {position}: dat keert de tekst erna om, overal"
        " waar die wordt getoond; verwijder het, tenzij de naam van rechts naar links wordt"
        " geschreven",
    ),
}
