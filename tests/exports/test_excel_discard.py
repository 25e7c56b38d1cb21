"""Discarding a write-only workbook on the error path: its streams closed and its temporary
files removed, what closing them can raise kept quiet, a bug of ours not (rev-code18 N7)."""

from __future__ import annotations

import os
from types import SimpleNamespace

import pytest
from openpyxl import Workbook

from exports.excel_rows import discard


def _half_written() -> tuple[Workbook, str]:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("rijen")
    ws.append(["a", 1])  # the row stream and its temporary file are open
    out = ws._writer.out
    assert os.path.exists(out)
    return wb, out


def test_a_half_written_workbook_is_closed_and_its_file_removed() -> None:
    wb, out = _half_written()
    discard(wb)
    assert not os.path.exists(out)


def _closing_then(wb: Workbook, error: BaseException) -> None:
    """The sheet's row stream closes, and then raises ``error``."""
    ws = wb.worksheets[0]
    real = ws._rows

    def close() -> None:
        real.close()
        raise error

    ws._rows = SimpleNamespace(close=close)


def test_a_stream_that_fails_to_close_on_a_full_disk_is_passed_over() -> None:
    wb, out = _half_written()
    _closing_then(wb, OSError(28, "No space left on device"))
    discard(wb)  # the temporary file is still removed
    assert not os.path.exists(out)


def test_a_bug_while_closing_is_not_swallowed() -> None:
    """Fails on the code before: ``suppress(Exception)`` hid it."""
    wb, out = _half_written()
    _closing_then(wb, AttributeError("'NoneType' object has no attribute 'write'"))
    with pytest.raises(AttributeError):
        discard(wb)
    wb.worksheets[0]._writer.xf.close()
    os.remove(out)
