import { lazy } from 'react';
import { AuthProvider, useAuth } from '../features/auth/components/auth-provider';
import { AuthScreen } from '../features/auth/components/auth-screen';
import { Loading } from '../components/loading';
import { matchPath, usePath } from '../lib/router';
import { AppShell } from './app-shell';
import { LazyPage } from './lazy-page';
import { NotFound } from './not-found';
import { isCoachScreen } from './paths';
import { PracticeRoute } from './routes/practice-route';
import { ScenariosRoute } from './routes/scenarios-route';
import { SessionsRoute } from './routes/sessions-route';

// The import page carries the transcript parsers (and TypeBox for session files): loaded when visited.
// The progress page and its charts: loaded when visited. So are the coaching, sharing and homework
// screens, which a leader practising never opens, and the comparison of two attempts (the practice page
// was at its 150 KB budget with it): the practice page's download is mostly the rubric.
// The scorecard (its coaching notes re-score a reply a coach corrected) and the practice page's live
// meter load the rubric; the other pages do not.
const CoachScreens = lazy(() => import('./routes/coach-screens').then((m) => ({ default: m.CoachScreens })));
const ProgressRoute = lazy(() => import('./routes/progress-route').then((m) => ({ default: m.ProgressRoute })));
const ScorecardRoute = lazy(() => import('./routes/scorecard-route').then((m) => ({ default: m.ScorecardRoute })));
const ImportRoute = lazy(() => import('./routes/import-route').then((m) => ({ default: m.ImportRoute })));
const CompareRoute = lazy(() => import('./routes/compare-route').then((m) => ({ default: m.CompareRoute })));

function Routes({ path }: { path: string }) {
  let params: Record<string, string> | null;
  if (isCoachScreen(path))
    return (
      <LazyPage key="coach">
        <CoachScreens path={path} />
      </LazyPage>
    );
  if (path === '/') return <ScenariosRoute />;
  if (path === '/sessions') return <SessionsRoute />;
  if (path === '/progress')
    return (
      <LazyPage key="progress">
        <ProgressRoute />
      </LazyPage>
    );
  if (path === '/import')
    return (
      <LazyPage key="import">
        <ImportRoute />
      </LazyPage>
    );
  if ((params = matchPath('/compare/:a/:b', path)))
    return (
      <LazyPage key={`compare/${params.a}/${params.b}`}>
        <CompareRoute a={params.a} b={params.b} />
      </LazyPage>
    );
  if ((params = matchPath('/sessions/:id/scorecard', path)))
    return (
      <LazyPage key={`scorecard-${params.id}`}>
        <ScorecardRoute sessionId={params.id} />
      </LazyPage>
    );
  if ((params = matchPath('/sessions/:id', path))) return <PracticeRoute sessionId={params.id} />;
  return <NotFound />;
}

function Gate() {
  const { user } = useAuth();
  const path = usePath();
  if (user === undefined) return <Loading />;
  if (user === null) return <AuthScreen />;
  return (
    <AppShell path={path}>
      <Routes path={path} />
    </AppShell>
  );
}

export function App() {
  return (
    <AuthProvider>
      <Gate />
    </AuthProvider>
  );
}
