import { cuesToTurns, checkCueCount } from './cues-to-turns';
import type { SessionExport } from './export-schema';
import { type Cue, type ParsedTranscript, type TranscriptFormat, TranscriptError } from './import-types';
import { normaliseInput } from './input-lines';
import { exportedTurns, parseAskwellJson } from './parse-askwell';
import { parsePlain } from './parse-plain';
import { parseSrt } from './parse-srt';
import { parseVtt } from './parse-vtt';
import { speakerStats } from './speaker-stats';

// One entry point for every transcript format: pick the format (named, from the file name, or from
// the content), parse to cues, merge into turns, count who said how much.

const CUE_PARSERS: Record<Exclude<TranscriptFormat, 'askwell'>, (text: string) => Cue[]> = {
  vtt: parseVtt,
  srt: parseSrt,
  text: parsePlain,
};

const EXTENSIONS: Record<string, TranscriptFormat> = { vtt: 'vtt', srt: 'srt', txt: 'text', text: 'text', json: 'askwell' };

function formatFromFileName(name: string): TranscriptFormat | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return ext ? EXTENSIONS[ext] : undefined;
}

export function detectFormat(text: string, fileName?: string): TranscriptFormat {
  const named = fileName ? formatFromFileName(fileName) : undefined;
  if (named) return named;
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('WEBVTT')) return 'vtt';
  if (head.startsWith('{')) return 'askwell';
  if (/^\d+\r?\n[^\n]*-->/.test(head)) return 'srt';
  return 'text';
}

export interface ParseResult extends ParsedTranscript {
  /** The whole session file, when the input was an Askwell export. */
  session?: SessionExport;
}

export function parseTranscript(input: string, options: { format?: TranscriptFormat; fileName?: string } = {}): ParseResult {
  const text = normaliseInput(input);
  const format = options.format ?? detectFormat(text, options.fileName);
  if (format === 'askwell') {
    const session = parseAskwellJson(text);
    checkCueCount(session.turns);
    const turns = exportedTurns(session);
    return { format, turns, speakers: speakerStats(turns), session };
  }
  const cues = CUE_PARSERS[format](text);
  const turns = cuesToTurns(cues);
  if (turns.length === 0) throw new TranscriptError(null, 'at least one line of speech', 'none');
  return { format, turns, speakers: speakerStats(turns) };
}
