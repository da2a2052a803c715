// The model of a transcript read from a file (a meeting recording's captions, a chat log, an
// Askwell export) before anyone has said which speaker is the leader.

export const TRANSCRIPT_FORMATS = ['vtt', 'srt', 'text', 'askwell'] as const;
export type TranscriptFormat = (typeof TRANSCRIPT_FORMATS)[number];

/** Files larger than this are refused before parsing. */
export const MAX_TRANSCRIPT_BYTES = 5 * 1024 * 1024;
/** Cues (caption blocks or `Name: text` lines) beyond this are refused. */
export const MAX_TRANSCRIPT_CUES = 20_000;

/** Name given to caption text no speaker is attached to (SRT and VTT without names). */
export const UNNAMED_SPEAKER = 'Unnamed speaker';

/** One caption block or line as found in the file; times in seconds. */
export interface Cue {
  speaker: string | null;
  start: number | null;
  end: number | null;
  text: string;
  /** 1-based line in the file where the cue's text starts. */
  line: number;
}

/** Consecutive cues of one speaker, merged. */
export interface ImportedTurn {
  index: number;
  speaker: string;
  start: number | null;
  end: number | null;
  text: string;
}

export interface SpeakerStat {
  name: string;
  words: number;
  turns: number;
  /** The speaker's longest turn, shortened: enough to recognise who it is. */
  sample: string;
}

export interface ParsedTranscript {
  format: TranscriptFormat;
  turns: ImportedTurn[];
  speakers: SpeakerStat[];
}

/** Malformed input: names the 1-based line and what was expected there. */
export class TranscriptError extends Error {
  constructor(
    readonly line: number | null,
    readonly expected: string,
    found?: string,
  ) {
    const where = line === null ? '' : `line ${line}: `;
    super(`${where}expected ${expected}${found === undefined ? '' : `, found ${JSON.stringify(shorten(found))}`}`);
    this.name = 'TranscriptError';
  }
}

const shorten = (s: string, max = 60) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
