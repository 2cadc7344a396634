#!/usr/bin/env bash
# README's second command: sets up everything the tests need on a fresh Debian machine and runs every test.
#  - Debian packages: PostgreSQL, Chromium, ffmpeg (installed only when missing)
#  - npm packages, the build (the browser tests use the built web app)
#  - a throwaway PostgreSQL on 127.0.0.1 (stopped at the end)
# then `npm run check`: typecheck, lint (zero warnings), format check, unit + medium (SQLite and PostgreSQL) + e2e.
# The PostgreSQL and browser tests are required here: they fail, never skip, when their server is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC
bash scripts/install-system-packages.sh
bash scripts/install-node-deps.sh
npm run build --silent

if [ -z "${DATABASE_URL:-}" ]; then
  DATABASE_URL="$(bash scripts/postgres-throwaway.sh start)"
  trap 'bash scripts/postgres-throwaway.sh stop' EXIT
fi
export IEP_TEST_DATABASE_URL="$DATABASE_URL"
unset DATABASE_URL
export IEP_REQUIRE_POSTGRES=1 IEP_REQUIRE_BROWSER=1
npm run check
