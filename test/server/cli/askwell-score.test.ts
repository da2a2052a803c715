import { execFile, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScoreResult } from '@core/transcript/score-result';

// The real `askwell` binary (bin/askwell.js, as `npx askwell` runs it) on a folder of good and
// broken transcripts: stdout, stderr and exit codes.

const ROOT = join(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'test/core/transcript/fixtures');
const BIN = join(ROOT, 'bin/askwell.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}
const askwell = (args: string[], cwd = ROOT): Promise<Run> =>
  new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'askwell-cli-'));
  mkdirSync(join(dir, 'in'));
  for (const f of ['teams.vtt', 'broken-timing.vtt', 'broken.srt']) copyFileSync(join(FIXTURES, f), join(dir, 'in', f));
  writeFileSync(join(dir, 'in', 'follow-up.txt'), 'Priya Shah: What did you decide?\nDaniel: We pair a tester with each developer.\n');
  writeFileSync(join(dir, 'in', 'latin1.txt'), Buffer.from([0x50, 0x3a, 0x20, 0xe9, 0x0a]));
  writeFileSync(join(dir, 'in', 'notes.md'), 'not a transcript, and not picked up from a directory');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('askwell score', () => {
  it('scores the good files of a folder, reports each broken one with its reason, and exits 1', async () => {
    const r = await askwell(['score', join(dir, 'in'), '--leader', 'priya shah', '--format', 'json']);
    expect(r.code).toBe(1);
    const results = r.stdout.trim().split('\n').map((line) => JSON.parse(line) as ScoreResult);
    expect(results.map((x) => x.file)).toEqual([join(dir, 'in/follow-up.txt'), join(dir, 'in/teams.vtt')]);

    const teams = results[1];
    expect(Object.keys(teams)).toEqual(['file', 'leader', 'speakers', 'turns', 'scorecard']);
    expect(teams.leader).toBe('Priya Shah');
    expect(teams.speakers).toEqual([{ name: 'Priya Shah', words: 36 }, { name: "Daniel O'Neill", words: 29 }]);
    expect(teams.turns[0]).toMatchObject({ index: 0, speaker: 'Priya Shah', start: 0, end: 9.5 });
    expect(teams.turns[1]).toMatchObject({ speaker: "Daniel O'Neill", score: null });
    const ask = teams.turns[2].score!;
    expect(ask.family).toBe('ask');
    expect(ask.moves[0]).toMatchObject({ kind: 'open_question', text: 'What options do you see for catching them earlier?' });
    const ideas = teams.scorecard.figures.find((f) => f.key === 'ideasElicited')!;
    expect(ideas).toMatchObject({ value: null, band: null, display: 'not applicable' });
    expect(teams.scorecard.figures.find((f) => f.key === 'askRatio')!.value).toEqual(expect.any(Number));

    const lines = r.stderr.trim().split('\n');
    expect(lines).toContain(`askwell: ${join(dir, 'in/broken-timing.vtt')}: line 8: expected a timing line such as "00:00:01.000 --> 00:00:04.000", found "00:00:03,5 -> 00:00:05.000"`);
    expect(lines).toContain(`askwell: ${join(dir, 'in/broken.srt')}: line 5: expected a cue number, found "two"`);
    expect(lines).toContain(`askwell: ${join(dir, 'in/latin1.txt')}: not UTF-8 text (save the transcript as UTF-8)`);
    expect(lines.at(-1)).toBe('askwell: 2 scored, 3 failed');
    // No progress bar off a terminal: plain lines only, no escape codes.
    // eslint-disable-next-line no-control-regex -- an ANSI escape (ESC [) is what must not appear
    expect(r.stderr).not.toMatch(/\u001b\[/);
  }, 60_000);

  it('exits 0 when every file scores, and writes one file per input with --out', async () => {
    const out = join(dir, 'out');
    const r = await askwell(['score', 'in/*.vtt', 'in/follow-up.txt', '--leader', 'Priya Shah', '--format', 'md', '--out', out], dir);
    // The glob also matches broken-timing.vtt.
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(readdirSync(out).sort()).toEqual(['follow-up.txt.md', 'teams.vtt.md']);
    const md = readFileSync(join(out, 'teams.vtt.md'), 'utf8');
    expect(md).toContain('**[0:17] Priya Shah (leader):** What options do you see for catching them earlier?');
    expect(md).toMatch(/- \*open question\* \(ask\): “What options/);
    expect(md).toContain('| Ideas elicited | not applicable | not applicable |');

    const ok = await askwell(['score', 'in/teams.vtt', '--leader', 'Priya Shah', '--format', 'csv'], dir);
    expect(ok.code).toBe(0);
    const [header, first] = ok.stdout.split('\r\n');
    expect(header).toBe('file,turn,speaker,start,end,text,family,moves,delegation_level');
    expect(first).toMatch(/^in\/teams\.vtt,0,Priya Shah,0,9\.5,"Thanks for making time, Daniel\. What has been happening with the release checklist this week\?",ask,affirmation open_question,/);
  }, 60_000);

  it('takes the leader of an Askwell session file from the file', async () => {
    const r = await askwell(['score', join(FIXTURES, 'session.json')]);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as ScoreResult;
    expect(result.leader).toBe('Marcus Lee');
    expect(result.turns.map((x) => x.score === null)).toEqual([false, true, false, true]);
  }, 60_000);

  it('scores the main line of a session file with branches, and fails a file whose branch is broken', async () => {
    const file = JSON.parse(readFileSync(join(FIXTURES, 'session.json'), 'utf8'));
    const [leaderTurn, personaTurn] = file.turns;
    const retry = [
      { ...leaderTurn, index: 2, text: 'You decide how to handle the customer; tell me what you need from me.' },
      { ...personaTurn, index: 3, text: 'I will call them and offer a fortnightly report.' },
    ];
    const session = { id: 'x', status: 'ended', feedbackEnabled: false, createdAt: file.session.createdAt, endedAt: null, scorecard: null, debrief: null };
    const withBranch = { ...file, schemaVersion: 3, branches: [{ id: 'b1', parentId: null, forkTurnIndex: 2, session, turns: retry, comments: [], overrides: [], reviews: [] }] };
    writeFileSync(join(dir, 'in', 'branched.json'), JSON.stringify(withBranch, null, 2));
    writeFileSync(join(dir, 'in', 'bad-branch.json'), JSON.stringify({ ...withBranch, branches: [{ ...withBranch.branches[0], forkTurnIndex: 1 }] }, null, 2));

    const r = await askwell(['score', join(dir, 'in/branched.json'), join(dir, 'in/bad-branch.json')]);
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout) as ScoreResult;
    expect(result.turns.map((x) => x.text)).toEqual(file.turns.map((x: { text: string }) => x.text));
    expect(r.stdout).not.toContain('fortnightly');
    expect(r.stderr).toMatch(/bad-branch\.json: line \d+: expected \/branches\/0: forkTurnIndex 1 to be a leader reply of its parent/);
    expect((await askwell(['score', '--help'])).stdout).toContain('scored on its main line');
  }, 60_000);

  it('never guesses the leader: without --leader and off a terminal, the file fails with the speaker list', async () => {
    const r = await askwell(['score', join(dir, 'in/teams.vtt')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("which speaker is the leader? Pass --leader NAME; speakers: Priya Shah (36 words), Daniel O'Neill (29 words)");
    const wrong = await askwell(['score', join(dir, 'in/teams.vtt'), '--leader', 'Nobody']);
    expect(wrong.stderr).toContain('no speaker named "Nobody"; speakers: Priya Shah (36 words)');
  }, 60_000);

  it('exits 2 on bad usage, with the reason', async () => {
    const bad = await askwell(['score', 'x.vtt', '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/argument 'xml' is invalid\. Allowed choices are json, md, csv/);
    expect((await askwell(['score'])).code).toBe(2);
    expect((await askwell(['frobnicate'])).code).toBe(2);
    expect((await askwell(['bench', 'nope'])).stderr).toMatch(/unknown benchmark "nope"; known: rubric, stream, load, import, web/);
  }, 60_000);

  it('documents everything in --help', async () => {
    const top = await askwell(['--help']);
    expect(top.code).toBe(0);
    for (const word of ['score', 'eval', 'bench']) expect(top.stdout).toContain(word);
    const score = await askwell(['score', '--help']);
    expect(score.code).toBe(0);
    for (const word of ['--leader', '--format', '--out', 'Exit codes', '{file, leader, speakers: [{name, words}]', 'WebVTT', 'SRT'])
      expect(score.stdout).toContain(word);
  }, 60_000);

  it('draws a progress bar on a terminal and asks for the leader there', async () => {
    // `script` gives the CLI a pseudo-terminal; the arrow keys pick the second speaker.
    const cmd = `${process.execPath} ${BIN} score ${join(dir, 'in/teams.vtt')} ${join(dir, 'in/follow-up.txt')} --out ${join(dir, 'tty')}`;
    const child = spawn('script', ['-qfec', cmd, '/dev/null'], { env: { ...process.env, TERM: 'xterm', COLUMNS: '100' } });
    let screen = '';
    const answered: string[] = [];
    child.stdout.on('data', (d: Buffer) => {
      screen += d.toString();
      // Each file asks once; Enter picks the first speaker listed (the most words).
      const asks = screen.split('who is the leader?').length - 1;
      if (asks > answered.length) {
        answered.push('x');
        setTimeout(() => child.stdin.write('\r'), 200);
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(screen).toContain('Priya Shah (36 words)');
    expect(screen).toMatch(/scoring .* 2\/2 files/);
    const tty = readdirSync(join(dir, 'tty')).sort();
    expect(tty).toEqual(['follow-up.txt.json', 'teams.vtt.json']);
    expect(JSON.parse(readFileSync(join(dir, 'tty/teams.vtt.json'), 'utf8')).leader).toBe('Priya Shah');
  }, 60_000);
});
