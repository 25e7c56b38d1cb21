"""The main window: the map in the middle, docks around it, menus, toolbar and status bar.

File handling (new, open, save, recent files, drops, unsaved-changes prompt) lives in
:mod:`ui.window.files`; the actions and their texts in :mod:`ui.window.actions`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWidget,
)

from models import Case, LayoutMethod, Practice
from models.i18n import Lang
from ui.background.analysis_runner import AnalysisRunner
from ui.background.layout_runner import LayoutRunner
from ui.canvas.filters import MapFilter
from ui.canvas.fit_words import zoom_text
from ui.canvas.scene import MapScene
from ui.canvas.scene_grid import ViewMode
from ui.canvas.view import MapView
from ui.docks.findings import FindingsDock
from ui.document.controller import DocumentController
from ui.exchange.window_exchange import install as install_exchange
from ui.present import Presenter
from ui.safety.document_safety import DocumentSafety
from ui.window import map_focus
from ui.window.actions import ActionName, Group, WindowActions
from ui.window.bars import build_status_bar, build_toolbar
from ui.window.edit import EditCommands
from ui.window.files import FileHandler
from ui.window.find_bar import FindBar, map_area
from ui.window.menus import build_menus, shortcuts_html
from ui.window.selection_marks import SelectionMarks
from ui.window.subject_note import SubjectNote

__all__ = ["MainWindow"]

COMPACT_HEIGHT = 1100  # lower windows start with the tables beside the findings

ORGANISATION = "Krachtenveld"
APPLICATION = "Krachtenveld"
PRACTICES: tuple[Practice | None, ...] = (None, Practice.ROUTINE, Practice.MAATWERK)


def app_settings() -> QSettings:
    """The settings store shared by the window and :mod:`ui.i18n`."""
    return QSettings(ORGANISATION, APPLICATION)


def current_lang() -> Lang:
    """The language the GUI is shown in."""
    from ui.i18n import current_language

    return current_language()


class MainWindow(QMainWindow):
    """The Krachtenveld editor window."""

    def __init__(
        self,
        controller: DocumentController | None = None,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
        safety: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.controller = controller if controller is not None else DocumentController()
        if self.controller.parent() is None:
            self.controller.setParent(self)  # the document lives as long as its window
        self.settings = settings if settings is not None else app_settings()
        lang = current_lang()
        # the analysis runner hears of a new case before the scene does, so a large case
        # starts analysing in a worker while its map is being drawn (the docks find it)
        AnalysisRunner(self.controller, self)
        self.scene = MapScene(self.controller, lang, self)
        self.view = MapView(self.scene, self)
        self.find_bar = FindBar(self)  # Edit › Find: a bar above the map
        self.setCentralWidget(map_area(self, self.find_bar))
        self.setAcceptDrops(True)
        self.actions_ = WindowActions(self, self.view)
        self.files = FileHandler(self)
        self.safety: DocumentSafety | None = None
        if safety:
            self.safety = DocumentSafety(self, self.controller, save_as=self.files.save_as)
            self.safety.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            self.safety.read_only_changed.connect(self._update_title)
        self.edit = EditCommands(self)
        self.layouts = LayoutRunner(self.controller, self)
        self.layouts.lang = lang
        self.docks: list[QDockWidget] = self._create_docks()
        self.menus: dict[str, QMenu] = build_menus(self)
        self.exchange = install_exchange(self)  # import, export, compare, what-if
        self.presenter = Presenter(self)  # presentation mode (F5)
        self.toolbar, self.layout_button, self.practice_label, self.practice_box = build_toolbar(
            self
        )
        bars = build_status_bar(self)
        self.counts_label, self.zoom_label, self.progress, self.cancel_button, self.messages = bars
        from ui.window import first_run

        self.empty_hint = first_run.install(self)  # empty-map card, kind chooser, help
        self._connect_actions()
        self._connect_signals()
        self._shown_once = False
        self.files.restore_window_state()
        self._set_own_texts()  # the actions, the map and the find bar set theirs when made
        self._update_edit_actions()

    # ------------------------------------------------------------------ building
    def _create_docks(self) -> list[QDockWidget]:
        from ui.docks import create_docks

        return create_docks(self, self.controller)

    def analysis_runner(self) -> AnalysisRunner | None:
        """The docks' analysis runner (None without docks)."""
        from ui.docks import analysis_runner

        return analysis_runner(self)

    def _connect_actions(self) -> None:
        a, view = self.actions_, self.view
        a.connect_group(Group.MODE, view.set_mode)
        a.on("map_add_actor", view.insert_actor)
        a.on("map_connect_selected", view.connect_selection)
        a.on("edit_rename", self._rename_selection)
        a.on("edit_find", self.find_bar.open_bar)
        a.on("edit_find_next", self.find_bar.find_next)
        a.on("edit_find_previous", self.find_bar.find_previous)
        a.connect_group(Group.LAYOUT, self.run_layout)
        a.on("layout_cancel", self.layouts.cancel)
        a.connect_group(Group.VIEW, self.set_view_mode)
        a.on("view_zoom_in", view.zoom_in)
        a.on("view_zoom_out", view.zoom_out)
        a.on("view_zoom_reset", view.zoom_reset)
        a.on("view_fit", view.fit_to_window)
        a["view_legend"].toggled.connect(self._on_legend_toggled)
        a.on("view_focus", lambda: self.focus_on_selection(1))
        a.on("view_clear_filter", lambda: map_focus.show_everything(self))
        a.on("view_present", self.presenter.start)
        a.connect_group(Group.PRACTICE, self.controller.set_practice)
        self.practice_box.currentIndexChanged.connect(
            lambda i: self.controller.set_practice(PRACTICES[i])
        )
        a.on("analysis_run", self._run_analysis)
        a.on("analysis_findings", lambda: self._raise_dock("findings_dock"))
        a.on("analysis_scorecard", lambda: self._raise_dock("scorecard_dock"))
        a.on("help_shortcuts", self._show_shortcuts)
        a.on("help_about", self._show_about)
        a.connect_group(Group.LANGUAGE, self.set_language)

    def _connect_signals(self) -> None:
        ctl = self.controller
        ctl.path_changed.connect(self._update_title)
        ctl.dirty_changed.connect(self._update_title)
        ctl.case_replaced.connect(self._on_controller_case_replaced)
        ctl.practice_changed.connect(self._on_controller_practice_changed)
        ctl.selection_changed.connect(self._on_controller_selection_changed)
        ctl.case.changed.connect(self._on_case_changed)
        self.view.zoom_changed.connect(self._update_zoom)
        self.view.mode_changed.connect(self._on_view_mode_changed)
        self.view.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.view.focus_requested.connect(lambda actor_id: self.focus_on(actor_id, 1))
        self.subject_note = SubjectNote(self)  # what the status bar says of it stays
        self.selection_marks = SelectionMarks(self)  # far out, rings round the selected
        # the map shows what a finding is about (the window's own docks: a search of every
        # child of the window took ~0.9 ms of each window's making; issue 15)
        for dock in self.docks:
            if isinstance(dock, FindingsDock):
                dock.subject_chosen.connect(self.subject_note.show)
        self.layouts.started.connect(self._on_layout_started)
        self.layouts.progress.connect(self.progress.setValue)
        self.layouts.finished.connect(self._on_layout_finished)
        self.layouts.failed.connect(lambda text: self.show_error(self.tr("Layout failed"), text))
        from ui.i18n import language_manager

        language_manager().changed.connect(self._on_language_changed)

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        """Set every text of the window in the current language."""
        self.actions_.retranslate()
        self.view.retranslate()
        self.find_bar.retranslate()
        self._set_own_texts()

    def _set_own_texts(self) -> None:
        """The texts the window sets itself: undo and redo, menus, toolbar, status bar and
        title (a window's making set its actions' texts twice; issue 15)."""
        self.edit.retranslate()
        from ui.window.menus import retranslate_menus

        retranslate_menus(self)
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.layout_button.setText(self.tr("Layout"))
        self.layout_button.setToolTip(
            self.tr(
                "Lay out the map: a click uses the hierarchy when the map has mandates, "
                "else the force-directed layout; the arrow offers every layout"
            )
        )
        self.layout_button.setAccessibleName(self.tr("Layout"))
        self.practice_label.setText(self.tr("&Practice:"))
        for i, text in enumerate((self.tr("Both"), self.tr("Routine"), self.tr("Maatwerk"))):
            self.practice_box.setItemText(i, text)
        self.practice_box.setToolTip(self.tr("Show the routine practice, maatwerk, or both"))
        self.practice_box.setAccessibleName(self.tr("Practice"))
        self.counts_label.setAccessibleName(self.tr("Counts"))
        self.zoom_label.setAccessibleName(self.tr("Zoom"))
        self.zoom_label.setToolTip(self.tr("Zoom"))
        self.progress.setAccessibleName(self.tr("Layout progress"))
        self._update_title()
        self._update_counts()
        self._update_zoom(self.view.zoom())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, lang: str) -> None:
        """Switch the GUI language at run time (stored in the settings)."""
        from ui.i18n import set_language

        set_language(lang)

    def _on_language_changed(self, lang: str) -> None:
        language: Lang = "nl" if lang == "nl" else "en"
        self.scene.set_language(language)
        self.layouts.lang = language
        self.view.refresh_legend()
        self.actions_.action_for(Group.LANGUAGE, language).setChecked(True)
        self.retranslate()

    # ------------------------------------------------------------------ view
    def set_view_mode(self, mode: ViewMode) -> None:
        """Show the map or the power/interest grid."""
        self.scene.set_view_mode(mode)
        self.view.legend_item().show_edges = mode != ViewMode.GRID
        self.view.refresh_legend()
        self.actions_.action_for(Group.VIEW, mode).setChecked(True)
        self.view.fit_to_window()

    def focus_on_selection(self, depth: int) -> None:
        """Show only the neighbourhood of the selected actor, ``depth`` steps out."""
        actors = [i for i in self.controller.selection if i in self.scene.actor_items]
        if not actors:
            self.statusBar().showMessage(self.tr("Select an actor to focus on."), 5000)
            return
        self.focus_on(actors[0], depth)

    def focus_on(self, actor_id: str, depth: int) -> None:
        """Show ``actor_id`` and its neighbours up to ``depth`` steps (and say so)."""
        map_focus.focus_on(self, actor_id, depth)

    def _on_legend_toggled(self, on: bool) -> None:
        self.view.show_legend = on
        self.view.viewport().update()

    def _raise_dock(self, name: str) -> None:
        dock = self.findChild(QDockWidget, name)
        if dock is not None:
            dock.show()
            dock.raise_()
            dock.setFocus()

    def _rename_selection(self) -> None:
        selected = self.scene.selected_ids()
        if selected:
            self.view.start_rename(selected[0])

    # ------------------------------------------------------------------ layout
    def run_layout(self, method: LayoutMethod) -> None:
        """Lay out the map with ``method`` off the GUI thread (one undo step when done)."""
        if self.scene.view_mode != ViewMode.MAP:
            self.set_view_mode(ViewMode.MAP)
        if not self.layouts.start(method, self.scene.actor_sizes(), self.view.reading()):
            self.statusBar().showMessage(self.tr("A layout is already running."), 4000)

    def run_default_layout(self) -> None:
        """Lay out the map the recommended way: the hierarchy when it has mandates."""
        from mapper.layout import default_method

        self.run_layout(default_method(self.controller.case))

    def _on_layout_started(self, method: str) -> None:
        from ui.background.layout_runner import method_label

        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.actions_["layout_cancel"].setEnabled(True)
        label = method_label(LayoutMethod(method))
        self.statusBar().showMessage(self.tr("Layout: %1…").replace("%1", label))

    def _on_layout_finished(self, applied: bool) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.actions_["layout_cancel"].setEnabled(False)
        if not applied and self.layouts.was_cancelled:  # (Dutch review 21, D10: it went blank)
            self.statusBar().showMessage(self.tr("Layout cancelled; the map is unchanged."), 8000)
        else:
            self.statusBar().clearMessage()
        if applied:
            self.view.fit_to_window()
            from ui.window.wide_map import show_start

            show_start(self)  # far wider than tall (a hierarchy of 10,000): its full height

    # ------------------------------------------------------------------ analysis
    def _run_analysis(self) -> None:
        runner = self.analysis_runner()
        if runner is not None:
            runner.run_now()

    # ------------------------------------------------------------------ updates
    def _update_title(self, *_args: object) -> None:
        name = self.controller.display_name()
        if self.safety is not None and self.safety.read_only:
            name = self.tr("%1 (read-only)").replace("%1", name)
        self.setWindowTitle(f"{name}[*] — Krachtenveld")
        self.setWindowModified(self.controller.dirty)
        self.actions_["file_save"].setEnabled(True)

    def _update_counts(self) -> None:
        from mapper.wording import number

        case, lang = self.controller.case, current_lang()

        def counted(n: int, one: str, many: str) -> str:  # real plurals, Dutch digits
            return one if n == 1 else many.replace("%1", number(n, lang))

        a = counted(len(case.actors), self.tr("1 actor"), self.tr("%1 actors"))
        r = counted(len(case.relationships), self.tr("1 relationship"), self.tr("%1 relationships"))
        m = counted(len(case.mandates), self.tr("1 mandate"), self.tr("%1 mandates"))
        self.counts_label.setText(f"{a} · {r} · {m}")

    def _update_zoom(self, zoom: float) -> None:  # "3 % (names too small)": F2/F10
        self.zoom_label.setText(zoom_text(zoom, self.view.named(), self.scene.actor_items))

    def _update_edit_actions(self) -> None:
        has = bool(self.controller.selection)
        for name in ("edit_cut", "edit_copy", "edit_duplicate", "edit_delete", "edit_rename"):
            self.actions_[name].setEnabled(has)
        self.actions_["view_focus"].setEnabled(
            any(i in self.scene.actor_items for i in self.controller.selection)
        )

    def _on_case_changed(self) -> None:
        self._update_counts()

    def _on_controller_case_replaced(self, case: Case) -> None:
        case.changed.connect(self._on_case_changed)
        if self.scene.map_filter != MapFilter():  # the new scene was built with its filter:
            self.scene.set_filter(MapFilter())  # refresh only when it changes (a full re-route)
            self.view.fit_to_window()  # the view fitted the filtered map (it fits on its own)
        self._update_counts()
        self._update_title()

    def _on_controller_practice_changed(self, practice: Practice | None) -> None:
        index = PRACTICES.index(practice) if practice in PRACTICES else 0
        self.practice_box.blockSignals(True)
        self.practice_box.setCurrentIndex(index)
        self.practice_box.blockSignals(False)
        names: tuple[ActionName, ...] = ("practice_both", "practice_routine", "practice_maatwerk")
        self.actions_[names[index]].setChecked(True)

    def _on_controller_selection_changed(self, ids: tuple[str, ...]) -> None:
        self._update_edit_actions()
        if ids and not self.view.hasFocus():
            item = self.scene.item_for(ids[0])
            if item is not None and item.isVisible():
                self.view.ensureVisible(item, 40, 40)
                self.find_bar.ring_chosen_elsewhere(ids)  # far out: where it is

    def _on_view_mode_changed(self, name: str) -> None:
        self.actions_.action_for(Group.MODE, name).setChecked(True)

    # ------------------------------------------------------------------ dialogs
    def show_error(self, title: str, text: str) -> None:
        """Tell the user something went wrong (patched in tests)."""
        QMessageBox.warning(self, title, text)

    def _show_shortcuts(self) -> None:
        box = QMessageBox(self)
        box.setObjectName("shortcuts_box")
        box.setWindowTitle(self.tr("Keyboard shortcuts"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(shortcuts_html(self))
        box.exec()

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Krachtenveld"),
            self.tr(
                "<b>Krachtenveld</b><br>Map the field of forces around a case and find where "
                "the organisation fails to do what is needed.<br>Licence: EUPL-1.2"
            ),
        )

    # ------------------------------------------------------------------ events
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if not self.files.state_restored and self.height() < COMPACT_HEIGHT:
                from ui.docks import compact_docks

                compact_docks(self)  # a low window: the map gets the full height

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.layouts.cancel()
        self.layouts.wait(5000)
        if self.safety is not None:
            self.safety.close()
        self.files.save_window_state()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.files.dropped_path(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self.files.dropped_path(event.mimeData())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files.open_path(path)
