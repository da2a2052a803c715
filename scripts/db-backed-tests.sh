#!/usr/bin/env bash
# Lists the test files that touch the database: those that build the app or a server process on a
# test database (directly or through the app-per-test, coaching, homework and browser helpers).
# `npm run test:pg` runs exactly these on PostgreSQL. Every other test file (core/, web/, the LLM
# adapters, CLI evaluators, config and validator checks, policy table) never opens a database, so it
# reads the same on either engine and runs once, under `npm test`.
set -euo pipefail
cd "$(dirname "$0")/.."
grep -rlE "helpers/(test-app|test-database|app-per-test|browser-app|server-process|coaching|homework)|from '\./(test-app|test-database)'" test --include='*.test.ts' | sort
