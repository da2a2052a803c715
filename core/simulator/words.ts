/**
 * Splits text into streaming deltas: each a word with its trailing whitespace (leading
 * whitespace rides on the first), so joining the deltas gives back the text exactly.
 */
export function splitIntoWordDeltas(text: string): string[] {
  const deltas = text.match(/\s*\S+\s*/g) ?? [];
  if (deltas.length === 0) return text === '' ? [] : [text];
  return deltas;
}
