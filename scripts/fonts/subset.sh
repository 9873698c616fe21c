#!/usr/bin/env bash
# Regenerates the self-hosted font subsets in src/assets/fonts/ from Debian's Noto fonts.
# Needs: apt-get install -y fonts-noto-core python3-fonttools python3-brotli
# The output is committed; CI does not run this. Fonts: SIL Open Font License 1.1 (OFL.txt).
set -euo pipefail
cd "$(dirname "$0")/../.."
NOTO=/usr/share/fonts/truetype/noto
OUT=src/assets/fonts
# Arabic script as used by Arabic, Persian, Dari, Pashto and Sorani: the Arabic block and its
# supplement (contextual forms come from the font's shaping tables), joiners and isolates.
ARABIC="U+0600-06FF,U+0750-077F,U+200C-200F,U+2068-2069"
# Ethiopic: the syllabary block used by Tigrinya.
ETHIOPIC="U+1200-137F,U+200C-200D"
for weight in Regular Bold; do
  w=$([ "$weight" = Regular ] && echo 400 || echo 700)
  /usr/bin/python3 -m fontTools.subset "$NOTO/NotoSansArabic-$weight.ttf" --unicodes="$ARABIC" \
    --no-hinting --desubroutinize --flavor=woff2 --output-file="$OUT/noto-sans-arabic-$w.woff2"
  /usr/bin/python3 -m fontTools.subset "$NOTO/NotoSansEthiopic-$weight.ttf" --unicodes="$ETHIOPIC" \
    --no-hinting --desubroutinize --flavor=woff2 --output-file="$OUT/noto-sans-ethiopic-$w.woff2"
done
ls -l "$OUT"
