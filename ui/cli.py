"""The command line: ``krachtenveld [FILE]`` opens the GUI, ``krachtenveld COMMAND ...`` runs one.

Sub-commands live in :mod:`ui.commands`, one module each; a module becomes a command by
defining ``NAME``, ``HELP`` (English, Dutch), ``add_arguments(parser, lang)`` and
``run(args) -> int``, and by its line in :data:`ui.commands.COMMANDS` (a command imports only
its own module; ``tests/ui/test_cli_start.py`` fails on a module the table lacks). Heavy
imports belong inside ``run`` so ``--help`` and every other command stay fast.

Exit codes: 0 success, 1 the command's negative answer (invalid file, critical findings),
2 usage or file error, or a command that could not finish (one line on stderr, never a traceback
and never the findings' code 1: rev-hostile17 F4; KRACHTENVELD_TRACEBACK=1 shows it).
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import locale
import os
import sys
from collections.abc import MutableMapping, Sequence

from models.errors import KvmapError
from models.i18n import Lang, default_language, normalise_language
from models.os_words import os_reason
from ui.commands import COMMANDS, CommandModule, command, discover, pick

__all__ = [
    "EXIT_ERROR",
    "EXIT_NEGATIVE",
    "EXIT_OK",
    "build_parser",
    "main",
    "one_blas_thread",
    "program_version",
    "utf8_locale",
]

EXIT_OK = 0
EXIT_NEGATIVE = 1
EXIT_ERROR = 2


def program_version() -> str:
    """The installed version (``pyproject.toml``; the bundle carries the same metadata)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("krachtenveld")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "0+unknown"


class _Version(argparse.Action):
    """``--version``, read from the installed metadata only when asked: ``importlib.metadata``
    costs about 0.04 s CPU, and every command built the parser (issue 14: a sixth of
    ``validate`` on a 2,000-actor map). Prints what argparse's own ``version`` action did."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        help_text = kwargs.get("help")
        super().__init__(
            option_strings,
            dest,
            nargs=0,
            default=argparse.SUPPRESS,
            help=help_text if isinstance(help_text, str) else None,
        )

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        _namespace: argparse.Namespace,
        values: object,
        _option_string: str | None = None,
    ) -> None:
        print(f"krachtenveld {program_version()}")
        parser.exit()


def utf8_locale(environ: MutableMapping[str, str]) -> None:
    """Qt needs a UTF-8 locale and says so in four lines on stderr when it finds none (issue
    15: LANG unset, as for a scheduled task, a service account or the bundle, whose Python
    does not switch the C locale to UTF-8 as ``python3`` does, PEP 538): before Qt starts, the
    C locale's character type becomes C.UTF-8, as Qt would make it. A locale of the user's own
    is left alone; so are macOS and Windows, where Qt does not ask."""
    if os.name != "posix" or sys.platform == "darwin":
        return
    name = next((environ[k] for k in ("LC_ALL", "LC_CTYPE", "LANG") if environ.get(k)), "C")
    if name not in ("C", "POSIX"):
        return
    try:
        locale.setlocale(locale.LC_CTYPE, "C.UTF-8")  # what Qt's own start would do
    except locale.Error:  # a system without C.UTF-8: Qt will say so, as before
        return
    environ["LC_ALL" if environ.get("LC_ALL") else "LC_CTYPE"] = "C.UTF-8"


def one_blas_thread(environ: MutableMapping[str, str]) -> None:
    """numpy's OpenBLAS starts a thread per core as numpy is imported, and each waits for work
    spinning: 0.03 s CPU of every command that imports numpy (issue 14: a tenth of
    ``krachtenveld layout`` at 2,000 actors) for nothing, since no analysis or layout here
    multiplies dense matrices big enough to share out (the graphs are sparse). So one thread,
    set before numpy loads; a number of the user's own is left alone."""
    if "numpy" not in sys.modules:  # once loaded, OpenBLAS no longer reads it
        environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def _language_from_argv(argv: Sequence[str]) -> Lang:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return normalise_language(argv[i + 1])
        if arg.startswith("--lang="):
            return normalise_language(arg.split("=", 1)[1])
    return default_language()


def _version_first(argv: Sequence[str]) -> bool:
    """Whether ``--version`` comes before any argument but ``--lang``: argparse prints the
    version when it meets it and stops, so no command's module is needed.

    >>> _version_first(["--lang", "nl", "--version"]), _version_first(["-h", "--version"])
    (True, False)
    """
    i = 0
    while i < len(argv):
        if argv[i] == "--version":
            return True
        if argv[i] != "--lang" and not argv[i].startswith("--lang="):
            return False
        i += 2 if argv[i] == "--lang" else 1
    return False


