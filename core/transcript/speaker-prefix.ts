// "Jane Doe: so what happened?" -> speaker "Jane Doe". A name is up to five words, each capitalised
// (or a particle such as "van", or a handle with digits or @), so "So here's the plan: ..." stays
// speech. A single word passes unless it is a common sentence opener ("Note: ...", "So: ...").

const PREFIX = /^\s*([\p{L}\p{N}][\p{L}\p{N}'’.\-_ ()@&]{0,58}?)\s*:\s+(.*)$/u;
const MAX_NAME_WORDS = 5;
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'di', 'del', 'della', 'du', 'la', 'le', 'bin', 'al', 'y', 'ten', 'ter']);
const OPENERS = new Set([
  'note', 'so', 'and', 'but', 'well', 'ok', 'okay', 'yes', 'no', 'then', 'also', 'because', 'example', 'answer', 'question',
  'update', 'summary', 'agenda', 'action', 'actions', 'todo', 'reminder', 'ps', 'fyi', 'edit', 'eg', 'ie', 'basically', 'anyway',
]);

const nameLike = (word: string) => /^[\p{Lu}\p{N}(]/u.test(word) || PARTICLES.has(word) || /[@\d]/.test(word);

export function splitSpeakerPrefix(line: string): { speaker: string; text: string } | null {
  const m = PREFIX.exec(line);
  if (!m) return null;
  const speaker = m[1].trim();
  const words = speaker.split(/\s+/);
  if (words.length > MAX_NAME_WORDS) return null;
  // Times ("at 10: we") and URLs are not names.
  if (/^\d+$/.test(speaker) || /https?$/i.test(speaker)) return null;
  if (words.length === 1 ? OPENERS.has(speaker.toLowerCase()) : !words.every(nameLike)) return null;
  return { speaker, text: m[2] };
}
