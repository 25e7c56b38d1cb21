"""Messages about a file as a whole: a damaged workbook (by its cause) and a CSV set that is
incomplete (a side file missing, a file cut off). Merged into :data:`exports.errors.MESSAGES`.
"""

from __future__ import annotations

__all__ = ["FILE_MESSAGES"]

FILE_MESSAGES: dict[str, tuple[str, str]] = {
    # a workbook that opened but fails while its sheets are read (openpyxl reads lazily)
    "xlsx_damaged_zip": (
        "the workbook's compressed data is damaged ({reason}); nothing was read from it",
        "de gecomprimeerde gegevens van de werkmap zijn beschadigd ({reason}); er is niets"
        " uit gelezen",
    ),
    "xlsx_damaged_xml": (
        "the workbook holds XML that cannot be read ({reason}); open and save the file in"
        " Excel or LibreOffice",
        "de werkmap bevat XML die niet te lezen is ({reason}); open en bewaar het bestand in"
        " Excel of LibreOffice",
    ),
    "xlsx_missing_part": (
        "a part the workbook refers to is missing ({reason})",
        "een onderdeel waarnaar de werkmap verwijst ontbreekt ({reason})",
    ),
    "xlsx_bad_value": (
        "the workbook holds a value that Excel does not write ({reason}); open and save the"
        " file in Excel or LibreOffice",
        "de werkmap bevat een waarde die Excel niet schrijft ({reason}); open en bewaar het"
        " bestand in Excel of LibreOffice",
    ),
    "file_empty": (
        "the file is empty (0 bytes); is it complete? Copy or save it again",
        "het bestand is leeg (0 bytes); is het volledig? Kopieer of bewaar het opnieuw",
    ),
    # the mandate register
    "register_dates_reversed": (
        "{until_column} {until} lies before {from_column} ({start}); correct one of the two",
        "{until_column} {until} ligt vóór {from_column} ({start}); verbeter een van beide",
    ),
    "register_mandate_to_itself": (
        '"{name}" is both {grantor} and {holder}: a mandate to oneself grants nothing (Awb'
        " 10:1); imported as it stands, correct the row",
        '"{name}" is zowel {grantor} als {holder}: een mandaat aan zichzelf verleent niets'
        " (art. 10:1 Awb); geïmporteerd zoals het er staat, verbeter de rij",
    ),
    "register_actor_invisible": (
        'matched the actor "{name}" on the map: the cell has the same name with an invisible'
        " character ({chars}); remove it from the register to be sure",
        'gekoppeld aan de actor "{name}" op de kaart: de cel heeft dezelfde naam met een'
        " onzichtbaar teken ({chars}); haal dat uit het register weg om zeker te zijn",
    ),
    "register_actor_look_alike": (
        'matched the actor "{name}" on the map: the cell says "{cell}", which differs only in'
        " spaces or character width",
        'gekoppeld aan de actor "{name}" op de kaart: de cel zegt "{cell}", dat alleen in'
        " spaties of tekenbreedte verschilt",
    ),
    "register_no_writing_column": (
        "the column Schriftelijk / In writing is missing: whether the {count} mandates added"
        " were granted in writing (Awb 10:5 lid 2) cannot be told; add the column and import"
        " again, or record it on the map",
        "de kolom Schriftelijk ontbreekt; of de {count} toegevoegde mandaten schriftelijk zijn"
        " verleend (art. 10:5 lid 2 Awb), is niet na te gaan; voeg de kolom toe en importeer"
        " opnieuw, of leg het vast op de kaart",
    ),
    "register_no_writing_column_one": (
        "the column Schriftelijk / In writing is missing: whether the mandate added was"
        " granted in writing (Awb 10:5 lid 2) cannot be told; add the column and import"
        " again, or record it on the map",
        "de kolom Schriftelijk ontbreekt; of het toegevoegde mandaat schriftelijk is verleend"
        " (art. 10:5 lid 2 Awb), is niet na te gaan; voeg de kolom toe en importeer opnieuw,"
        " of leg het vast op de kaart",
    ),
    # a number in a date column (hostile review 5, C5): Excel counts days from 1900
    "register_date_serial": (
        "the number {serial} reads as {day}: is this a date? Write the date itself"
        " (2026-01-31 or 31-1-2026)",
        "het getal {serial} leest als {day_nl}: is dit een datum? Schrijf de datum zelf"
        " (2026-01-31 of 31-1-2026)",
    ),
    "register_date_cell_number": (
        "the cell is formatted as a date but holds the number {got}, which is no date{meant}."
        " Write the date itself (2026-01-31 or 31-1-2026)",
        "de cel is opgemaakt als datum maar bevat het getal {got}, en dat is geen datum"
        "{meant_nl}. Schrijf de datum zelf (2026-01-31 of 31-1-2026)",
    ),
    "register_excel_error": (
        "the cell holds the Excel error {got} (a formula that failed), not a value, so nothing"
        " is imported. Repair the formula or type the value itself",
        "de cel bevat de Excel-fout {got} (een formule die mislukte), geen waarde; daarom is er"
        " niets ingelezen. Herstel de formule of typ de waarde zelf",
    ),
    "register_date_far_ahead": (
        "the mandate takes effect only on {day}, more than a year from today: is the year"
        " right? Imported as written",
        "het mandaat gaat pas in op {day_nl}, meer dan een jaar na vandaag: klopt het jaar?"
        " Ingelezen zoals het er staat",
    ),
    "register_date_number": (
        "expected a date (2026-01-31 or 31-1-2026), got the number {got}{meant}",
        "verwacht een datum (2026-01-31 of 31-1-2026), kreeg het getal {got}{meant_nl}",
    ),
    # a CSV set written by Krachtenveld: the case file lists the files it belongs with
    "csv_side_file_missing": (
        "{file} is missing beside {entry}, although {listing} names it as part of the"
        ' export; what it holds would be lost. Put it back, or delete the row "files" in'
        " {listing} to import the rest without it",
        "{file} ontbreekt naast {entry}, terwijl {listing} het noemt als deel van de export;"
        ' wat erin staat zou verloren gaan. Zet het terug, of verwijder de rij "files" in'
        " {listing} om de rest zonder dat bestand te importeren",
    ),
    "csv_side_file_empty": (
        "{file} beside {entry} is empty ({size} bytes), not even a header row, although"
        " {listing} names it as part of the export; what it held would be lost. Is the file"
        ' complete? Copy it again, or delete the row "files" in {listing} to import the'
        " rest without it",
        "{file} naast {entry} is leeg ({size} bytes), zonder zelfs een kopregel, terwijl"
        " {listing} het noemt als deel van de export; wat erin stond zou verloren gaan. Is"
        ' het bestand volledig? Kopieer het opnieuw, of verwijder de rij "files" in'
        " {listing} om de rest zonder dat bestand te importeren",
    ),
    "csv_case_file_missing": (
        "{file} not found beside {entry}: the case's title, description and date are not"
        " imported, and whether other files of the set are missing cannot be checked",
        "{file} niet gevonden naast {entry}: de titel, omschrijving en datum van de casus"
        " worden niet geïmporteerd, en of er andere bestanden van de set ontbreken is niet"
        " na te gaan",
    ),
    "csv_powers_file_missing": (
        "{file} not found beside {entry}, and the mandates and needs name powers that are"
        " not in the set; put {file} beside {entry}",
        "{file} niet gevonden naast {entry}, terwijl mandaten en benodigde besluiten"
        " bevoegdheden noemen die niet in de set staan; zet {file} naast {entry}",
    ),
    "csv_organisations_file_missing": (
        "{file} not found beside {entry}, and actors name organisations that are not in the"
        " set; put {file} beside {entry}",
        "{file} niet gevonden naast {entry}, terwijl actoren organisaties noemen die niet in"
        " de set staan; zet {file} naast {entry}",
    ),
    "csv_no_id_column": (
        "{file} has no Id column (its header row names {headers}); without it no power,"
        " relationship or mandate can refer to an actor. Name the column of the ids Id",
        "{file} heeft geen kolom Id (de kopregel noemt {headers}); zonder die kolom kan geen"
        " bevoegdheid, relatie of mandaat naar een actor verwijzen. Noem de kolom met de ids Id",
    ),
    "csv_short_row": (
        "this row has {cells} of the header's {columns} columns; the missing cells are read as"
        " empty. Is a separator or a line break out of place?",
        "deze rij heeft {cells} van de {columns} kolommen van de kopregel; de ontbrekende cellen"
        " zijn als leeg gelezen. Staat er een scheidingsteken of regeleinde verkeerd?",
    ),
    "csv_row_cut_off": (
        "the last row has {cells} of the header's {columns} cells, while the rows above have"
        " them all; the file looks cut off: is it complete?",
        "de laatste rij heeft {cells} van de {columns} cellen van de kopregel, terwijl de"
        " rijen erboven ze allemaal hebben; het bestand lijkt afgebroken: is het volledig?",
    ),
    "csv_row_cut_off_end": (
        "the last row has {cells} of the header's {columns} cells and the file ends in it,"
        " without a line break; the file looks cut off: is it complete?",
        "de laatste rij heeft {cells} van de {columns} cellen van de kopregel en het bestand"
        " houdt daarin op, zonder regeleinde; het bestand lijkt afgebroken: is het volledig?",
    ),
    # a quoted cell that goes on after its closing quote (hostile review 6, N5)
    "csv_bad_quote": (
        "a cell on this row opens with a quote that closes before the cell ends (read up to"
        " line {line} of the file); check the quotes on this row",
        "een cel op deze rij begint met een aanhalingsteken dat sluit voordat de cel eindigt"
        " (gelezen tot regel {line} van het bestand); controleer de aanhalingstekens op deze rij",
    ),
}
