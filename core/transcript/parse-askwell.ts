import Value from 'typebox/value';
import { checkAnnotations } from './check-annotations';
import { checkBranches } from './check-branches';
import { EXPORT_KIND, MAX_FILE_BRANCHES, READABLE_SCHEMA_VERSIONS, SessionExportSchema, type SessionExport } from './export-schema';
import { TranscriptError, UNNAMED_SPEAKER, type ImportedTurn } from './import-types';
import { normaliseInput } from './input-lines';

// Askwell's own session file (export-schema.ts), read back. Errors name the line for broken JSON and
// the field path for a file that is JSON but not a session.

export function parseAskwellJson(input: string): SessionExport {
  const text = normaliseInput(input);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new TranscriptError(jsonErrorLine(text, err), 'valid JSON', (err as Error).message.replace(/ in JSON at position \d+.*$/s, ''));
  }
  const v = value as { schemaVersion?: unknown; kind?: unknown; branches?: unknown };
  if (v?.kind !== EXPORT_KIND) throw new TranscriptError(1, `an Askwell session file ("kind": "${EXPORT_KIND}")`);
  if (!(READABLE_SCHEMA_VERSIONS as readonly unknown[]).includes(v.schemaVersion))
    throw new TranscriptError(
      lineOf(text, '"schemaVersion"'),
      `"schemaVersion" ${READABLE_SCHEMA_VERSIONS.slice(0, -1).join(', ')} or ${READABLE_SCHEMA_VERSIONS.at(-1)} (a newer Askwell wrote this file)`,
      String(v.schemaVersion),
    );
  // Counted before the schema walks them, with a reason a person can act on.
  if (Array.isArray(v.branches) && v.branches.length > MAX_FILE_BRANCHES)
    throw new TranscriptError(lineOf(text, '"branches"'), `at most ${MAX_FILE_BRANCHES.toLocaleString('en')} branches in a session file`, `${v.branches.length.toLocaleString('en')} branches`);
  if (!Value.Check(SessionExportSchema, value)) {
    const first = Value.Errors(SessionExportSchema, value)[0];
    const path = first?.instancePath ?? '';
    throw new TranscriptError(lineOfPath(text, path), `${path || '/'} to match the session file format: ${first?.message ?? 'invalid'}`);
  }
  const turns = (value as SessionExport).turns;
  turns.forEach((t, i) => {
    if (t.index !== i) throw new TranscriptError(lineOfPath(text, `/turns/${i}`), `turn indexes 0, 1, 2… in order; turn ${i} has index ${t.index}`);
  });
  const file = value as SessionExport;
  if (file.schemaVersion === 1 && (file.comments.length > 0 || file.overrides.length > 0))
    throw new TranscriptError(lineOf(text, '"schemaVersion"'), 'no comments or overrides in a version 1 file (they came with version 2)');
  const problem = checkAnnotations(file) ?? checkBranches(file);
  if (problem) throw new TranscriptError(lineOfPath(text, problem.path), `${problem.path}: ${problem.expected}`);
  return file;
}

/** The turns of a session file, named as they were. */
export const exportedTurns = (file: SessionExport): ImportedTurn[] =>
  file.turns.map((t) => ({
    index: t.index,
    speaker: t.speakerName ?? (t.speaker === 'leader' ? file.session.leaderName : UNNAMED_SPEAKER),
    start: t.start,
    end: t.end,
    text: t.text,
  }));

function jsonErrorLine(text: string, err: unknown): number | null {
  const m = /position (\d+)/.exec(String((err as Error)?.message));
  if (m) return text.slice(0, Number(m[1])).split('\n').length;
  const l = /line (\d+)/.exec(String((err as Error)?.message));
  return l ? Number(l[1]) : null;
}

const lineOf = (text: string, needle: string) => {
  const at = text.indexOf(needle);
  return at === -1 ? 1 : text.slice(0, at).split('\n').length;
};

/**
 * The key every item of an array has exactly once, to find the n-th item's line by. The writer puts
 * `branches` last, so the session's own `turns`, `comments` and `overrides` come first in the text.
 */
const ITEM_KEY: Record<string, string> = { turns: '"index"', comments: '"turnIndex"', overrides: '"turnIndex"', branches: '"forkTurnIndex"' };

/**
 * Best-effort line of a JSON pointer such as /turns/3/score or /branches/2/comments/0: down each
 * array named with an item number, to that item's key (ITEM_KEY); else the top-level key.
 */
function lineOfPath(text: string, path: string): number | null {
  const parts = path.split('/').slice(1);
  if (parts.length === 0 || !parts[0]) return null;
  let found = -1;
  for (let i = 0; i + 1 < parts.length || found === -1; i += 2) {
    const [key, n] = [parts[i], parts[i + 1]];
    const at = text.indexOf(`"${key}"`, found + 1);
    if (at === -1) break;
    found = at;
    if (!ITEM_KEY[key] || n === undefined || !/^\d+$/.test(n)) break;
    let item = at;
    for (let k = 0; k <= Number(n) && item !== -1; k++) item = text.indexOf(ITEM_KEY[key], item + 1);
    if (item === -1) break;
    found = item;
  }
  return found === -1 ? 1 : text.slice(0, found).split('\n').length;
}
