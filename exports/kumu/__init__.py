"""Kumu's spreadsheet layout, both ways.

Kumu imports and exports a workbook with an element sheet (``Label`` in A1, or ``ID`` first;
``Type``, ``Description``, ``Tags`` with ``|`` between values; any other column is a custom
attribute) and a connection sheet (``From`` in A1, ``To`` in B1; ``Type``, ``Direction``
``directed|undirected|mutual``, ``Label``, ``Tags``, custom columns; a ``|`` list in ``From``
or ``To`` makes one connection per actor). Sheets with "(ignore)" in their name are skipped;
sheets are recognised by their headers, not their names.

Mapping onto our model:

* ``Type`` of an element becomes the actor kind when it names one (``wethouder`` ->
  administrator, see :mod:`exports.synonyms`); the original text is kept as attribute
  ``Type`` unless it is exactly one of our labels. ``Type`` of a connection becomes the
  relationship kind (``vertrouwt`` -> trust), or a mandate when it names an instrument
  (``Mandaat``, ``Delegatie``; then ``Power`` etc. are read from their columns).
* Columns our model knows (``Influence``/``Invloed``, ``Organisation``, ``Level``, ...) fill
  those fields; ``Krachtenveld ID`` keeps ids stable across a round trip.
* Every other column, and connection ``Tags``, is kept in the notes as an attribute block
  (:mod:`exports.extras`) and written back as a column on export.
* ``Direction: mutual`` on a directed kind makes two relationships, one each way.
* On a mandate's row a blank cell in a column of a field that may be null (``In writing``,
  ``Consent``) reads as null (not recorded), as in the workbook; a column the sheet lacks
  leaves the field's default.
"""

from __future__ import annotations

from exports.kumu.layout import ID_COLUMN
from exports.kumu.read import is_kumu, read_kumu, read_kumu_workbook
from exports.kumu.write import write_kumu

__all__ = ["ID_COLUMN", "is_kumu", "read_kumu", "read_kumu_workbook", "write_kumu"]
