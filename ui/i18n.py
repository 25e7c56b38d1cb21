"""Run-time language switching for the desktop app (Dutch and English).

Our own strings go through Qt's ``tr()``; their Dutch translations live in
``ui/translations/krachtenveld_nl.qm`` (compiled from ``krachtenveld_nl.ts``, see
``docs/translations.md``). Qt's own strings (standard dialogs, context menus of line edits)
come from ``qtbase_nl.qm`` in PySide6's translations folder.

:func:`set_language` removes the previous translators and installs the new ones; Qt then sends
a ``LanguageChange`` event to every widget, and widgets re-translate themselves in
``changeEvent``. Objects that are not widgets (table models, the analysis texts) listen to
:func:`language_manager`'s ``changed`` signal instead. The choice is stored in ``QSettings``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
    Signal,
)

from mapper.wording import number
from models.i18n import LANGUAGES, Lang, normalise_language

__all__ = [
    "QT_TRANSLATE_NOOP",
    "SETTINGS_KEY",
    "TRANSLATIONS_DIR",
    "LanguageManager",
    "counted",
    "current_language",
    "initial_language",
    "language_manager",
    "saved_language",
    "set_language",
]

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
SETTINGS_KEY = "ui/language"
ORGANISATION = "Krachtenveld"
APPLICATION = "Krachtenveld"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for ``pyside6-lupdate`` in ``context``; translate it later with
    ``QCoreApplication.translate(context, text)``. (Typed twin of Qt's own.)"""
    return text


def _settings() -> QSettings:
    return QSettings(ORGANISATION, APPLICATION)


class LanguageManager(QObject):
    """Holds the installed translators and announces language switches."""

    changed = Signal(str)  # the new language, "nl" or "en"

    def __init__(self) -> None:
        super().__init__()
        self._language: Lang = "en"
        self._translators: list[QTranslator] = []

    @property
    def language(self) -> Lang:
        """The language the GUI is shown in now."""
        return self._language

    def ensure_plurals(self) -> None:
        """English is the source language, but its "(s)" plurals need a translator too: a
        dialog made before any :meth:`install` said "2 difference(s)" (issue 11)."""
        app = QCoreApplication.instance()
        if app is not None and not self._translators and self._language == "en":
            plurals = EnglishPlurals(self)
            QCoreApplication.installTranslator(plurals)
            self._translators.append(plurals)

    def install(self, language: Lang, *, persist: bool = True) -> None:
        """Show the GUI in ``language``: swap translators and tell everyone."""
        app = QCoreApplication.instance()
        for translator in self._translators:
            if app is not None:
                QCoreApplication.removeTranslator(translator)
        self._translators = []
        self._language = language
        if app is not None:
            found = _load_dutch(self) if language == "nl" else [EnglishPlurals(self)]
            for translator in found:
                QCoreApplication.installTranslator(translator)
                self._translators.append(translator)
        if persist:
            _settings().setValue(SETTINGS_KEY, language)
        if app is not None:  # re-translate now, not at the next turn of the event loop
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.changed.emit(language)


#: Qt's own strings that PySide6's ``qtbase_nl.qm`` lacks (Qt 6 renamed them; the Dutch file
#: still has the old texts): (context, source) -> Dutch.
QT_GAPS_NL: dict[tuple[str, str], str] = {
    ("QFileDialog", "&Look in:"): "&Zoeken in:",
    ("QFileDialog", "Files of &type:"): "Bestands&type:",
}


class QtGapsTranslator(QTranslator):
    """Fills the gaps of ``qtbase_nl.qm`` (:data:`QT_GAPS_NL`); installed after it."""

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None is a null QString: Qt then asks the next translator (an empty one would not)
        return QT_GAPS_NL.get((context, source_text))

    def isEmpty(self) -> bool:
        return False


class EnglishPlurals(QTranslator):
    """Real English plurals for the source texts: "%n finding(s)" reads "1 finding" and
    "3 findings" (the Dutch ``.qm`` has its own plural forms)."""

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if n < 0 or ("(s)" not in source_text and "%n" not in source_text):
            return None  # a null QString: the source text as it is
        text = source_text.replace("(s)", "" if n == 1 else "s")
        return text.replace("%n", number(n, "en"))  # "1,135 items selected" (G8)

    def isEmpty(self) -> bool:
        return False


class DutchCounts(QTranslator):
    """Our Dutch texts with their counts as Dutch writes them: the "%n" of "%n items
    geselecteerd" reads "1.135", not "1135" (rev-user15 G8: "10000" beside "10.000")."""

    def __init__(self, texts: QTranslator, parent: QObject) -> None:
        super().__init__(parent)
        self._texts = texts  # the loaded krachtenveld_nl.qm

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        text = self._texts.translate(context, source_text, disambiguation, n)
        if not text:
            return None  # not ours: the next translator
        return text.replace("%n", number(n, "nl")) if n >= 0 else text

    def isEmpty(self) -> bool:
        return self._texts.isEmpty()


def _load_dutch(parent: QObject) -> list[QTranslator]:
    found: list[QTranslator] = []
    ours = QTranslator(parent)
    if ours.load(str(TRANSLATIONS_DIR / "krachtenveld_nl.qm")):
        found.append(DutchCounts(ours, parent))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(parent)
    if qtbase.load("qtbase_nl.qm", qt_dir):
        found.append(qtbase)
    found.append(QtGapsTranslator(parent))
    return found


_MANAGER: LanguageManager | None = None


def language_manager() -> LanguageManager:
    """The one language manager of the process."""
    global _MANAGER
    if _MANAGER is None:
        _MANAGER = LanguageManager()
    _MANAGER.ensure_plurals()
    return _MANAGER


def current_language() -> Lang:
    """The language the GUI is shown in (for enum labels and analysis texts)."""
    return language_manager().language


def saved_language() -> Lang | None:
    """The language chosen in an earlier session, if any."""
    value = _settings().value(SETTINGS_KEY)
    if isinstance(value, str) and value in LANGUAGES:
        return normalise_language(value)
    return None


def initial_language(requested: str | None = None) -> Lang:
    """The language to start in: asked for, else saved, else the system's.

    ``requested`` is the ``--lang`` of the command line (or ``KRACHTENVELD_LANG``).
    """
    if requested:
        return normalise_language(requested)
    saved = saved_language()
    if saved is not None:
        return saved
    return normalise_language(QLocale.system().name())


def counted(count: int) -> str:
    """``count`` as the app's language writes it: "10.000", "10,000" (rev-user15 G8)."""
    return number(count, current_language())


def set_language(language: str, *, persist: bool = True) -> Lang:
    """Switch the GUI to ``language`` ("nl" or "en") at run time; returns the language used."""
    lang = normalise_language(language)
    language_manager().install(lang, persist=persist)
    return lang
