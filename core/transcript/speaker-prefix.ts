// "Jane Doe: so what happened?" -> speaker "Jane Doe". A name is a few words with no sentence
// punctuation, so "Note: ..." is a name but "So, here's the thing: ..." is not.

const PREFIX = /^\s*([\p{L}\p{N}][\p{L}\p{N}'’.\- ()@&]{0,58}?)\s*:\s+(.*)$/u;
const MAX_NAME_WORDS = 5;

export function splitSpeakerPrefix(line: string): { speaker: string; text: string } | null {
  const m = PREFIX.exec(line);
  if (!m) return null;
  const speaker = m[1].trim();
  if (speaker.split(/\s+/).length > MAX_NAME_WORDS) return null;
  // Times ("at 10: we") and URLs are not names.
  if (/^\d+$/.test(speaker) || /https?$/i.test(speaker)) return null;
  return { speaker, text: m[2] };
}
