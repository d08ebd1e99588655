#!/usr/bin/env bash
# `make dist`: a release archive, dist/huiwu-linux-<arch>.tar.gz, laid out as `make install`
# does (bin/huiwu, share/huiwu/). The Swift runtime is linked statically, so the archive needs
# only the C libraries every Debian has.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh --build
# The archive's binary links libqrcodegen: the machine it runs on needs Debian's libqrcodegen1.
swift build -c release --product huiwu --static-swift-stdlib
name="huiwu-linux-$(uname -m)"
rm -rf "dist/$name"
bash scripts/install.sh .build/release/huiwu "dist/$name"
tar -C dist -czf "dist/$name.tar.gz" "$name"
echo "dist/$name.tar.gz"
