#!/usr/bin/env bash
# README's first command: installs, builds and starts IEP Ready on the embedded default
# (SQLite file and a local data folder, in-process jobs), then prints the address to open.
# Settings come from the environment: IEP_DATA_DIR (default ./data), IEP_PORT (8080), IEP_HOST (127.0.0.1),
# DATABASE_URL (postgres://... to use PostgreSQL instead of SQLite).
set -euo pipefail
cd "$(dirname "$0")/.."

major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$major" -lt 20 ]; then
  echo "IEP Ready needs Node.js 20 or newer. Install it (for example: apt-get install nodejs npm) and run this again." >&2
  exit 1
fi

# Recording import and clips (later features) use Debian's ffmpeg. Install it when we can, or ask plainly.
if ! command -v ffmpeg >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ffmpeg (used for meeting recordings)..."
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ffmpeg >/dev/null) ||
      echo "Could not install ffmpeg. Recordings will need it later: run 'sudo apt-get install ffmpeg'."
  else
    echo "Note: ffmpeg is not installed. Recordings will need it: run 'sudo apt-get install ffmpeg'."
  fi
fi

# Transcripts run on this machine. Without a downloaded model, Debian's pocketsphinx is the speech engine.
if ! command -v pocketsphinx_continuous >/dev/null 2>&1 || [ ! -d /usr/share/pocketsphinx/model/en-us ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing pocketsphinx (the basic speech engine for transcripts)..."
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends pocketsphinx pocketsphinx-en-us >/dev/null) ||
      echo "Could not install pocketsphinx. Transcripts need a speech engine: run 'sudo apt-get install pocketsphinx pocketsphinx-en-us' or add a model with 'npx iep models add PATH'."
  else
    echo "Note: no speech engine is installed. For transcripts run 'sudo apt-get install pocketsphinx pocketsphinx-en-us' or add a model with 'npx iep models add PATH'."
  fi
fi

# The binder reads scans and phone photos of paper with Debian's tesseract (English and Spanish), and draws scanned
# PDF pages for it with pdftoppm (poppler-utils).
if ! command -v tesseract >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1 || [ ! -f /usr/share/tesseract-ocr/5/tessdata/spa.traineddata ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing tesseract (reads the words in photos and scans of school papers)..."
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends tesseract-ocr tesseract-ocr-eng tesseract-ocr-spa poppler-utils >/dev/null) ||
      echo "Could not install tesseract. Photos and scans in the binder need it: run 'sudo apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-spa poppler-utils'."
  else
    echo "Note: tesseract is not installed. To read photos and scans in the binder run 'sudo apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-spa poppler-utils'."
  fi
fi

bash scripts/install-node-deps.sh
npm run build --silent
exec node packages/cli/bin/iep.js serve
