import type { AgreementSet } from '@core/review/wire';
import { PageMessage } from '@web/components/page-message';
import { useDocumentTitle } from '@web/lib/document-title';
import { Loading } from '@web/components/loading';
import { plural } from '@web/lib/format';
import { useAsync } from '@web/lib/use-async';
import { coachingApi } from '../api/coaching-api';
import { labelText } from './labels';

const num = (x: number | null) => (x === null ? '–' : x.toFixed(2));

function AgreementTable({ title, tableName, set }: { title: string; tableName: string; set: AgreementSet }) {
  return (
    <section className="card" aria-label={title}>
      <h2>{title}</h2>
      <p>
        {set.items === 0
          ? 'Nothing reviewed yet.'
          : `You kept ${set.agreed} of ${set.items} labels (${num(set.agreementRate)}); Cohen’s kappa ${num(set.kappa)}.`}
      </p>
      {set.perLabel.length > 0 && (
        // Six columns scroll inside their own (focusable) box on a phone, not the whole page.
        <div className="table-scroll" role="region" aria-label={tableName} tabIndex={0}>
          <table className="data-table calibration-table">
            <thead>
              <tr>
                <th scope="col">Label</th>
                <th scope="col">Scorer</th>
                <th scope="col">You</th>
                <th scope="col">Both</th>
                <th scope="col">Agreement</th>
                <th scope="col">Kappa</th>
              </tr>
            </thead>
            <tbody>
              {set.perLabel.map((l) => (
                <tr key={l.label}>
                  <th scope="row">{labelText(l.label)}</th>
                  <td>{l.scorer}</td>
                  <td>{l.coach}</td>
                  <td>{l.both}</td>
                  <td>{num(l.agreementRate)}</td>
                  <td>{num(l.kappa)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Where this coach and the automatic scorer agree, over the replies of the sessions they reviewed. */
export function CalibrationView() {
  const calibration = useAsync(coachingApi.calibration, 'calibration');
  useDocumentTitle('Calibration');
  if (calibration.status === 'loading') return <Loading label="Loading calibration…" />;
  if (calibration.status === 'error') return <PageMessage title="Calibration">{calibration.error}</PageMessage>;
  const c = calibration.data;
  return (
    <>
      <div className="page-head">
        <h1>Calibration</h1>
        <p className="muted">
          Over {plural(c.reviewedReplies, 'reply', 'replies')} in {plural(c.reviewedSessions, 'reviewed session')}: how often you kept the scorer’s label. Agreement is the
          share of the scorer’s labels of a kind you kept; kappa corrects for chance.
        </p>
        <a className="btn" href={coachingApi.calibrationCsvUrl} download>
          Download CSV
        </a>
      </div>
      <AgreementTable title="Move labels" tableName="Agreement per move" set={c.moves} />
      <AgreementTable title="Delegation level" tableName="Agreement per delegation level" set={c.delegation} />
    </>
  );
}
