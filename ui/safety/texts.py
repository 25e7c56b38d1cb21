"""Texts (English, Dutch) of the safety dialogs: recovery, crash, file changed, file locked.

These dialogs are built on demand, so they read the current GUI language when shown and
need no ``retranslate``. They use the project's message catalogue rather than Qt's ``tr()``
so that the module stays self-contained (see ``docs/reliability.md``).
"""

from __future__ import annotations

from models.i18n import Catalogue, Lang

__all__ = ["TEXTS", "text"]

TEXTS = Catalogue(
    {
        # recovery
        "recovery_title": ("Recover unsaved work", "Niet-opgeslagen werk herstellen"),
        "recovery_intro": (
            "Krachtenveld was not closed properly. These maps had changes that were not saved; "
            "the copies below were made automatically.",
            "Krachtenveld is niet netjes afgesloten. Deze kaarten hadden wijzigingen die niet "
            "waren opgeslagen; hieronder staan de automatisch gemaakte kopieën.",
        ),
        "recovery_item": (
            "{title} — {where} — recovery copy of {when}",
            "{title} — {where} — herstelkopie van {when}",
        ),
        "recovery_never_saved": ("not yet saved as a file", "nog niet als bestand opgeslagen"),
        "recovery_restore": ("&Restore", "&Herstellen"),
        "recovery_discard": ("&Discard", "&Weggooien"),
        "recovery_later": ("&Later", "&Later"),
        "recovery_discard_confirm": (
            "Throw away the recovery copy of “{title}”? This cannot be undone.",
            "De herstelkopie van “{title}” weggooien? Dit kan niet ongedaan worden gemaakt.",
        ),
        # the map by its file or title, never the copy's internal name; the reason in the UI's
        # language (rev-dutch21 D4)
        "recovery_failed": (
            "The recovery copy of {name} cannot be opened: {reason}.\n\nThe copy is kept; at the"
            " next start you can try it again or discard it.",
            "De herstelkopie van {name} kan niet worden geopend: {reason}.\n\nDe kopie blijft"
            " bewaard; u kunt haar bij de volgende start opnieuw proberen of weggooien.",
        ),
        "recovery_repaired": (
            "The recovery copy of {name} had problems that Krachtenveld repaired to open it."
            " Check these values:\n{problems}",
            "De herstelkopie van {name} had problemen die Krachtenveld heeft hersteld om haar te"
            " openen. Controleer deze waarden:\n{problems}",
        ),
        "recovery_unnamed": ("this map", "deze kaart"),
        "recovery_incomplete": (
            "the copy is incomplete or damaged",
            "de kopie is onvolledig of beschadigd",
        ),
        "autosave_failed": (
            "The automatic recovery copy of {name} failed: {reason}. Save the map to keep your"
            " changes.",
            "De automatische herstelkopie van {name} is mislukt: {reason}. Sla de kaart op om uw"
            " wijzigingen veilig te stellen.",
        ),
        # crash
        "crash_title": ("Unexpected error", "Onverwachte fout"),
        # what the dialog may say of the open map depends on what the handler could do
        # (rev-dutch21 D7: "a recovery copy was made" only when one was)
        "crash_text_copy": (
            "Something went wrong inside Krachtenveld itself, not in your file. Your map is "
            "still open with all your changes, and a recovery copy of it was made. Save your "
            "work under a new name to be safe, or continue working.",
            "Er is een fout opgetreden in Krachtenveld zelf, niet in uw bestand. Uw kaart is "
            "nog open met al uw wijzigingen, en er is een herstelkopie van gemaakt. Sla uw "
            "werk voor de zekerheid onder een nieuwe naam op, of werk verder.",
        ),
        "crash_text_clean": (
            "Something went wrong inside Krachtenveld itself, not in your file. Your map is "
            "still open; it had no unsaved changes, so no recovery copy was needed. You can "
            "continue working.",
            "Er is een fout opgetreden in Krachtenveld zelf, niet in uw bestand. Uw kaart is "
            "nog open; zij had geen wijzigingen die nog niet waren opgeslagen, dus een "
            "herstelkopie was niet nodig. U kunt verder werken.",
        ),
        "crash_text_failed": (
            "Something went wrong inside Krachtenveld itself, not in your file. Your map is "
            "still open with all your changes, but no recovery copy could be made. Save your "
            "work under a new name now.",
            "Er is een fout opgetreden in Krachtenveld zelf, niet in uw bestand. Uw kaart is "
            "nog open met al uw wijzigingen, maar er kon geen herstelkopie worden gemaakt. Sla "
            "uw werk nu onder een nieuwe naam op.",
        ),
        "crash_text_unknown": (
            "Something went wrong inside Krachtenveld itself, not in your file. Your map is "
            "still open. Save your work under a new name to be safe, or continue working.",
            "Er is een fout opgetreden in Krachtenveld zelf, niet in uw bestand. Uw kaart is "
            "nog open. Sla uw werk voor de zekerheid onder een nieuwe naam op, of werk verder.",
        ),
        "crash_details": (
            "The technical details are under “Show Details…” and in the log file:\n{log}",
            "De technische gegevens staan onder “Details tonen…” en in het logbestand:\n{log}",
        ),
        "crash_save_as": ("Save &as…", "Opslaan &als…"),
        "crash_continue": ("&Continue", "&Doorgaan"),
        # a fault of Krachtenveld itself, not of the user's file (rev-dutch21 D3, as the CLI)
        "own_fault_map": (
            "This is a fault in Krachtenveld itself, not in your file. Your map has not been "
            "changed. The details are in the log file {log}.",
            "Dit is een fout in Krachtenveld zelf, niet in uw bestand. Uw kaart is niet "
            "gewijzigd. De details staan in het logbestand {log}.",
        ),
        "own_fault_file": (
            "This is a fault in Krachtenveld itself, not in your file. The file has not been "
            "changed. The details are in the log file {log}.",
            "Dit is een fout in Krachtenveld zelf, niet in uw bestand. Het bestand is niet "
            "gewijzigd. De details staan in het logbestand {log}.",
        ),
        "own_fault_folder": (
            "This is a fault in Krachtenveld itself, not in your maps. The maps in the folder "
            "have not been changed. The details are in the log file {log}.",
            "Dit is een fout in Krachtenveld zelf, niet in uw kaarten. De kaarten in de map zijn "
            "niet gewijzigd. De details staan in het logbestand {log}.",
        ),
        # file changed on disk
        "changed_title": ("File changed on disk", "Bestand gewijzigd op schijf"),
        "changed_text": (
            "“{name}” was changed on disk by someone else (or another program).",
            "“{name}” is op schijf gewijzigd door iemand anders (of een ander programma).",
        ),
        "changed_text_dirty": (
            "“{name}” was changed on disk by someone else (or another program), and you have "
            "unsaved changes. Reloading throws your changes away.",
            "“{name}” is op schijf gewijzigd door iemand anders (of een ander programma), en u "
            "hebt niet-opgeslagen wijzigingen. Opnieuw laden gooit uw wijzigingen weg.",
        ),
        "changed_reload": ("&Reload from disk", "&Opnieuw laden van schijf"),
        "changed_keep": ("&Keep my version", "&Mijn versie houden"),
        "removed_text": (
            "“{name}” was removed or renamed on disk. Your map is still open; save it to keep it.",
            "“{name}” is op schijf verwijderd of hernoemd. Uw kaart is nog open; sla haar op om "
            "haar te bewaren.",
        ),
        # save over a newer version
        "newer_title": ("Newer version on disk", "Nieuwere versie op schijf"),
        "newer_text": (
            "“{name}” was changed on disk since you opened or last saved it. Saving now "
            "overwrites those changes (the overwritten version is kept as “{backup}”).",
            "“{name}” is op schijf gewijzigd sinds u het opende of laatst opsloeg. Nu opslaan "
            "overschrijft die wijzigingen (de overschreven versie blijft bewaard als "
            "“{backup}”).",
        ),
        "target_locked_text": (
            "{user} on {host} has “{name}” open (since {since}). Saving over it overwrites "
            "their map (the overwritten version is kept as “{backup}”).",
            "{user} op {host} heeft “{name}” open (sinds {since}). Eroverheen opslaan "
            "overschrijft die kaart (de overschreven versie blijft bewaard als “{backup}”).",
        ),
        "newer_overwrite": ("&Overwrite", "&Overschrijven"),
        "newer_save_as": ("Save &as…", "Opslaan &als…"),
        # locked by someone else
        "locked_title": ("Map in use", "Kaart in gebruik"),
        "locked_text": (
            "{user} on {host} has “{name}” open (since {since}). If you both make changes, "
            "one of you overwrites the other.",
            "{user} op {host} heeft “{name}” open (sinds {since}). Als u allebei wijzigt, "
            "overschrijft de een het werk van de ander.",
        ),
        "locked_read_only": ("Open &read-only", "&Alleen-lezen openen"),
        "locked_anyway": ("Open &anyway", "&Toch openen"),
        "read_only_save": (
            "“{name}” is open read-only because someone else has it open. Save your changes "
            "under a new name.",
            "“{name}” is alleen-lezen geopend omdat iemand anders het open heeft. Sla uw "
            "wijzigingen onder een nieuwe naam op.",
        ),
        "lock_lost": (
            "{user} on {host} took over “{name}” and may be changing it now.",
            "{user} op {host} heeft “{name}” overgenomen en wijzigt het misschien nu.",
        ),
        # saving
        "save_failed_title": ("Could not save", "Opslaan mislukt"),
        "open_failed_title": ("Could not open", "Openen mislukt"),
    }
)


def text(key: str, lang: Lang | None = None, /, **params: object) -> str:
    """The text ``key`` in ``lang`` (default: the GUI's current language)."""
    if lang is None:
        from ui.i18n import current_language

        lang = current_language()
    return TEXTS.text(key, lang, **params)
