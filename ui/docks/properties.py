"""The Properties dock: a form for the selected actor, relationship, mandate or need, or for
the case header when nothing is selected. Each committed edit is one undo step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDockWidget,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models import Actor, Case, ModelError
from models.enums import default_sphere
from models.fields import CASE_FIELDS, MAX_LONG_TEXT, FieldSpec
from models.i18n import Lang
from models.labels import label
from ui.docks.bundle_members import BundleList, bundle_members
from ui.docks.choices import choices_for
from ui.docks.editors import ChoiceListEdit, create_editor, editor_data, set_editor_data
from ui.docks.fields import (
    DATA_PROPERTY,
    Entity,
    display_text,
    editor_value,
    field_label,
    kind_of,
    none_text,
    to_model_value,
)
from ui.docks.selected_words import selected_words
from ui.docks.wheel_guard import guard_wheel
from ui.document.controller import DocumentController
from ui.i18n import current_language

__all__ = ["PropertiesDock"]

NARROW_FORM = 460  # below this width (pixels) labels go above their fields
MIXED = object()  # several selected entities hold different values
# fields not edited for several entities at once (identity, position, the ends of a link)
_NOT_TOGETHER = frozenset(
    {"id", "name", "position", "decision", "source", "target", "grantor", "holder"}
)


class _NotesEdit(QPlainTextEdit):
    """A multi-line editor that reports when the user leaves it."""

    editingFinished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


class PropertiesDock(QDockWidget):
    """Edit the fields of the one selected entity, or of the case when nothing is selected."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("properties_dock")
        self.controller = controller
        self.editors: dict[str, QWidget] = {}
        self.target_ids: tuple[str, ...] = ()  # (): the case header; several: edited together
        self._specs: dict[str, FieldSpec] = {}
        self.bundle_list: BundleList | None = None  # a bundle's members, under its tie
        self._case: Case = controller.case
        outer = QWidget(self)
        self.heading = QLabel(outer)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)  # "342 actoren en 123 relaties …" widened the dock
        self.error_label = QLabel(outer)
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(DATA_PROPERTY, True)
        self.error_label.hide()
        self.scroll_area = QScrollArea(outer)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_widget = QWidget()
        self.scroll_area.setWidget(self.form_widget)
        self.form: QFormLayout | None = None
        self.scroll_area.viewport().installEventFilter(self)
        layout = QVBoxLayout(outer)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.error_label)
        self.setWidget(outer)
        controller.selection_changed.connect(self.rebuild)
        # another language: rebuilt once, on the LanguageChange event (changeEvent), which
        # comes with the new language set (ui.i18n.install): on its signal too, it was twice
        controller.case_replaced.connect(self._on_controller_case_replaced)
        self._case.changed.connect(self._on_case_changed)
        self.destroyed.connect(lambda *_args: self._detach())
        self.retranslate()

    # ------------------------------------------------------------------ building
    @property
    def target_id(self) -> str | None:
        """The one entity being edited (None: the case header, or several entities)."""
        return self.target_ids[0] if len(self.target_ids) == 1 else None

    def target(self) -> Entity | None:
        """The entity being edited, or None for the case header."""
        if self.target_id is None:
            return None
        found: Entity | None = self._case.entity(self.target_id)
        return found

    def targets(self) -> list[Entity]:
        """Every entity being edited (still in the case)."""
        found = (self._case.entity(i) for i in self.target_ids)
        return [e for e in found if e is not None]

    def rebuild(self, *_args: object) -> None:
        """Build the form for the current selection."""
        self._commit_pending()
        old = self.form_widget
        old.blockSignals(True)
        for child in old.findChildren(QObject):
            child.blockSignals(True)
        self.editors = {}
        self._specs = {}
        self.bundle_list = None
        self.error_label.hide()
        selection = self.controller.selection
        self.form_widget = QWidget()
        column = QVBoxLayout(self.form_widget)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form
        self._fit_form_to_width()
        column.addLayout(form)
        column.addStretch(1)
        entities = [e for e in (self._case.entity(i) for i in selection) if e is not None]
        kinds = {kind_of(e).key for e in entities}
        specs: tuple[FieldSpec, ...] = ()
        if len(entities) > 1:
            self.heading.setText(selected_words(entities))
            if len(kinds) == 1:
                self.target_ids = tuple(e.id for e in entities)
                text = self.tr("Changes apply to all %n.", "", len(entities))
                kind = kind_of(entities[0])
                specs = tuple(s for s in kind.fields if s.name not in _NOT_TOGETHER)
            else:
                self.target_ids = ()
                text = self.tr("Select items of one kind to edit them together.")
            hint = QLabel(text, self.form_widget)
            hint.setWordWrap(True)
            form.addRow(hint)
        elif len(entities) == 1:
            self.target_ids = (entities[0].id,)
            kind = kind_of(entities[0])
            self.heading.setText(self._kind_heading(kind.key))
            specs = (*(s for s in kind.fields if s.name != "id"), kind.spec("id"))
        else:
            self.target_ids = ()
            self.heading.setText(self.tr("Case"))
            specs = CASE_FIELDS
        for spec in specs:
            editor = self._make_editor(spec)
            editor.setAccessibleName(field_label(spec.name))
            self.editors[spec.name] = editor
            self._specs[spec.name] = spec
            caption = QLabel(field_label(spec.name), self.form_widget)
            caption.setWordWrap(True)  # a long label never crushes the field beside it
            caption.setBuddy(editor)
            form.addRow(caption, editor)
        if len(entities) == 1:
            self._add_bundle(form, entities[0].id)
        self._load_values()
        guard_wheel(self.form_widget)  # the wheel scrolls the panel, never a field passed over
        # the old form goes later, not now: the edit that led here (an organisation chosen in
        # its combo box hides the actor in a collapsed node, so the selection changes) may
        # still be running in one of its editors, and Qt would go on in a deleted widget
        # (a segfault; new user, seventh round 1)
        taken = self.scroll_area.takeWidget()
        if taken is not None:
            taken.hide()
            taken.deleteLater()
        self.scroll_area.setWidget(self.form_widget)
        self.setEnabled(True)

    def _add_bundle(self, form: QFormLayout, entity_id: str) -> None:
        """Above the fields of a tie drawn in a bundle on the map, the bundle's members (a
        click selects one)."""
        bundle = bundle_members(self._case, entity_id, current_language())
        if not bundle.members:
            return
        listing = BundleList(
            bundle,
            entity_id,
            lambda chosen: self.controller.set_selection([chosen]),
            self.form_widget,
        )
        heading = listing.heading()
        caption = QLabel(heading, self.form_widget)
        caption.setWordWrap(True)
        listing.setAccessibleName(heading)
        caption.setBuddy(listing)
        form.insertRow(0, caption)  # on top: the dock is short on a laptop
        form.insertRow(1, listing)
        self.bundle_list = listing

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.scroll_area.viewport():
            self._fit_form_to_width()
        return super().eventFilter(watched, event)

    def _fit_form_to_width(self) -> None:
        """A narrow panel (a laptop at 1366 pixels) puts each label above its field, so
        neither the label nor the value is cut to a few letters; a wide one keeps them side by
        side."""
        if self.form is None:
            return
        narrow = self.scroll_area.viewport().width() < NARROW_FORM
        policy = (
            QFormLayout.RowWrapPolicy.WrapAllRows
            if narrow
            else QFormLayout.RowWrapPolicy.DontWrapRows
        )
        if self.form.rowWrapPolicy() != policy:
            self.form.setRowWrapPolicy(policy)

    def _kind_heading(self, key: str) -> str:
        return {
            "actor": self.tr("Actor"),
            "relationship": self.tr("Relationship"),
            "mandate": self.tr("Mandate"),
            "need": self.tr("Need"),
            "organisation": self.tr("Organisation"),
            "power": self.tr("Power"),
            "agreement": self.tr("Agreement"),
            "rule": self.tr("Rule"),
            "deviation": self.tr("Deviation"),
        }[key]

    def _make_editor(self, spec: FieldSpec) -> QWidget:
        parent = self.form_widget
        lang = current_language()
        name = spec.name
        if spec.kind in ("id", "position") or not spec.editable:
            label = QLabel(parent)
            label.setProperty(DATA_PROPERTY, True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            return label
        if spec.kind == "text" and spec.max_length >= MAX_LONG_TEXT:
            notes = _NotesEdit(parent)
            notes.setTabChangesFocus(True)
            notes.setFixedHeight(64)
            notes.editingFinished.connect(lambda: self.commit(name))
            return notes
        if spec.kind == "bool":
            box = QCheckBox(parent)
            box.toggled.connect(lambda _on: self.commit(name))
            return box
        controller = self.controller
        editor = create_editor(
            spec,
            self._case,
            lang,
            parent,
            list_menu=True,
            choices=lambda spec: choices_for(controller, spec),
        )
        if isinstance(editor, ChoiceListEdit):
            editor.editingFinished.connect(lambda: self.commit(name))
        elif isinstance(editor, QComboBox):
            editor.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            editor.setMinimumContentsLength(12)
            editor.activated.connect(lambda _i: self.commit(name))
            line = editor.lineEdit() if editor.isEditable() else None
            if line is not None:  # a typed organisation name
                line.editingFinished.connect(lambda: self.commit(name))
        elif isinstance(editor, QSpinBox):
            editor.valueChanged.connect(lambda _v: self.commit(name))
        elif isinstance(editor, QDateEdit):
            editor.setKeyboardTracking(False)
            editor.dateChanged.connect(lambda _d: self.commit(name))
        elif isinstance(editor, QLineEdit):
            editor.editingFinished.connect(lambda: self.commit(name))
        return editor

    # ------------------------------------------------------------------ values
    def _current(self, name: str) -> Any:
        """The field's value; :data:`MIXED` when several entities differ."""
        if len(self.target_ids) > 1:
            values = [getattr(e, name) for e in self.targets()]
            return values[0] if values and all(v == values[0] for v in values) else MIXED
        entity = self.target()
        source: object = entity if entity is not None else self._case.info
        return getattr(source, name)

    def _load_values(self) -> None:
        lang = current_language()
        for name, editor in self.editors.items():
            spec = self._specs[name]
            value = self._current(name)
            blocker = QSignalBlocker(editor)
            if value is MIXED:
                self._show_mixed(editor)
            elif isinstance(editor, QLabel):
                editor.setText(display_text(spec, value, self._case, lang))
            elif isinstance(editor, QPlainTextEdit):
                if editor.toPlainText() != value:
                    editor.setPlainText(value)
            elif isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            else:
                set_editor_data(editor, editor_value(spec, value, lang, self._case))
            blocker.unblock()
        self._name_derived_sphere(lang)

    def _name_derived_sphere(self, lang: Lang) -> None:
        """Say which sphere an actor without one gets from its kind: "Political (from kind)"."""
        editor = self.editors.get("sphere")
        actor = self.target()
        if isinstance(editor, QComboBox) and isinstance(actor, Actor):
            implied = label(default_sphere(actor.kind), lang)
            editor.setItemText(0, f"{implied} {none_text(self._specs['sphere'])}")

    def _show_mixed(self, editor: QWidget) -> None:
        """Several selected entities differ in this field: show that, not one of them."""
        several = self.tr("(several values)")
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(-1)
            editor.setPlaceholderText(several)
        elif isinstance(editor, QCheckBox):
            editor.setCheckState(Qt.CheckState.PartiallyChecked)
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText("")
            editor.setPlaceholderText(several)
        elif isinstance(editor, (QLineEdit, ChoiceListEdit)):
            editor.setText("")
            line = editor.line if isinstance(editor, ChoiceListEdit) else editor
            line.setPlaceholderText(several)

    def _editor_value(self, name: str) -> Any:
        editor = self.editors[name]
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        return editor_data(editor)

    def commit(self, name: str) -> bool:
        """Write the editor of field ``name`` to the model (one undo step when it changed)."""
        if name not in self.editors:
            return False
        spec = self._specs[name]
        ids = self.target_ids
        location = f"{ids[0]}.{name}" if ids else f"case.{name}"
        editor = self.editors[name]
        if isinstance(editor, QComboBox) and editor.currentIndex() < 0:
            return False  # "(several values)" left alone
        try:
            value = to_model_value(
                spec, self._editor_value(name), location, current_language(), self._case
            )
            if not ids:
                self.controller.set_case_field(name, value)
            elif len(ids) == 1:
                before = set(self.controller.case.organisations.ids())
                self.controller.set_field(ids[0], name, value)
                self._say_created(before)
            else:
                # "Edit Kind: 2 items", as "Edit Kind: Wijkagent" for one (twelfth round B7)
                text = self.tr("Edit %1: %n items", "", len(ids)).replace("%1", field_label(name))
                self.controller.set_fields([(i, name, value) for i in ids], text)
        except ModelError as exc:
            self.show_error(exc.render(current_language()))
            return False
        self.error_label.hide()
        return True

    def _say_created(self, before: set[str]) -> None:
        """Say in the status bar that a typed name made a new organisation, and why its one
        member draws no box yet (new user, eighth round, N2: nothing showed that it was made).
        A box goes round two members or more: the example alone has six organisations of one
        actor, and a box round each would crowd the map without telling more than the plate."""
        made = [o for o in self.controller.case.organisations if o.id not in before]
        window = self.window()
        if made and isinstance(window, QMainWindow):
            text = self.tr(
                "Organisation ‘%1’ created; its box is drawn once a second actor is in it"
            ).replace("%1", made[0].name)
            window.statusBar().showMessage(text, 10_000)

    def _commit_pending(self) -> None:
        """Commit a text the user typed but did not confirm before the form goes away."""
        for name, editor in list(self.editors.items()):
            typed = isinstance(editor, (QLineEdit, QPlainTextEdit, ChoiceListEdit))
            if typed and editor.hasFocus():
                editor.blockSignals(True)
                self.commit(name)

    def show_error(self, message: str) -> None:
        """Show a refused edit under the form and in the status bar."""
        self.error_label.setText(message)
        self.error_label.show()
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 10_000)

    # ------------------------------------------------------------------ signals
    def _on_case_changed(self) -> None:
        if len(self.targets()) != len(self.target_ids):  # one of them was removed
            self.rebuild()
        else:
            self._load_values()

    def _detach(self) -> None:
        self._case.changed.disconnect(self._on_case_changed, missing_ok=True)

    def _on_controller_case_replaced(self, *_args: object) -> None:
        self._detach()
        self._case = self.controller.case
        self._case.changed.connect(self._on_case_changed)
        self.editors = {}
        self.rebuild()

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(self.tr("Properties"))
        self.rebuild()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
