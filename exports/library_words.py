"""What a library's refusal of a file means, in the user's words: a workbook that is no zip
archive or lacks its parts, XML that does not parse. The library's own English text goes to
the log (issue 15, rev-dutch21 D1); :func:`zip_reason` and :func:`xml_reason` give the
``reason`` and ``reason_nl`` params of ``not_xlsx``, ``xml_bad`` and the damaged-workbook
messages.
"""

from __future__ import annotations

import logging
import re
import zipfile
import zlib

from models.os_words import start_reason

__all__ = [
    "FORBIDDEN_XML",
    "NOT_ZIP",
    "NO_CONTENT_TYPES",
    "damage_reason",
    "gexf_reason",
    "program_reason",
    "xml_reason",
    "zip_reason",
]

_LOG = logging.getLogger(__name__)
_LOG.addHandler(logging.NullHandler())  # the app's log file takes it; the CLI prints nothing

# what defusedxml refused, for xml_forbidden's ``what`` and ``what_nl``
FORBIDDEN_XML: dict[str, dict[str, str]] = {
    "dtd": {"what": "a DTD", "what_nl": "een DTD"},
    "entities": {"what": "entities", "what_nl": "entiteiten"},
    "external": {"what": "an external reference", "what_nl": "een externe verwijzing"},
}

_SAVE_AS = ("Save it in Excel as .xlsx", "Sla het in Excel op als .xlsx")
NOT_ZIP = (
    "the file is not a zip archive; is it an .xls or a CSV with another extension? " + _SAVE_AS[0],
    "het bestand is geen zip-archief; is het een .xls of een CSV met een andere extensie? "
    + _SAVE_AS[1],
)
NO_CONTENT_TYPES = (
    "the zip archive lacks the part every workbook has ([Content_Types].xml); is it another"
    " kind of zip file? " + _SAVE_AS[0],
    "het zip-archief mist het onderdeel dat elke werkmap heeft ([Content_Types].xml); is het"
    " een ander soort zip-bestand? " + _SAVE_AS[1],
)
_NOT_A_WORKBOOK = (
    "it cannot be read as a workbook; open it in Excel and save it as .xlsx",
    "het is niet als werkmap te lezen; open het in Excel en sla het op als .xlsx",
)

# expat's message -> what it means
_EXPAT: dict[str, tuple[str, str]] = {
    "mismatched tag": (
        "a closing tag does not match the tag it closes",
        "een sluittag past niet bij de tag die hij afsluit",
    ),
    "not well-formed (invalid token)": (
        "a character that is not allowed there",
        "een teken dat daar niet mag staan",
    ),
    "no element found": (
        "the XML ends before it is complete",
        "de XML houdt op voordat zij compleet is",
    ),
    "unclosed token": ("a tag is not closed", "een tag wordt niet afgesloten"),
    "junk after document element": (
        "there is more text after the end of the document",
        "er staat nog tekst na het einde van het document",
    ),
    "syntax error": ("the text is not XML", "de tekst is geen XML"),
    "undefined entity": ("an unknown entity (&…;)", "een onbekende entiteit (&…;)"),
    "duplicate attribute": (
        "an attribute appears twice in one tag",
        "een attribuut staat twee keer in één tag",
    ),
    "unbound prefix": (
        "a namespace prefix that is not declared",
        "een naamruimteprefix die niet is gedeclareerd",
    ),
}
_XML_OTHER = ("the XML is not well-formed", "de XML is niet goed opgebouwd")


def _said(exc: BaseException, en: str, nl: str) -> dict[str, str]:
    _LOG.warning("file refused by a library: %s: %s", type(exc).__name__, exc)
    return {"reason": en, "reason_nl": nl}


def zip_reason(exc: BaseException) -> dict[str, str]:
    """Why a workbook could not be opened: no zip archive, or not readable as a workbook.

    >>> zip_reason(zipfile.BadZipFile("File is not a zip file"))["reason_nl"][:34]
    'het bestand is geen zip-archief; i'
    """
    if isinstance(exc, zipfile.BadZipFile):
        return _said(exc, *NOT_ZIP)
    return _said(exc, *_NOT_A_WORKBOOK)


def damage_reason(exc: BaseException) -> dict[str, str]:
    """What a library met in a workbook's sheets, in words: a part that does not unpack, XML
    that does not parse (where), a missing part (by its name), a value of the wrong kind.

    >>> damage_reason(KeyError("There is no item named 'xl/styles.xml' in the archive"))
    {'reason': 'xl/styles.xml', 'reason_nl': 'xl/styles.xml'}
    """
    if isinstance(exc, SyntaxError):  # xml.etree.ElementTree.ParseError
        return xml_reason(exc)
    if isinstance(exc, KeyError | OSError):
        named = re.search(r"named '([^']+)'", str(exc))
        if named:
            return _said(exc, named.group(1), named.group(1))
        return _said(exc, "a part of the workbook", "een onderdeel van de werkmap")
    if isinstance(exc, zipfile.BadZipFile | zlib.error | EOFError):
        return _said(exc, "a part does not unpack", "een onderdeel laat zich niet uitpakken")
    return _said(
        exc,
        "a value of the wrong kind or out of range",
        "een waarde van het verkeerde soort of buiten het bereik",
    )


def gexf_reason(exc: BaseException) -> dict[str, str]:
    """What networkx met in a GEXF file that parsed as XML, in words (its text is logged).

    >>> gexf_reason(KeyError("viz"))["reason_nl"][:56]
    'het XML-bestand heeft niet de opbouw van een GEXF-graaf '
    """
    return _said(
        exc,
        "the XML file does not have the structure of a GEXF graph (nodes, edges and their"
        " attributes)",
        "het XML-bestand heeft niet de opbouw van een GEXF-graaf (knopen, verbindingen en hun"
        " attributen)",
    )


def program_reason(exc: BaseException, seconds: float) -> dict[str, str]:
    """Why a helper program (Graphviz) could not be run: the system's cause, or its time."""
    if isinstance(exc, OSError):
        return start_reason(exc)
    return _said(
        exc,
        f"it did not finish within {seconds:g} seconds",
        f"het was niet binnen {seconds:g} seconden klaar",
    )


def xml_reason(exc: BaseException) -> dict[str, str]:
    """Where and what is wrong with XML that does not parse, in words.

    >>> from xml.etree.ElementTree import ParseError
    >>> error = ParseError("mismatched tag: line 2, column 30")
    >>> error.position = (2, 30)
    >>> xml_reason(error)["reason_nl"]
    'regel 2, kolom 31: een sluittag past niet bij de tag die hij afsluit'
    """
    if isinstance(exc, LookupError):  # an encoding Python does not know
        return _said(
            exc,
            "the file names a character encoding that is not known; save it as UTF-8",
            "het bestand noemt een onbekende tekencodering; sla het op als UTF-8",
        )
    message = str(exc).split(":", 1)[0]
    en, nl = _EXPAT.get(message, _XML_OTHER)
    position = getattr(exc, "position", None)
    if isinstance(position, tuple) and len(position) == 2:
        line, column = position[0], position[1] + 1  # expat counts columns from 0
        return _said(
            exc, f"line {line}, column {column}: {en}", f"regel {line}, kolom {column}: {nl}"
        )
    return _said(exc, en, nl)
