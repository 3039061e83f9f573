#!/usr/bin/env bash
# Build the Linux bundle dist/vnhr-desktop/ from packaging/vnhr-desktop.spec.
#
#   packaging/build.sh             build (installs PyInstaller with pip if missing)
#   packaging/build.sh --if-stale  build only when the sources changed
#   packaging/build.sh --clean     empty PyInstaller's cache first
#
# Uses $PYTHON, else the python3 on PATH (run it inside the project's venv).
# Needs ldd and objdump (Debian: apt-get install binutils).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
"$PY" packaging/build.py "$@"
BIN=dist/vnhr-desktop/vnhr-desktop
"$BIN" --version
echo "Run it: $BIN    (data in ~/.local/share/vnhr-desktop, or --data-dir DIR)"
