#!/usr/bin/env bash
# `npm test`: every test on the embedded default (SQLite), then every DB-backed test file again on a
# throwaway PostgreSQL cluster (two-node tests included) when Debian's `postgresql` package is
# installed; without it the PostgreSQL pass is named as not run, and `.ci/run` installs it.
set -euo pipefail
cd "$(dirname "$0")/.."

npx vitest run
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  npm run -s test:pg
else
  echo "PostgreSQL is not installed, so the PostgreSQL pass did not run (apt-get install -y postgresql; .ci/run does this)." >&2
fi
