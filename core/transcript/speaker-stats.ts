import { wordCount } from '../rubric/word-count';
import type { ImportedTurn, SpeakerStat } from './import-types';

const SAMPLE_CHARS = 120;

/** Speakers by words spoken, most first: what a person needs to pick out the leader. */
export function speakerStats(turns: readonly ImportedTurn[]): SpeakerStat[] {
  const by = new Map<string, SpeakerStat & { longest: number }>();
  for (const t of turns) {
    const words = wordCount(t.text);
    const s = by.get(t.speaker) ?? { name: t.speaker, words: 0, turns: 0, sample: '', longest: -1 };
    s.words += words;
    s.turns += 1;
    if (words > s.longest) {
      s.longest = words;
      s.sample = t.text.length > SAMPLE_CHARS ? `${t.text.slice(0, SAMPLE_CHARS - 1).trimEnd()}…` : t.text;
    }
    by.set(t.speaker, s);
  }
  return [...by.values()]
    .map(({ longest: _l, ...s }) => s)
    .sort((a, b) => b.words - a.words || a.name.localeCompare(b.name));
}

/** "Sam (1,204 words), Alex (310 words)". */
export const describeSpeakers = (speakers: readonly Pick<SpeakerStat, 'name' | 'words'>[]) =>
  speakers.map((s) => `${s.name} (${s.words.toLocaleString('en')} word${s.words === 1 ? '' : 's'})`).join(', ');
