#!/usr/bin/env bash
# `make install` / `make dist`: lays out an installed Huiwu under PREFIX:
#   PREFIX/bin/huiwu
#   PREFIX/share/huiwu/Resources   the shell's templates, message catalogs, the API document
#   PREFIX/share/huiwu/Capabilities/<Name>/Resources   each capability's own (its API fragment,
#                                  catalog entries, templates), assembled at start-up
#   PREFIX/share/huiwu/Public      stylesheets
# The binary finds share/huiwu beside its bin/ (ResourceRoot), so it runs from any directory.
# Usage: scripts/install.sh BINARY PREFIX
set -euo pipefail
bin=${1:?binary}; prefix=${2:?prefix}
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$prefix/bin" "$prefix/share/huiwu"
install -m 0755 "$bin" "$prefix/bin/huiwu"
rm -rf "$prefix/share/huiwu/Resources" "$prefix/share/huiwu/Public" "$prefix/share/huiwu/Capabilities"
cp -R "$root/Resources" "$root/Public" "$prefix/share/huiwu/"
# Only each capability's Resources folder: its Swift sources stay behind.
for folder in "$root"/Capabilities/*/Resources; do
    name=$(basename "$(dirname "$folder")")
    mkdir -p "$prefix/share/huiwu/Capabilities/$name"
    cp -R "$folder" "$prefix/share/huiwu/Capabilities/$name/"
done
echo "installed $prefix/bin/huiwu and $prefix/share/huiwu"
