"""What the app keeps through a session at 10,000 actors (issue 14, session 18): counted, not
weighed. The C library's arenas the threads share, and the anonymising's caches after an
export."""

from __future__ import annotations

import functools
import subprocess
import sys
from pathlib import Path

import pytest

from exports import (
    anonymise_check_read,
    anonymise_id_names,
    anonymise_identifiers,
    anonymise_remembered,
    anonymise_spelling,
    anonymise_words,
)
from exports.anonymise_forget import forget
from exports.memory import ARENAS
from exports.nota import write_nota
from models.example import example_case

_HEAPS = """
import ctypes, sys, threading
sys.path.insert(0, {root!r})
if {few}:
    from exports.memory import few_arenas
    assert few_arenas()
libc = ctypes.CDLL("libc.so.6")
met = threading.Barrier(6)
def work():
    met.wait()  # all six alive at once: none takes over the arena of one that ended
    kept = [bytearray(200_000) for _ in range(20)]
    met.wait()
    del kept
threads = [threading.Thread(target=work) for _ in range(6)]
for t in threads: t.start()
for t in threads: t.join()
libc.fopen.restype = ctypes.c_void_p
libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
libc.fclose.argtypes = [ctypes.c_void_p]
libc.malloc_info.argtypes = [ctypes.c_int, ctypes.c_void_p]
out = {out!r}
f = libc.fopen(out.encode(), b"w")
libc.malloc_info(0, f)
libc.fclose(f)
"""


def _heaps(tmp_path: Path, few: bool) -> int:
    out = tmp_path / f"info-{few}.xml"
    root = str(Path(__file__).resolve().parents[2])
    code = _HEAPS.format(root=root, few=few, out=str(out))
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
    return out.read_text(encoding="utf-8").count("<heap nr=")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's arenas")
def test_the_threads_share_few_arenas(tmp_path: Path) -> None:
    """Six threads that allocate get an arena each by default; with :func:`few_arenas` (the
    app's start) they share :data:`ARENAS` (old: 7 heaps in the app, 20 MB more at 10,000)."""
    assert _heaps(tmp_path, few=False) > ARENAS  # what the test would see without it
    assert _heaps(tmp_path, few=True) <= ARENAS


def _cached() -> dict[str, int]:
    caches = {
        "identifiers": anonymise_identifiers._identifiers,
        "without_identifiers": anonymise_identifiers.without_identifiers,
        "without_law": anonymise_words.without_law,
        "health_in": anonymise_words.health_in,
        "health_word": anonymise_words.health_word,
        "staff_name": anonymise_words.staff_name,
        "a_person": anonymise_id_names._a_person,
        "without_health": anonymise_words.without_health,
        "titled_person": anonymise_check_read._titled_person,
        "plain_char": anonymise_check_read._plain_char,
        "folded_char": anonymise_spelling._folded_char,
    }
    sizes = {name: f.cache_info().currsize for name, f in caches.items()}
    sizes["remembered"] = len(anonymise_remembered._read)
    return sizes


def test_forget_covers_every_cache_of_the_anonymising() -> None:
    """Each cache in an ``exports.anonymise*`` module is one :func:`forget` empties (a new one
    would stay to the app's end unnoticed)."""
    import exports

    found = set()
    for path in Path(exports.__file__).parent.glob("anonymise*.py"):
        module = __import__(f"exports.{path.stem}", fromlist=["_"])
        for name, value in vars(module).items():
            cached = isinstance(value, functools._lru_cache_wrapper)
            if cached and value.__module__ == module.__name__:
                found.add(name.lstrip("_"))
    assert found <= set(_cached()), found - set(_cached())


def test_an_anonymised_nota_leaves_no_text_in_the_caches_once_forgotten(tmp_path: Path) -> None:
    write_nota(example_case(), tmp_path / "n.docx", picture=b"", anonymised=True)
    assert any(_cached().values())  # the nota filled them
    forget()
    assert not any(_cached().values()), _cached()
