#!/usr/bin/env bash
# Crossread developer entry point for a fresh Debian 12 machine (run as root, or with sudo).
#   packaging/dev.sh run [FOLDER]   install what is missing, build, and open the reader on FOLDER
#                                   (default: resources/samples/harbour-story)
#   packaging/dev.sh test           install what is missing, build, and run every test
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
build=${CROSSREAD_BUILD_DIR:-$repo/build}
packages=(g++ cmake ninja-build qt6-base-dev libqt6sql6-sqlite libboost-regex-dev libicu-dev
          libbenchmark-dev python3 xvfb xauth)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if ((${#missing[@]})); then
        echo "Installing: ${missing[*]}"
        local sudo=""
        [[ $(id -u) -eq 0 ]] || sudo=sudo
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

build_all() {
    cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build "$build"
}

case "${1:-}" in
run)
    install_missing
    build_all
    folder=${2:-$repo/resources/samples/harbour-story}
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
        # No screen (a server or a container): draw the window off screen and save a picture.
        shot="$build/crossread-window.png"
        xvfb-run -a -s "-screen 0 1400x900x24" "$build/app/crossread" "$folder" --screenshot "$shot"
        echo "No display here: the reader drew its window into $shot"
        exit 0
    fi
    exec "$build/app/crossread" "$folder"
    ;;
test)
    install_missing
    build_all
    export QT_QPA_PLATFORM=offscreen QTEST_DISABLE_STACK_DUMP=1
    ctest --test-dir "$build" --output-on-failure
    ;;
*)
    echo "usage: packaging/dev.sh run [FOLDER] | test" >&2
    exit 2
    ;;
esac
