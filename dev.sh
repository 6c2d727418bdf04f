#!/usr/bin/env bash
# GovStack Desktop: one entry point for building, running, testing and benchmarking.
#
#   ./dev.sh run [ARGS...]   install what is missing, build, launch the app
#   ./dev.sh test            install what is missing, build (-Werror), run every test through ctest
#   ./dev.sh sanitize        the whole suite again, built with AddressSanitizer + UBSan
#   ./dev.sh bench           Release build, then every benchmark ("bench <name> <value> <unit>")
#   ./dev.sh format [--check] clang-format every C++ file (or only check)
#
# Every command is idempotent: packages are installed once, builds are incremental.
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(
    cmake ninja-build g++ pkg-config clang-format
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-svg-dev libqt6sql6-sqlite qtkeychain-qt6-dev
    qt6-httpserver-dev qt6-websockets-dev
    libsqlite3-dev libgl-dev libsodium-dev poppler-utils
    desktop-file-utils appstream
    gnome-keyring dbus xvfb
    fonts-noto-color-emoji
)

ensure_packages() {
    local missing=()
    for package in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# build DIR CMAKE_ARGS...
build() {
    local dir=$1
    shift
    cmake -S . -B "$dir" -G Ninja "$@" >/dev/null
    cmake --build "$dir" --parallel
}

run_tests() {
    local dir=$1 home status=0
    # Headless, with HOME and the XDG folders in a throw-away place, so tests never touch a real
    # profile; a private D-Bus session with an unlocked gnome-keyring gives the keychain tests a
    # real Secret Service.
    home=$(mktemp -d)
    mkdir -m 0700 "$home/runtime"
    HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/runtime" \
        QT_QPA_PLATFORM=offscreen GOVSTACK_TEST_KEYRING=1 \
        dbus-run-session -- bash -c '
            echo -n test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
            ctest --test-dir "$1" --output-on-failure --timeout 300' _ "$dir" || status=$?
    rm -rf "$home"
    return $status
}

sources() {
    git ls-files --cached --others --exclude-standard -- '*.cpp' '*.h'
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
run)
    ensure_packages
    build build -DCMAKE_BUILD_TYPE=Debug -DGOVSTACK_WERROR=ON
    exec build/govstack-desktop "$@"
    ;;
test)
    ensure_packages
    build build -DCMAKE_BUILD_TYPE=Debug -DGOVSTACK_WERROR=ON
    run_tests build
    ;;
sanitize)
    ensure_packages
    build build-sanitize -DCMAKE_BUILD_TYPE=Debug -DGOVSTACK_WERROR=ON -DGOVSTACK_SANITIZE=ON -DGOVSTACK_BUILD_BENCHMARKS=OFF
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
        LSAN_OPTIONS=suppressions="$PWD/tests/lsan.supp":print_suppressions=0 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        run_tests build-sanitize
    ;;
bench)
    ensure_packages
    build build-release -DCMAKE_BUILD_TYPE=Release -DGOVSTACK_BUILD_TESTS=OFF
    for benchmark in build-release/tests/bench/bench_*; do
        if [ -f "$benchmark" ] && [ -x "$benchmark" ]; then
            QT_QPA_PLATFORM=offscreen "$benchmark"
        fi
    done
    ;;
format)
    ensure_packages
    if [ "${1:-}" = "--check" ]; then
        sources | xargs clang-format --dry-run --Werror
    else
        sources | xargs clang-format -i
    fi
    ;;
*)
    sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
