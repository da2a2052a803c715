import { useDocumentTitle } from '@web/lib/document-title';
import { SessionList } from '@web/features/practice/components/session-list';
import { paths } from '../paths';

export function SessionsRoute() {
  useDocumentTitle('My sessions');
  return (
    <>
      <div className="page-head">
        <h1>My sessions</h1>
        <p className="muted">Pick up an open conversation, or look back at a scorecard.</p>
      </div>
      <SessionList practicePath={paths.practice} scorecardPath={paths.scorecard} />
    </>
  );
}
