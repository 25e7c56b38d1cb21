"""The words for a file that cannot be read or written: missing, not a regular file, too
large, not UTF-8 or not JSON, not a map, locked, or a save that failed. Part of
:data:`models.errors.MESSAGES`."""

from __future__ import annotations

__all__ = ["FILE_MESSAGES"]

FILE_MESSAGES: dict[str, tuple[str, str]] = {
    "file_missing": ("file not found", "bestand niet gevonden"),
    "file_unreadable": (
        "cannot read the file: {reason}",
        "kan het bestand niet lezen: {reason}",
    ),
    "is_folder": (
        "this is a folder, not a file",
        "dit is een map, geen bestand",
    ),
    "target_not_regular": (
        "could not save: the target is a device, named pipe or socket (such as /dev/zero), "
        "not a regular file; nothing was written. Choose a file name",
        "opslaan mislukt: het doel is een apparaat, named pipe of socket (zoals /dev/zero), "
        "geen gewoon bestand; er is niets geschreven. Kies een bestandsnaam",
    ),
    "backup_is_folder": (
        "could not save: {name} is a folder, so the previous version cannot be kept there; "
        "rename or remove that folder. The previous file is unchanged",
        "opslaan mislukt: {name} is een map, dus de vorige versie kan daar niet worden "
        "bewaard; geef die map een andere naam of verwijder hem. Het vorige bestand is "
        "ongewijzigd",
    ),
    "parent_not_folder": (
        "could not save: {name} is a file, not a folder",
        "opslaan mislukt: {name} is een bestand, geen map",
    ),
    "png_encode_failed": (
        "could not save: Qt could not encode the window as a PNG picture",
        "opslaan mislukt: Qt kon het venster niet als PNG-afbeelding coderen",
    ),
    "is_pipe": (
        "this is a named pipe (FIFO), not a regular file; only regular files are read",
        "dit is een named pipe (FIFO), geen gewoon bestand; alleen gewone bestanden worden gelezen",
    ),
    "is_device": (
        "this is a device or socket (such as /dev/zero), not a regular file; only regular "
        "files are read",
        "dit is een apparaat of socket (zoals /dev/zero), geen gewoon bestand; alleen gewone "
        "bestanden worden gelezen",
    ),
    "file_too_large": (
        "the file is {size:,} bytes; the limit is {limit:,} bytes",
        "het bestand is {size:,} bytes; de grens is {limit:,} bytes",
    ),
    "not_utf8": (
        "the file is not UTF-8 text (byte {position})",
        "het bestand is geen UTF-8-tekst (byte {position})",
    ),
    "bad_json": (
        "malformed JSON at line {line}, column {column}: {reason}",
        "ongeldige JSON op regel {line}, kolom {column}: {reason}",
    ),
    "empty_file": (
        "the file is empty (0 bytes): it holds no map",
        "het bestand is leeg (0 bytes): er staat geen kaart in",
    ),
    "zero_bytes": (
        "the file holds only zero bytes (0x00), {size:,} of them, and no text: was it damaged"
        " in a crash or by a sync program? Take an older copy (of a map: the .bak beside it)",
        "het bestand bevat alleen nulbytes (0x00), {size_nl} stuks, en geen tekst: is het"
        " beschadigd bij een crash of door een synchronisatieprogramma? Neem een oudere kopie"
        " (van een kaart: de .bak ernaast)",
    ),
    "utf16_unreadable": (
        "the file is UTF-16 text (byte order {order}) but breaks off at byte {position}: save"
        " it as UTF-8",
        "het bestand is UTF-16-tekst (bytevolgorde {order}) maar breekt af bij byte"
        " {position}: sla het op als UTF-8",
    ),
    "json_cut_off": (  # rev-dutch21 D8: no byte count; {size} stays in the params
        "the file is incomplete: it breaks off before the map is complete. Was it copied or"
        " saved only in part? Take an older copy (of a map: the .bak beside it)",
        "het bestand is onvolledig: het breekt af voordat de kaart compleet is. Is het maar"
        " voor een deel gekopieerd of opgeslagen? Neem een oudere kopie (van een kaart: de"
        " .bak ernaast)",
    ),
    "number_too_long": (
        "a number in the file has more than {limit} digits",
        "een getal in het bestand heeft meer dan {limit} cijfers",
    ),
    "too_many_values": (
        "the file holds about {count} values; the limit is {limit}",
        "het bestand bevat ongeveer {count} waarden; de grens is {limit}",
    ),
    "too_deep": (
        "the JSON is nested too deeply (more than {limit} levels)",
        "de JSON is te diep genest (meer dan {limit} niveaus)",
    ),
    "not_kvmap": (
        'this is not a Krachtenveld map (expected "format": "krachtenveld")',
        'dit is geen Krachtenveld-kaart (verwacht "format": "krachtenveld")',
    ),
    "version_newer": (
        "the file has format version {version}; this program reads up to version {supported}. "
        "Update Krachtenveld to open it",
        "het bestand heeft formaatversie {version}; dit programma leest tot en met versie "
        "{supported}. Werk Krachtenveld bij om het te openen",
    ),
    "version_missing": (
        "version missing: a map needs its format version (2 for this program)",
        "version ontbreekt: een kaart heeft haar formaatversie nodig (2 voor dit programma)",
    ),
    "version_body_newer": (
        "the file says version {version} but has {sections}, which only version 2 has:"
        " set version to 2",
        "het bestand zegt versie {version} maar heeft {sections}, wat alleen versie 2 heeft:"
        " zet version op 2",
    ),
    "version_bad": (
        "expected a whole-number format version, got {got}",
        "verwacht een heel getal als formaatversie, kreeg {got}",
    ),
    "file_locked": (
        "{user} on {host} has this map open (since {since}); changes made at the same "
        "time overwrite each other",
        "{user} op {host} heeft deze kaart open (sinds {since}); wijzigingen die tegelijk "
        "worden gemaakt overschrijven elkaar",
    ),
    "write_failed": (
        "could not save: {reason}. The previous file is unchanged",
        "opslaan mislukt: {reason}. Het vorige bestand is ongewijzigd",
    ),
    "write_failed_new": (
        "could not save: {reason}. Nothing was written",
        "opslaan mislukt: {reason}. Er is niets geschreven",
    ),
    "folder_missing": (
        "could not save: the folder {name} does not exist. Nothing was written",
        "opslaan mislukt: de map {name} bestaat niet. Er is niets geschreven",
    ),
}
