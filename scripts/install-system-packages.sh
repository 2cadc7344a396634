#!/usr/bin/env bash
# Installs the Debian packages that the tests need, only those missing: PostgreSQL (storage tests),
# Chromium (browser tests), ffmpeg (audio), poppler-utils (pdftoppm renders generated PDFs in tests and scanned
# pages for OCR), tesseract (OCR of the binder's scans and photos), pocketsphinx (transcripts). Safe to run again;
# needs root or sudo.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v ffmpeg >/dev/null 2>&1 || need+=(ffmpeg)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
# Test speech for the recorder's fake microphone (e2e/recording.e2e.test.ts).
command -v espeak-ng >/dev/null 2>&1 || need+=(espeak-ng)
command -v sox >/dev/null 2>&1 || need+=(sox)
# The backup tests read ZIPs back with an independent reader.
command -v unzip >/dev/null 2>&1 || need+=(unzip)
# Transcripts: the fallback speech engine with its English model, sctk's sclite for word error rates (bench),
# and sox's extra formats for making test speech.
command -v pocketsphinx_continuous >/dev/null 2>&1 || need+=(pocketsphinx)
[ -d /usr/share/pocketsphinx/model/en-us ] || need+=(pocketsphinx-en-us)
command -v sctk >/dev/null 2>&1 || need+=(sctk)
# The binder: OCR of scans and phone photos of paper, in English and Spanish.
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr)
[ -f /usr/share/tesseract-ocr/5/tessdata/eng.traineddata ] || need+=(tesseract-ocr-eng)
[ -f /usr/share/tesseract-ocr/5/tessdata/spa.traineddata ] || need+=(tesseract-ocr-spa)
if [ "${#need[@]}" -eq 0 ]; then
  exit 0
fi
echo "Installing system packages: ${need[*]}"
SUDO=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "Please install these Debian packages as root: ${need[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
# Debian starts a cluster service on install; the tests use their own throwaway server instead.
if command -v pg_lsclusters >/dev/null 2>&1; then
  $SUDO systemctl stop postgresql >/dev/null 2>&1 || $SUDO service postgresql stop >/dev/null 2>&1 || true
fi
