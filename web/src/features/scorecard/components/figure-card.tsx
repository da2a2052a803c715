import { replyLabel } from '@core/transcript/reply-numbers';
import { showTurn } from '@web/lib/show-turn';
import type { ScorecardFigure, Turn } from '@web/types/api';
import { BandMeter } from './band-meter';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const quote = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

export function FigureCard({ figure, turns }: { figure: ScorecardFigure; turns: readonly Turn[] }) {
  const refs = figure.turns.map((i) => turns.find((t) => t.index === i)).filter((t): t is Turn => !!t);
  return (
    <article className="card figure" aria-labelledby={`figure-${figure.key}`}>
      <header className="figure-head">
        <h2 id={`figure-${figure.key}`}>{figure.label}</h2>
        {figure.band === null ? <span className="band band-na">not applicable</span> : <BandMeter band={figure.band} />}
      </header>
      <div className="figure-value">{figure.display}</div>
      <p className="figure-explanation">{figure.explanation}</p>
      <p className="band-rule">
        <span className="focus-label">Bands</span> {figure.bandRule}
      </p>
      {refs.length > 0 && (
        <details className="figure-turns">
          <summary>
            {refs.length === 1 ? 'The reply behind this' : `The ${refs.length} replies behind this`}
          </summary>
          <ul>
            {refs.map((t) => (
              <li key={t.index}>
                <a
                  className="turn-ref"
                  href={`#turn-${t.index}`}
                  onClick={(e) => {
                    // The app routes on the hash: show the turn without navigating.
                    e.preventDefault();
                    showTurn(t.index);
                  }}
                >
                  {capitalise(replyLabel(turns, t.index))}
                </a>{' '}
                <q>{quote(t.text)}</q>
              </li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}
