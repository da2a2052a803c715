import type { SpeakerStat } from '@core/transcript/import-types';

/** Who is the leader? Each speaker with their word count and a line of theirs to recognise them by. */
export function SpeakerPicker({ speakers, value, onChange }: { speakers: SpeakerStat[]; value: string | null; onChange(name: string): void }) {
  return (
    <fieldset className="speaker-picker">
      <legend>Which speaker is the leader?</legend>
      {speakers.map((s) => (
        <label key={s.name} className={`card speaker-option${value === s.name ? ' speaker-option-on' : ''}`}>
          <input type="radio" name="leader" value={s.name} checked={value === s.name} onChange={() => onChange(s.name)} />
          <span className="speaker-name">{s.name}</span>
          <span className="muted">
            {s.words.toLocaleString()} words · {s.turns} {s.turns === 1 ? 'turn' : 'turns'}
          </span>
          <q className="speaker-sample">{s.sample}</q>
        </label>
      ))}
    </fieldset>
  );
}
