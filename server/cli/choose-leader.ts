import select from '@inquirer/select';
import { describeSpeakers } from '@core/transcript/speaker-stats';
import { findSpeaker } from '@core/transcript/score-result';
import type { SpeakerStat } from '@core/transcript/import-types';

// The leader is never guessed: named with --leader, picked on a terminal, or the file fails with
// the list of speakers so the user can name one.

export class LeaderError extends Error {}

export async function chooseLeader(
  file: string,
  speakers: readonly SpeakerStat[],
  options: { leader?: string; fromFile?: string; interactive: boolean },
): Promise<string> {
  const wanted = options.leader ?? options.fromFile;
  if (wanted !== undefined) {
    const found = findSpeaker(speakers, wanted);
    if (found) return found;
    throw new LeaderError(`no speaker named "${wanted}"; speakers: ${describeSpeakers(speakers)}`);
  }
  if (!options.interactive) throw new LeaderError(`which speaker is the leader? Pass --leader NAME; speakers: ${describeSpeakers(speakers)}`);
  return select(
    {
      message: `${file}: who is the leader?`,
      choices: speakers.map((s) => ({ name: `${s.name} (${s.words.toLocaleString('en')} words)`, value: s.name, description: s.sample })),
    },
    { output: process.stderr },
  );
}
