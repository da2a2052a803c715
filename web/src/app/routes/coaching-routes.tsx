import type { ReactNode } from 'react';
import { AcceptInvite } from '@web/features/coaching/components/accept-invite';
import { CalibrationView } from '@web/features/coaching/components/calibration-view';
import { CoachDashboard } from '@web/features/coaching/components/coach-dashboard';
import { LeaderPage } from '@web/features/coaching/components/leader-page';
import { MyCoaches } from '@web/features/coaching/components/my-coaches';
import { ReviewView } from '@web/features/coaching/components/review-view';
import { matchPath } from '@web/lib/router';
import { paths } from '../paths';

/** The coaching screens (a coach's side, and a leader's sharing); null when the path is not one of them. */
export function coachingRoute(path: string): ReactNode | null {
  let params: Record<string, string> | null;
  if (path === paths.coaching) return <CoachDashboard leaderPath={paths.coachLeader} reviewPath={paths.coachReview} />;
  if (path === paths.calibration) return <CalibrationView />;
  if (path === paths.sharing) return <MyCoaches />;
  if ((params = matchPath('/coaching/leaders/:id', path)))
    return <LeaderPage key={params.id} leaderId={params.id} dashboardPath={paths.coaching} reviewPath={paths.coachReview} />;
  if ((params = matchPath('/coaching/sessions/:id', path))) return <ReviewView key={params.id} sessionId={params.id} leaderPath={paths.coachLeader} />;
  if ((params = matchPath('/invites/:code', path))) return <AcceptInvite key={params.code} code={params.code} sharingPath={paths.sharing} />;
  return null;
}
