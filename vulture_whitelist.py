"""Names vulture cannot see being used (``bash dev.sh test`` runs vulture over the project).

Not imported by the program. Each entry says who uses the name; anything else that nothing
uses is dead code and is deleted, not listed here.
"""

from vulture.whitelist_utils import Whitelist

_ = Whitelist()

# Qt calls these virtual overrides by name (ARCHITECTURE.md: overrides keep Qt's exact names).
_.paint
_.boundingRect
_.shape
_.itemChange
_.sceneEvent
_.mousePressEvent
_.mouseMoveEvent
_.mouseReleaseEvent
_.mouseDoubleClickEvent
_.hoverEnterEvent
_.hoverMoveEvent
_.hoverLeaveEvent
_.keyPressEvent
_.keyReleaseEvent
_.wheelEvent
_.contextMenuEvent
_.focusInEvent
_.focusOutEvent
_.resizeEvent
_.showEvent
_.hideEvent
_.closeEvent
_.changeEvent
_.paintEvent
_.timerEvent
_.dragEnterEvent
_.dragMoveEvent
_.dropEvent
_.drawBackground
_.drawForeground
_.scrollContentsBy
_.sizeHint
_.minimumSizeHint
_.eventFilter
_.headerData
_.rowCount
_.columnCount
_.flags
_.setData
_.mimeData
_.mimeTypes
_.supportedDropActions
_.createEditor
_.setEditorData
_.setModelData
_.updateEditorGeometry
_.displayText
_.initStyleOption
_.textFromValue
_.valueFromText
_.validate
_.fixup
_.filterAcceptsRow
_.lessThan
_.mergeWith
_.translate

# openpyxl reads these attributes when it writes the workbook.
_.alignment
_.alignmentId
_.number_format
_.freeze_panes
_.print_title_rows
_.sheet_state
_.pageSetUpPr
_.fitToWidth
_.fitToHeight
_.paperSize
_.showErrorMessage
_.data_type
_.quotePrefix

# Used in doctests, which vulture does not read.
_.article  # mapper/codes.py (the code table's example)

# The Case's per-kind shorthands (models/shorthands.py): one name per kind for each generic
# mutator, complete for every kind on purpose, whether or not the program calls each today.
_.set_need_field
_.update_relationship
_.remove_mandate
_.remove_need
_.update_need

# python-docx and python-pptx read these attributes when they write the document.
_.page_width
_.left_margin
_.right_margin
_.word_wrap
_.page_height
_.italic
_.autofit
_.auto_size
_.space_before

# mapper/__init__.py: the module-level __getattr__ of PEP 562 (Python calls it, not our code)
_.__getattr__

# tests/conftest.py: a pytest hook, called by pytest by its name (the slow tests run first)
_.pytest_collection_modifyitems
