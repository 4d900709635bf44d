#!/usr/bin/env bash
# Renders build/icon.svg to the PNGs electron-builder packages (they are committed, so packaging
# needs no SVG tool). Needs rsvg-convert: `apt-get install librsvg2-bin` on Debian.
set -euo pipefail
cd "$(dirname "$0")/.."
rsvg-convert -w 512 -h 512 build/icon.svg -o build/icon.png
for size in 512 256; do
  rsvg-convert -w "$size" -h "$size" build/icon.svg -o "build/icons/${size}x${size}.png"
done
echo "icons: build/icon.png, build/icons/{512x512,256x256}.png"
