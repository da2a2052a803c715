import type { ReviewedSession } from '../api/coaching-api';

/** The automatic overall beside the one recomputed with the coaches' overrides, and who made them. */
export function AdjustedScorecardNote({ session }: { session: ReviewedSession }) {
  const adjusted = session.adjustedScorecard;
  if (!session.scorecard) return null;
  if (!adjusted) return <p className="muted">Overall {session.scorecard.overall} / 5 (automatic reading; no overrides).</p>;
  const changed = adjusted.scorecard.figures.filter((f) => adjusted.changed.includes(f.key));
  return (
    <div className="adjusted-scorecard">
      <p>
        Overall <strong>{adjusted.scorecard.overall}</strong> / 5 with overrides by {adjusted.overriddenBy.map((p) => p.name).join(', ')}{' '}
        <span className="muted">(automatic reading: {session.scorecard.overall})</span>
      </p>
      {changed.length > 0 && (
        <ul className="adjusted-figures">
          {changed.map((f) => {
            const was = session.scorecard!.figures.find((x) => x.key === f.key);
            return (
              <li key={f.key}>
                {f.label}: {f.display} <span className="muted">(was {was?.display ?? '–'})</span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