def _lang_parent(lang: Lang) -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--lang",
        choices=["nl", "en"],
        default=lang,
        help=pick(lang, "language of messages (nl or en)", "taal van meldingen (nl of en)"),
    )
    return parent


def build_parser(lang: Lang, commands: dict[str, CommandModule]) -> argparse.ArgumentParser:
    """The full argument parser, with help texts in ``lang``."""
    parent = _lang_parent(lang)
    parser = argparse.ArgumentParser(
        prog="krachtenveld",
        parents=[parent],
        description=pick(
            lang,
            "Krachtenveld maps the field of forces around a public-sector case. "
            "Without a command it opens the desktop app (on FILE, the last file or the example).",
            "Krachtenveld brengt het krachtenveld rond een casus in kaart. Zonder opdracht "
            "opent het de desktop-app (met BESTAND, het laatste bestand of het voorbeeld).",
        ),
    )
    parser.add_argument(
        "--version",
        action=_Version,
        help=pick(lang, "show the version and stop", "toon de versie en stop"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module in commands.items():
        help_text = pick(lang, *module.HELP)
        command_parser = sub.add_parser(
            name, parents=[parent], help=help_text, description=help_text
        )
        module.add_arguments(command_parser, lang)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    if getattr(sys, "frozen", False):
        import multiprocessing

        # in the bundle, a worker process of the casebook starts here and must run its task,
        # not the program (a no-op when run from source, so not imported there: issue 14)
        multiprocessing.freeze_support()
    utf8_locale(os.environ)
    one_blas_thread(os.environ)
    args_in = list(sys.argv[1:] if argv is None else argv)
    _drop_end_of_options(args_in)
    lang = _language_from_argv(args_in)
    # `krachtenveld FILE` and bare `krachtenveld` (also `krachtenveld --lang nl`) open the GUI;
    # the value of --lang is no positional argument.
    positionals = [
        a
        for i, a in enumerate(args_in)
        if not a.startswith("-") and (i == 0 or args_in[i - 1] != "--lang")
    ]
    first = positionals[0] if positionals else None
    asks_help = any(a in ("-h", "--help", "--version") for a in args_in)
    if first is not None and first not in COMMANDS and _mistyped(first, positionals):
        print(_not_a_command(first, lang), file=sys.stderr)
        return EXIT_ERROR
    if (first is None and not asks_help) or (first is not None and first not in COMMANDS):
        args_in.insert(0, "gui")
        first = "gui"
    # the help lists every command; a run imports and parses only its own (issue 14); the
    # version, asked first, stops the parse before any command is looked at (snap18d)
    if _version_first(args_in):
        commands = {}
    else:
        commands = discover() if asks_help or first is None else {first: command(first)}
    parser = build_parser(lang, commands)
    args = parser.parse_args(args_in)
    module = commands[args.command]
    try:
        code = int(module.run(args))
        if sys.stdout is not None:  # None in a windowed bundle (pythonw)
            sys.stdout.flush()  # a full disk under the output says so here, not at exit
        return code
    except KvmapError as exc:
        print(exc.render(normalise_language(args.lang)), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the last line of defence (rev-hostile17 F4)
        if os.environ.get("KRACHTENVELD_TRACEBACK"):
            raise
        lang = normalise_language(args.lang)
        if isinstance(exc, OSError) and exc.filename is None and exc.errno == errno.EPIPE:
            _quiet_stdout()  # the reader has all it wanted (| head): nothing to say, as Unix tools
        elif isinstance(exc, OSError) and exc.filename is None and exc.errno in _OUTPUT_ERRORS:
            print(_unwritten(args.command, exc, lang), file=sys.stderr)
        elif sys.stdout is None and isinstance(exc, AttributeError):
            # started without a standard output (>&-): print() then writes nothing, but a
            # command that writes its result there finds None (rev-hostile21 H7)
            closed = OSError(errno.EBADF, "the standard output is closed")
            print(_unwritten(args.command, closed, lang), file=sys.stderr)
        else:
            print(_fault(args.command, exc, lang), file=sys.stderr)
        return EXIT_ERROR


def _drop_end_of_options(args: list[str]) -> None:
    """``--`` ("end of options") before the command, after nothing but options (``--lang nl
    -- analyse FILE``), is taken out: argparse read it as the command (jurist review 22)."""
    if "--" not in args:
        return
    k = args.index("--")
    before = [
        a
        for i, a in enumerate(args[:k])
        if not a.startswith("-") and (i == 0 or args[i - 1] != "--lang")
    ]
    if not before and args[k + 1 : k + 2] and args[k + 1] in COMMANDS:
        del args[k]


def _mistyped(first: str, positionals: list[str]) -> bool:
    """Whether ``first``, not a command, is no file to open either but a mistyped command:
    it does not exist and has no extension, or has arguments after it (hostile review 21, H10:
    ``analyze FILE`` was "unrecognized arguments: FILE", and ``analyze`` alone "file not
    found")."""
    if os.path.exists(first):
        return False
    # a name with an extension is a file the app says is missing ("timeline.kvmap" too:
    # hostile review 22, H9), unless more arguments follow it
    return not os.path.splitext(os.path.basename(first))[1] or len(positionals) > 1


def _not_a_command(first: str, lang: Lang) -> str:
    import difflib

    close = difflib.get_close_matches(first, COMMANDS, n=1)
    names = ", ".join(COMMANDS)
    return pick(
        lang,
        f"'{first}' is not a command, nor a file to open"
        + (f" (did you mean '{close[0]}'?)" if close else "")
        + f". The commands: {names}; 'krachtenveld --help' says what each does",
        f"'{first}' is geen opdracht en geen bestand om te openen"
        + (f" (bedoelt u '{close[0]}'?)" if close else "")
        + f". De opdrachten: {names}; 'krachtenveld --help' zegt wat elke opdracht doet",
    )


# Errors of writing to the output (a file given with --to names itself: exports say so), not
# of Krachtenveld: a full disk, a file too large (ulimit -f), a quota; a reader gone (| head) is
# no error to report at all.
_OUTPUT_ERRORS = frozenset({errno.ENOSPC, errno.EFBIG, errno.EDQUOT, errno.EPIPE, errno.EIO})


def _stdout_target() -> str | None:
    """The file the standard output goes to (Linux's /proc; None for a pipe or elsewhere)."""
    try:
        target = os.readlink(f"/proc/self/fd/{sys.stdout.fileno()}")
    except (OSError, ValueError, AttributeError):
        return None
    return target if target.startswith("/") and not target.startswith("/proc/") else None


def _quiet_stdout() -> None:
    """Send what is still buffered for the standard output nowhere (no second error at exit)."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _unwritten(name: str, exc: OSError, lang: Lang) -> str:
    """One line for output that could not be written (rev-hostile18 F4): where and why; the
    output is then cut off, and what is still buffered goes nowhere (no second error at exit)."""
    where = _stdout_target()
    said = os_reason(exc)  # the cause in words, the OS's text to the log (rev-dutch21 D1)
    why = said["reason_nl"] if lang == "nl" else said["reason"]
    if exc.errno == errno.EBADF:
        why = "die is gesloten" if lang == "nl" else "it is closed"
    _quiet_stdout()
    if lang == "nl":
        return (
            f"krachtenveld {name} kon de uitvoer niet schrijven naar "
            f"{where or 'de standaarduitvoer'} ({why}); wat daar staat is onvolledig."
        )
    return (
        f"krachtenveld {name} could not write its output to {where or 'the standard output'} "
        f"({why}); what is there is incomplete."
    )


def _fault(name: str, exc: Exception, lang: Lang) -> str:
    """One line for a command that stopped on an error of Krachtenveld's own."""
    what = f"{type(exc).__name__}: {exc}"
    if lang == "nl":
        return (
            f"krachtenveld {name} kon niet worden voltooid ({what}). Dit is een fout in "
            "Krachtenveld zelf, niet in uw bestand. Meld de fout en voeg een geanonimiseerde "
            f"kopie van de kaart bij ({_SHARE_NL}), niet de kaart zelf: die kan namen en "
            "gezondheidsgegevens van inwoners bevatten."
        )
    return (
        f"krachtenveld {name} could not finish ({what}). This is a fault in Krachtenveld "
        "itself, not in your file. Please report it with an anonymised copy of the map "
        f"({_SHARE_EN}), not the map itself: it may hold residents' names and health data."
    )


# how a user makes a copy of a map that may be shared (rev-dutch21 D12: the map names
# residents and their health data, art. 9 GDPR); ui/commands/export.py's --anonymise
_SHARE_NL = "krachtenveld export KAART --to kopie.kvmap --anonymise"
_SHARE_EN = "krachtenveld export MAP --to copy.kvmap --anonymise"


if __name__ == "__main__":  # python -m ui.cli [...] is the same as krachtenveld [...]
    sys.exit(main())
