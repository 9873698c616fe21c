#!/usr/bin/env bash
# Regenerates the self-hosted font subsets in src/assets/fonts/ from Debian's Noto fonts.
# Needs: apt-get install -y fonts-noto-core python3-fonttools python3-brotli
# The output is committed; CI does not run this. Fonts: SIL Open Font License 1.1 (OFL.txt).
#
# Small on purpose (budget.config.json): one weight per script (the browser draws bold itself),
# no hinting, and only what the guide's languages need.
set -euo pipefail
cd "$(dirname "$0")/../.."
NOTO=/usr/share/fonts/truetype/noto
OUT=src/assets/fonts
# Arabic script as used by Arabic, Persian, Dari, Pashto and Sorani (all in the Arabic block),
# joiners and isolates. Arabic needs its joining forms (isol/init/medi/fina, rlig, liga) and mark
# positioning (tanwin, harakat); kerning and stylistic sets are left out.
ARABIC="U+0600-06FF,U+200C-200F,U+2068-2069"
ARABIC_FEATURES="ccmp,locl,isol,init,medi,fina,rlig,liga,calt,mark,mkmk"
# Ethiopic: the rows of the fidel Tigrinya writes (seven orders and its labialised forms) and
# Ethiopic punctuation; every syllable is its own character, so no layout features are needed.
TIGRINYA="U+1200-1206,U+1208-1216,U+1218-122F,U+1230-123F,U+1240-1246,U+1248,U+124A-124D,U+1250-1256,U+1258,U+125A-125D,U+1260-127F,U+1280-1286,U+1288,U+128A-128D,U+1290-12AE,U+12B0,U+12B2-12B5,U+12B8-12BE,U+12C0,U+12C2-12C5,U+12C8-12CE,U+12D0-12D6,U+12D8-12EE,U+12F0-12F7,U+1300-130E,U+1310,U+1312-1315,U+1320-1357,U+1361-1368,U+200C-200D"
/usr/bin/python3 -m fontTools.subset "$NOTO/NotoSansArabic-Regular.ttf" --unicodes="$ARABIC" \
  --layout-features="$ARABIC_FEATURES" --no-hinting --desubroutinize --flavor=woff2 --output-file="$OUT/noto-sans-arabic-400.woff2"
/usr/bin/python3 -m fontTools.subset "$NOTO/NotoSansEthiopic-Regular.ttf" --unicodes="$TIGRINYA" \
  --layout-features='' --no-hinting --desubroutinize --flavor=woff2 --output-file="$OUT/noto-sans-ethiopic-400.woff2"
ls -l "$OUT"
