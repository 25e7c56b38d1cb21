"""File handling of the main window: new, open, save, save as, drops, export (what it
remembers between sessions is :mod:`ui.window.file_memory`).

The questions to the user go through three small methods (:meth:`FileHandler.ask_open_path`,
:meth:`FileHandler.ask_save_path`, :meth:`FileHandler.ask_save_changes`) so tests can answer
them without dialogs.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMessageBox, QScrollArea

from mapper.layout.placing import unplaced
from models.errors import KvmapError, Problem
from models.i18n import Lang
from models.timeline_io import LIMITS as TIMELINE_LIMITS
from ui.exchange.file_names import safe_stem
from ui.i18n import current_language
from ui.window.file_memory import WindowMemory
from ui.window.map_progress import open_with_progress, saving

if TYPE_CHECKING:
    from ui.dialogs.casebook_dialog import CasebookDialog
    from ui.docks.timeline import TimelineDock
    from ui.window.main_window import MainWindow

__all__ = ["FileHandler"]

Answer = QMessageBox.StandardButton


class FileHandler(QObject, WindowMemory):
    """Opening and saving for one window; what it remembers in the settings is
    :class:`ui.window.file_memory.WindowMemory`."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.state_restored = False  # the dock layout came from an earlier session
        self.geometry_restored = False  # the window's size came from an earlier session
        self.pending_repairs: tuple[Sequence[Problem], str] = ((), "")
        a = window.actions_
        a.on("file_new", self.new)
        a.on("file_new_template", self.new_from_template)
        a.on("file_open", self.open)
        a.on("file_open_example", self.open_example)
        a.on("file_save", self.save)
        a.on("file_save_as", self.save_as)
        a.on("file_save_snapshot", self.save_snapshot)
        a.on("file_timeline", self.show_timeline)
        a.on("file_open_casebook", self.open_casebook)
        a.on("file_export_image", self.export_image)
        a.on("file_quit", window.close)

    # ------------------------------------------------------------------ questions
    def ask_open_path(self) -> str | None:
        """Ask which file to open."""
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("FileHandler", "Open case"),
            self._folder(),
            QCoreApplication.translate(
                "FileHandler", "Krachtenveld cases (*.kvmap);;All files (*)"
            ),
        )
        return path or None

    def ask_save_path(self) -> str | None:
        """Ask where to save."""
        suggested = self.window.controller.path or str(
            Path(self._folder())
            / f"{safe_stem(self.window.controller.case.info.title, 'casus')}.kvmap"
        )
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("FileHandler", "Save case"),
            suggested,
            QCoreApplication.translate("FileHandler", "Krachtenveld cases (*.kvmap)"),
        )
        if path and not path.endswith(".kvmap"):
            path += ".kvmap"
        return path or None

    def ask_save_changes(self) -> QMessageBox.StandardButton:
        """Ask whether to save unsaved changes: Save, Discard or Cancel."""
        box = QMessageBox(self.window)
        box.setObjectName("save_changes_box")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("FileHandler", "Unsaved changes"))
        box.setText(
            QCoreApplication.translate("FileHandler", "Save the changes to “%1” first?").replace(
                "%1", self.window.controller.display_name()
            )
        )
        box.setStandardButtons(Answer.Save | Answer.Discard | Answer.Cancel)
        box.setDefaultButton(Answer.Save)
        return Answer(box.exec())

    # ------------------------------------------------------------------ timeline
    def show_timeline(self) -> TimelineDock | None:
        """Show the Timeline dock in front (File > Timeline)."""
        from ui.docks.timeline import TimelineDock

        dock = self.window.findChild(TimelineDock, "timeline_dock")
        if dock is not None:
            dock.show()
            dock.raise_()
            # asked for: room for the list and the chart's dates, up to 55 % of the window (at
            # 1366 x 768 the dock kept ~140 pixels and showed only the list; new user, tenth
            # round); the docks below keep the rest
            body = dock.widget()
            inner = body.widget() if isinstance(body, QScrollArea) else body
            wanted = inner.sizeHint().height() if inner is not None else 0
            if self.window.controller.case.timeline.snapshots:  # the chart comes after its
                wanted += dock.chart.height()  # analysis, in a worker: its room now
            room = min(wanted, int(self.window.height() * 0.55))
            below = self._dock_below(dock)
            if dock.height() < room and below is not None:
                total = dock.height() + below.height()
                self.window.resizeDocks(
                    [dock, below], [room, max(total - room, 0)], Qt.Orientation.Vertical
                )
        return dock

    def _dock_below(self, dock: QDockWidget) -> QDockWidget | None:
        """The visible dock under ``dock`` in its column (the Findings at start-up)."""
        place = dock.geometry()
        below = [
            d
            for d in self.window.findChildren(QDockWidget)
            if d.isVisible()
            and d.parent() is self.window
            and d.geometry().top() >= place.bottom()
            and d.geometry().left() < place.right()
            and d.geometry().right() > place.left()
        ]
        return min(below, key=lambda d: d.geometry().top(), default=None)

    # ------------------------------------------------------------------ casebook
    def ask_casebook_folder(self) -> str | None:
        """Ask which folder of maps to read as a casebook."""
        from ui.dialogs.casebook_folder import casebook_folder_dialog

        dialog = casebook_folder_dialog(self.window, self._folder())
        if not dialog.exec():
            return None
        chosen = dialog.selectedFiles()
        return chosen[0] if chosen else None

    def open_casebook(self, folder: str | None = None) -> CasebookDialog | None:
        """File > Open casebook…: analyse every map in a folder and show what recurs."""
        from ui.dialogs.casebook_dialog import CasebookDialog

        folder = folder or self.ask_casebook_folder()
        if not folder:
            return None
        dialog = self.window.findChild(CasebookDialog, "casebook_dialog")
        if dialog is None:
            dialog = CasebookDialog(self.window)
        dialog.show()
        dialog.raise_()
        dialog.start(folder)
        return dialog

    def save_snapshot(self) -> bool:
        """Show the Timeline and ask for a snapshot's name and date (File > Save snapshot…)."""
        dock = self.show_timeline()
        return dock is not None and dock.ask_snapshot()

    # ------------------------------------------------------------------ commands
    def maybe_save(self) -> bool:
        """Before closing the case: True when it may go (saved, discarded or clean)."""
        if not self.window.controller.dirty:
            return True
        answer = self.ask_save_changes()
        if answer == Answer.Save:
            return self.save()
        return answer == Answer.Discard

    def new(self) -> None:
        """Start an empty case."""
        if self.maybe_save():
            self.window.controller.new_document()

    def ask_template(self) -> str | None:
        """Ask which case template to start from (its key), or None."""
        from ui.dialogs.template_dialog import TemplateDialog

        dialog = TemplateDialog(self.window)
        try:
            if dialog.exec() != TemplateDialog.DialogCode.Accepted:
                return None
            return dialog.chosen_key()
        finally:
            dialog.deleteLater()

    def new_from_template(self) -> None:
        """Ask for a case template and start an untitled case from it."""
        if not self.maybe_save():
            return
        key = self.ask_template()
        if key:
            self.open_template(key)

    def open_template(self, key: str) -> None:
        """Start an untitled case from the template ``key`` (laid out, nothing to undo)."""
        from ui.dialogs.template_dialog import template_case_laid_out

        self.window.controller.replace_case(template_case_laid_out(key), None)

    def open(self) -> None:
        """Ask for a file and open it."""
        if not self.maybe_save():
            return
        path = self.ask_open_path()
        if path:
            self.open_path(path, ask=False)

    def open_path(self, path: str | os.PathLike[str], *, ask: bool = True) -> bool:
        """Open ``path`` (asking about unsaved changes first when ``ask``)."""
        if ask and not self.maybe_save():
            return False
        safety = self.window.safety
        if safety is not None and not safety.check_open(path):
            return False
        try:
            repaired = open_with_progress(self.window, path)  # a big file: progress
        except KvmapError as exc:
            self.window.show_error(
                QCoreApplication.translate("FileHandler", "Cannot open the file"),
                exc.render(self.window.scene.lang),
            )
            self.remove_recent(os.fspath(path))
            return False
        self.add_recent(os.fspath(path))
        self.report_repaired(repaired, os.fspath(path))
        if unplaced(self.window.controller.case):  # no places of its own: laid out, no pile
            self.window.run_default_layout()  # (one undo step; the map counts as changed)
        self.report_look_alikes()
        return True

    def report_pending_repairs(self) -> None:
        """Show what was repaired to open the start-up file, once the window is visible."""
        problems, path = self.pending_repairs
        self.pending_repairs = ((), "")
        self.report_repaired(problems, path)

    def report_look_alikes(self) -> bool:
        """Say in the status bar when two names on the opened map look the same but are
        written differently (:func:`models.look_alike.look_alike_said`); whether it did."""
        from models.look_alike import look_alike_said

        said = look_alike_said(self.window.controller.case, self.window.scene.lang)
        if said:
            self.window.statusBar().showMessage(" ".join(said), 30_000)
        return bool(said)

    def report_repaired(self, problems: Sequence[Problem], path: str) -> None:
        """Tell the user what was repaired to open ``path`` (nothing when nothing was)."""
        if not problems:
            return
        lang = self.window.scene.lang
        intro = QCoreApplication.translate(
            "FileHandler",
            "The file had problems that Krachtenveld repaired to open it. Check these values "
            "and save to keep the repair; the file itself is unchanged until then.",
        )
        listed = KvmapError(list(problems), path).render(lang)
        self.window.show_error(
            QCoreApplication.translate("FileHandler", "Opened with repairs"), f"{intro}\n\n{listed}"
        )

    def open_example(self) -> None:
        """Open the built-in example case (unsaved, without a path)."""
        if not self.maybe_save():
            return
        from models.example import example_case

        self.window.controller.replace_case(example_case(), None, example=True)

    def save(self) -> bool:
        """Save to the current file, or ask for one."""
        if self.window.controller.path is None:
            return self.save_as()
        return self._save_to(self.window.controller.path)

    def save_as(self) -> bool:
        """Ask for a file name and save there."""
        path = self.ask_save_path()
        return bool(path) and self._save_to(path)  # type: ignore[arg-type]

    def _save_to(self, path: str) -> bool:
        from ui.safety.document_safety import CANCEL, SAVE_AS

        safety = self.window.safety
        if safety is not None:
            answer = safety.check_save(path)
            if answer == CANCEL:
                return False
            if answer == SAVE_AS:
                return self.save_as()
        try:
            with saving(self.window):  # a big map: a progress window and a busy cursor
                if safety is not None:
                    with safety.saving():
                        self.window.controller.save(path)
                else:
                    self.window.controller.save(path)
        except KvmapError as exc:
            self.window.show_error(
                QCoreApplication.translate("FileHandler", "Cannot save the file"),
                exc.render(self.window.scene.lang),
            )
            return False
        self.add_recent(path)
        saved = QCoreApplication.translate("FileHandler", "Saved %1").replace("%1", path)
        trimmed = self.window.controller.history_trimmed
        if trimmed:  # the history was at its limit: the oldest saves made room
            saved += (
                QCoreApplication.translate(
                    "FileHandler",
                    "; the history of saves was full (it keeps the last %1), so the oldest were"
                    " removed from it: %2",
                )
                .replace("%1", _number(TIMELINE_LIMITS["history"], self.window.scene.lang))
                .replace("%2", _number(trimmed, self.window.scene.lang))
            )
        self.window.statusBar().showMessage(saved, 8000 if trimmed else 4000)
        return True

    def ask_export_path(self) -> str | None:
        """Ask where to save a picture of the map (.png, .svg or .pdf); an anonymised
        picture is named after the anonymised title, as the picture itself says it (new user,
        twelfth round B3: the name suggested held the child's name)."""
        window = self.window
        title = window.controller.case.info.title
        if window.exchange["export_anonymised"].isChecked():
            from exports.anonymise_filename import anonymised_title  # new user 17, N2
            from exports.map_language import map_language

            case = window.controller.case
            lang = window.scene.lang
            title = anonymised_title(case, map_language(case, lang), names=lang)
        default = Path(self.export_folder()) / f"{safe_stem(title, 'kaart')}.png"
        path, _ = QFileDialog.getSaveFileName(
            window,
            QCoreApplication.translate("FileHandler", "Export picture"),
            str(default),
            QCoreApplication.translate(
                "FileHandler", "PNG picture (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"
            ),
        )
        if path:
            self.remember_export_folder(path)
        return path or None

    def export_image(self) -> bool:
        """Save a picture of the map (PNG, SVG or PDF) with its legend: an A4 page with every
        name legible printed (:func:`exports.picture.write_page`); with File › Export ›
        Anonymised checked, drawn from the anonymised case, as the note and the deck are."""
        from exports.picture import write_page
        from exports.picture_big import picture_words
        from exports.pseudonym_check import PseudonymLeakError
        from ui.exchange.anonymised import anonymised_notes, write_anonymised_page
        from ui.safety.gc_guard import give_back

        window = self.window
        path = self.ask_export_path()
        if not path:
            return False
        lang = window.scene.lang
        case = window.controller.case
        anonymous = window.exchange["export_anonymised"].isChecked()
        try:
            with window.view.at_own_size():  # drawn as on screen, on an A4 page
                if anonymous:  # a big map's overview without names: from this scene too
                    drawn = write_anonymised_page(case, path, lang, window.scene)
                else:
                    drawn = write_page(window.scene, path, case, lang)
        except (KvmapError, PseudonymLeakError) as exc:  # refused as the note (hostile 15)
            said = exc.in_app() if isinstance(exc, PseudonymLeakError) else exc.render(lang)
            window.show_error(
                QCoreApplication.translate("FileHandler", "Cannot export the picture"), said
            )
            return False
        finally:
            give_back()  # the page's image and the anonymised case: 40-90 MB at 10,000 (G1)
        saved = QCoreApplication.translate("FileHandler", "Saved %1").replace("%1", path)
        if path.lower().endswith(".png"):  # its size and whether its names read, as the
            saved = f"{saved}: {picture_words(drawn, current_language())}"  # CLI says (G8)
        note, details = anonymised_notes(case, anonymous, lang)
        said = f"{saved.removesuffix('.')}. {note}" if note else saved
        window.messages.show_until_back(said, 8000 if note or saved[-1:] == "." else 4000, details)
        return True

    # ------------------------------------------------------------------ drops
    @staticmethod
    def dropped_path(data: QMimeData | None) -> str | None:
        """The local file in a drop, if it is one file."""
        if data is None or not data.hasUrls():
            return None
        urls = [u for u in data.urls() if u.isLocalFile()]
        if len(urls) != 1:
            return None
        return urls[0].toLocalFile()


def _number(count: int, lang: Lang) -> str:
    """``100.000`` / ``100,000``."""
    return f"{count:,}".replace(",", "." if lang == "nl" else ",")
