import { replySeries, talkWords } from '@core/rubric/reply-series';
import { AskTellStrip, DelegationSteps, TalkShareBar } from '@web/components/charts/reply-charts';
import type { Session } from '@web/types/api';
import { DownloadLinks } from '@web/components/download-links';
import { BandMeter } from './band-meter';
import { FigureCard } from './figure-card';

/** The end-of-session scorecard: every figure with its band, the rule behind the band, and the turns that drove it. */
export function ScorecardView({ session }: { session: Session }) {
  const { scorecard, debrief, scenario } = session;
  const points = replySeries(session.turns);
  const subtitle = scenario
    ? `With ${scenario.persona.name}, ${scenario.persona.role}`
    : `A real conversation${session.leaderName ? ` led by ${session.leaderName}` : ''}, imported from ${session.source?.fileName ?? 'pasted text'}`;
  if (!scorecard) return <p className="muted">This session has no scorecard yet: end it to see one.</p>;
  return (
    <section className="scorecard" aria-labelledby="scorecard-title">
      <header className="scorecard-head card">
        <div>
          <p className="eyebrow">Scorecard</p>
          <h1 id="scorecard-title">{session.title}</h1>
          <p className="muted">{subtitle}</p>
          <DownloadLinks sessionId={session.id} />
        </div>
        {scorecard.overall === null ? (
          <div className="overall">
            <span className="overall-number overall-none">Not enough to score</span>
            <span className="muted">A scorecard needs at least 2 replies.</span>
          </div>
        ) : (
          <div className="overall">
            <span className="overall-number">
              {scorecard.overall.toFixed(1)}
              <span className="overall-max"> / 5</span>
            </span>
            <BandMeter band={scorecard.overall} />
            <span className="muted">Overall, the mean of the bands{scorecard.figures.some((f) => f.band === null) ? ' that apply' : ''}</span>
          </div>
        )}
      </header>
      {scorecard.overall !== null && (
        <div className="charts">
          <AskTellStrip points={points} />
          <DelegationSteps points={points} />
          <TalkShareBar {...talkWords(session.turns)} otherName={scenario?.persona.name ?? 'The others'} />
        </div>
      )}
      <div className="figure-grid">
        {scorecard.figures.map((f) => (
          <FigureCard key={f.key} figure={f} turns={session.turns} />
        ))}
      </div>
      {debrief && (
        <section className="card debrief" aria-labelledby="debrief-title">
          <h2 id="debrief-title">Debrief</h2>
          {debrief
            .split(/\n{2,}/)
            .filter((p) => p.trim())
            .map((p, i) => (
              <p key={i}>{p}</p>
            ))}
        </section>
      )}
    </section>
  );
}
