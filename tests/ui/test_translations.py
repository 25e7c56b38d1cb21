"""Every visible string of the GUI is translatable and translated into Dutch.

1. lupdate over ``ui/**/*.py`` (into a temporary copy of the committed ``.ts``) must find no
   string without a finished Dutch translation, and the committed ``.qm`` must hold them all.
2. A pseudo-translation wraps every translated string in ``⟦…⟧``; any visible text of the main
   window (widgets, actions, menus, headers) that is not wrapped is hard-coded.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCalendarWidget,
    QDockWidget,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabBar,
    QUndoView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from models import Actor, Position
from models.example import example_case
from tests.ui.docks_support import english_ui  # noqa: F401
from ui.docks.fields import DATA_PROPERTY
from ui.document.controller import DocumentController
from ui.translations.update import QM_FILE, TS_FILE, check

WRAPPED = re.compile(r"⟦[^⟦⟧]*⟧")
LETTER = re.compile(r"[^\W\d_]")

pytestmark = pytest.mark.usefixtures("english_ui")


def test_every_source_string_has_a_finished_dutch_translation() -> None:
    missing = check()
    assert not missing, (
        "strings without a finished Dutch translation (run `python -m ui.translations.update`, "
        "translate them in ui/translations/krachtenveld_nl.ts, run it again):\n"
        + "\n".join(str(m) for m in missing)
    )


def test_compiled_qm_holds_every_translation_of_the_ts(qapp: QApplication) -> None:
    translator = QTranslator()
    assert translator.load(str(QM_FILE))
    stale: list[str] = []
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            assert translation is not None
            forms = translation.findall("numerusform")
            if forms:
                got = (translator.translate(name, source, None, 2) or "").replace("%n", "2")
                want = (forms[-1].text or "").replace("%n", "2")
            else:
                got = translator.translate(name, source) or ""
                want = translation.text or ""
            if got != want:
                stale.append(f"[{name}] {source!r}: .qm has {got!r}, .ts has {want!r}")
    assert not stale, (
        "krachtenveld_nl.qm is out of date; run python -m ui.translations.update\n"
        + ("\n".join(stale))
    )


class RecordingTranslator(QTranslator):
    """Records every (context, source) the program asks to translate; translates nothing."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: set[tuple[str, str]] = set()

    def translate(
        self,
        context: str,
        sourceText: str,  # noqa: N803 (Qt's name)
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        self.seen.add((context, sourceText))
        return None  # a null string: Qt goes on to the next translator

    def isEmpty(self) -> bool:
        return False


def _exercise(window: QMainWindow, controller: DocumentController) -> None:
    """Make the window show most of its texts: edits (undo texts), selections, menus."""
    controller.set_field("college", "influence", 4)
    controller.add_actor(Actor("extra", "Extra"))
    controller.remove(["extra", "r1"])
    controller.set_case_field("title", "Titel")
    controller.move_actors({"college": Position(10, 10)}, {"college": None})
    for ids in (["college"], ["r2"], ["m1"], ["n1"], [], ["college", "r2"]):
        controller.set_selection(ids)
    for menu in window.findChildren(QMenu):
        menu.aboutToShow.emit()
    QCoreApplication.processEvents()


def _missing_from_ts(seen: set[tuple[str, str]]) -> list[str]:
    """Our (not Qt's) texts whose source is nowhere in the .ts."""
    known = {m.findtext("source", "") for m in ET.parse(TS_FILE).getroot().iter("message")}
    ours = {(c, t) for c, t in seen if not re.match(r"Q[A-Z]", c)}  # Qt's own: qtbase_nl
    return sorted(f"[{c}] {t!r}" for c, t in ours if t not in known)


def test_recording_translator_sees_unknown_texts(qapp: QApplication) -> None:
    recorder = RecordingTranslator()
    QCoreApplication.installTranslator(recorder)
    try:
        assert QCoreApplication.translate("Somewhere", "Not in the ts") == "Not in the ts"
        assert QCoreApplication.translate("TableDock", "Filter…") == "Filter…"
    finally:
        QCoreApplication.removeTranslator(recorder)
    assert _missing_from_ts(recorder.seen) == ["[Somewhere] 'Not in the ts'"]


def test_every_text_translated_at_run_time_is_in_the_ts(qtbot: QtBot, qapp: QApplication) -> None:
    """Catches texts lupdate cannot see (``_tr(variable)``, calls it fails to parse)."""
    recorder = RecordingTranslator()
    QCoreApplication.installTranslator(recorder)
    try:
        controller = DocumentController(example_case())
        window = _main_window(controller)
        qtbot.addWidget(window)
        window.show()
        _exercise(window, controller)
    finally:
        QCoreApplication.removeTranslator(recorder)
    assert recorder.seen, "nothing was translated at all"
    missing = _missing_from_ts(recorder.seen)
    assert not missing, (
        "texts translated at run time but missing from krachtenveld_nl.ts (lupdate cannot see "
        "them: write literal tr()/translate() calls, no call inside the arguments):\n"
        + "\n".join(missing)
    )


class PseudoTranslator(QTranslator):
    """Translates every string into ``⟦string⟧``."""

    def translate(
        self,
        context: str,
        sourceText: str,  # noqa: N803 (Qt's name)
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        return f"⟦{sourceText}⟧"

    def isEmpty(self) -> bool:
        return False


def _main_window(controller: DocumentController) -> QMainWindow:
    """The real main window (it runs the real analysis), every table and dock made: a window
    makes only the table in front until another is chosen, and History, Timeline and Scorecard
    when first in view (LazyDock), and every one's texts are checked."""
    from ui.docks.lazy_dock import LazyDock
    from ui.docks.table_docks import TableDock
    from ui.window.main_window import MainWindow

    window = MainWindow(controller)
    for table in window.findChildren(TableDock):
        table.build()
    for dock in window.findChildren(LazyDock):
        dock.build()
    return window


def _texts(window: QMainWindow) -> Iterator[tuple[str, str]]:
    """(where, text) of every piece of interface text in the window."""
    widgets: list[QWidget] = [window, *window.findChildren(QWidget)]
    for w in widgets:
        if w.property(DATA_PROPERTY) or _qt_internal(w) or _in_calendar(w):
            continue
        where = f"{type(w).__name__} {w.objectName()!r}"
        yield where + " tooltip", w.toolTip()
        yield where + " accessible name", w.accessibleName()
        yield where + " status tip", w.statusTip()
        if isinstance(w, (QLabel, QAbstractButton)):
            yield where, w.text()
        elif isinstance(w, QGroupBox):
            yield where, w.title()
        elif isinstance(w, QLineEdit):
            yield where + " placeholder", w.placeholderText()
        elif isinstance(w, QDockWidget):
            yield where, w.windowTitle()
        elif isinstance(w, QMenu):
            yield where, w.title()
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield f"{where} tab {i}", w.tabText(i)
                yield f"{where} tab {i} tooltip", w.tabToolTip(i)
        elif isinstance(w, QUndoView):
            yield where + " empty label", w.emptyLabel()
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            header = getattr(w, "horizontalHeader", None)
            shown = header is not None and isinstance(header(), QHeaderView)
            if shown and header is not None and not header().isHidden():
                for c in range(model.columnCount()):
                    text = model.headerData(c, Qt.Orientation.Horizontal)
                    yield f"{where} header {c}", str(text or "")
    for action in window.findChildren(QAction):
        if action.isSeparator() or _in_calendar(action):
            continue
        where = f"QAction {action.objectName()!r}"
        yield where, action.text()
        yield where + " tooltip", action.toolTip()
        yield where + " status tip", action.statusTip()
        yield where + " icon text", action.iconText()


def _in_calendar(obj: QObject) -> bool:
    """Month and day names of a date editor's calendar come from the locale, not tr()."""
    parent = obj.parent()
    while parent is not None:
        if isinstance(parent, QCalendarWidget):
            return True
        parent = parent.parent()
    return False


def _qt_internal(widget: QWidget) -> bool:
    """Qt's own helper widgets (dock title buttons, tab scroll arrows): Qt translates them."""
    name = widget.objectName()
    return name.startswith("qt_") or name in ("ScrollLeftButton", "ScrollRightButton")


def _hard_coded(text: str) -> bool:
    rest = text.replace("&", "")
    while WRAPPED.search(rest):  # innermost first: translations may be nested
        rest = WRAPPED.sub("", rest)
    rest = re.sub(r"<[^>]+>", "", rest)  # markup
    return bool(LETTER.search(rest))


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[PseudoTranslator]:
    translator = PseudoTranslator()
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_no_hard_coded_text_in_the_main_window(qtbot: QtBot, pseudo: PseudoTranslator) -> None:
    controller = DocumentController(example_case())
    window = _main_window(controller)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    controller.set_selection(["wethouder"])  # Properties shows an actor's form
    QCoreApplication.installTranslator(pseudo)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    QCoreApplication.processEvents()
    controller.set_selection([])  # ... and the case header, built under the pseudo language
    controller.set_selection(["r1", "m1"])
    controller.set_selection(["m1"])

    def every_text_translated() -> None:
        hard_coded = sorted(
            {f"{where}: {text!r}" for where, text in _texts(window) if _hard_coded(text)}
        )
        assert not hard_coded, "visible text that does not go through tr():\n" + "\n".join(
            hard_coded
        )

    # the tab bars of tabified docks pick up the new titles from posted events: a text still
    # waiting for its event is unwrapped too, so waiting can only end in a pass or this message
    qtbot.waitUntil(every_text_translated, timeout=2000)


def test_pseudo_check_catches_hard_coded_text(qtbot: QtBot, pseudo: PseudoTranslator) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    QLabel("Hard-coded text", window)
    ok = QLabel(window)
    QCoreApplication.installTranslator(pseudo)
    ok.setText(QCoreApplication.translate("Test", "Translated"))
    found = [text for _where, text in _texts(window) if _hard_coded(text)]
    assert found == ["Hard-coded text"]
