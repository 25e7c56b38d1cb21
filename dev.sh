#!/usr/bin/env bash
# Krachtenveld developer entry point.
#   bash dev.sh run [ARGS...]   set everything up, then open the app (on the example case)
#   bash dev.sh test [ARGS...]  set everything up, then run ruff, and pytest (in parallel:
#                               KV_TEST_WORKERS workers, default one more than the cores) with mypy,
#                               lint-imports and vulture beside it
#   bash dev.sh bundle          set everything up, build the one-folder bundle with PyInstaller
#                               (dist/krachtenveld/) and smoke-test it
# Works on a fresh Debian/Ubuntu machine with Python 3.11+; installs missing Debian packages
# with apt-get (via sudo when not root) and the Python packages into .venv.
set -euo pipefail
cd "$(dirname "$0")"

PYTHON=${PYTHON:-python3}
VENV=.venv

# Libraries Qt needs offscreen, the extra ones for a real window, and Graphviz (optional
# for users, needed by the Graphviz tests).
QT_LIBS="libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 fonts-dejavu-core"
WINDOW_LIBS="libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0"
# LibreOffice converts the Word, Excel and PowerPoint exports in the tests (headless).
TEST_TOOLS="graphviz libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui poppler-utils"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

apt_install() {
    command -v dpkg-query >/dev/null 2>&1 || return 0
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "Installing Debian packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq || true
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" ||
        say "Could not install ${missing[*]}; continuing (some features may be unavailable)"
}

ensure_python() {
    if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        echo "Krachtenveld needs Python 3.11 or newer as '$PYTHON' (set PYTHON=...)." >&2
        exit 2
    fi
    if ! "$PYTHON" -c 'import ensurepip, venv' 2>/dev/null; then
        apt_install python3-venv
    fi
}

ensure_venv() {
    local stamp="$VENV/.krachtenveld-installed"
    local want
    want=$(cat pyproject.toml | sha256sum | cut -d' ' -f1)
    if [ ! -x "$VENV/bin/python" ]; then
        say "Creating $VENV"
        "$PYTHON" -m venv "$VENV"
    fi
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
        say "Installing Krachtenveld and its dependencies into $VENV"
        "$VENV/bin/python" -m pip install -q --upgrade pip
        # setuptools warns in a box that folders named like a package may take precedence in
        # imports: the README's "Package names" says how this is contained (user review 21, U8)
        PYTHONWARNINGS="ignore:Editable installation" \
            "$VENV/bin/python" -m pip install -q -e '.[test,bundle]'
        echo "$want" >"$stamp"
    fi
}

cmd=${1:-run}
shift || true
case "$cmd" in
run)
    apt_install $QT_LIBS $WINDOW_LIBS graphviz
    ensure_python
    ensure_venv
    if [ $# -eq 0 ]; then
        exec "$VENV/bin/krachtenveld" gui --example
    fi
    exec "$VENV/bin/krachtenveld" "$@"
    ;;
test)
    apt_install $QT_LIBS $TEST_TOOLS
    ensure_python
    ensure_venv
    export QT_QPA_PLATFORM=offscreen
    # shellcheck disable=SC1091
    source "$VENV/bin/activate"
    say "ruff"
    ruff check .
    ruff format --check .
    # Cache byte code (also the assert-rewritten test modules): with PYTHONDONTWRITEBYTECODE set,
    # as some shells do, each worker compiled every module again (about 14 s of CPU per worker
    # to collect the suite, 20 s instead of 6 s) and so did every command the tests start.
    unset PYTHONDONTWRITEBYTECODE
    # mypy, import-linter and vulture run beside pytest, not before it (issue 15): one after
    # the other they kept one core busy and the other idle for about 25 s (mypy without its
    # .mypy_cache, as in CI); their output follows pytest's, and any failure fails the command.
    say "mypy (strict), import-linter and vulture (dead code): beside pytest, output after it"
    checks_log=$(mktemp)
    (
        set +e
        rc=0
        echo "==> mypy (strict)"
        mypy || rc=1
        echo "==> import-linter"
        lint-imports || rc=1
        echo "==> vulture (dead code)"
        vulture || rc=1
        exit $rc
    ) >"$checks_log" 2>&1 &
    checks_pid=$!
    trap 'kill "$checks_pid" 2>/dev/null || true; rm -f "$checks_log"' INT TERM
    say "pytest"
    # --dist loadgroup: tests marked xdist_group(name) that share a resource run on one worker
    # --basetemp: the tests' temporary folders in a folder of this run. Without it pytest ends
    # by deleting older runs' folders from the shared /tmp/pytest-of-$USER (of this run or of
    # anyone's: it keeps the newest three); one whole run leaves about 16,000 files and
    # folders, and on a disk mounted with discard that took 25-45 s before pytest returned
    # (issue 15). This run's folder goes after it, in the background; one that failed stays.
    tests_tmp=$(mktemp -d "${TMPDIR:-/tmp}/krachtenveld-tests.XXXXXX")
    pytest_rc=0
    # One worker more than the cores (issue 15): a worker waits for the programs its tests start
    # (LibreOffice, the app's own processes) and for Qt's timers about a tenth of the time; the
    # third worker on two cores fills it (whole command, CI=true, quiet 2-core machine, 6,149
    # tests: 5 min 15 s with two workers, 5 min 5 s with three).
    workers=${KV_TEST_WORKERS:-$(($(nproc 2>/dev/null || echo 1) + 1))}
    pytest -n "$workers" --dist loadgroup --basetemp "$tests_tmp/pytest" "$@" \
        || pytest_rc=$?
    if [ "$pytest_rc" -eq 0 ]; then
        (rm -rf "$tests_tmp" >/dev/null 2>&1 &)
    else
        echo "the tests' temporary folders: $tests_tmp" >&2
    fi
    checks_rc=0
    wait "$checks_pid" || checks_rc=$?
    say "mypy, import-linter, vulture (run beside pytest)"
    cat "$checks_log"
    rm -f "$checks_log"
    if [ "$checks_rc" -ne 0 ]; then
        echo "mypy, import-linter or vulture failed (above)" >&2
        exit 1
    fi
    exit "$pytest_rc"
    ;;
bundle)
    apt_install $QT_LIBS
    ensure_python
    ensure_venv
    say "PyInstaller (krachtenveld.spec)"
    "$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN krachtenveld.spec
    say "smoke test of dist/krachtenveld"
    bash .ci/bundle-smoke dist/krachtenveld
    ;;
*)
    echo "usage: bash dev.sh run [ARGS...] | bash dev.sh test [PYTEST ARGS...] | bash dev.sh bundle" >&2
    exit 2
    ;;
esac
