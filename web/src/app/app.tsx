import type { ReactNode } from 'react';
import { AuthProvider, useAuth } from '../features/auth/components/auth-provider';
import { Loading } from '../components/loading';
import { lazyNamed } from '../lib/lazy-named';
import { matchPath, usePath } from '../lib/router';
import { AppShell } from './app-shell';
import { LazyPage } from './lazy-page';
import { NotFound } from './not-found';
import { isCoachScreen } from './paths';
import { PracticeRoute } from './routes/practice-route';

// The import page carries the transcript parsers (and TypeBox for session files): loaded when visited.
// The progress page and its charts: loaded when visited. So are the coaching, sharing and homework
// screens, which a leader practising never opens, and the comparison of two attempts (the practice page
// was at its 150 KB budget with it): the practice page's download is mostly the rubric.
// The scorecard (its coaching notes re-score a reply a coach corrected) and the practice page's live
// meter load the rubric; the other pages do not. The sign-in screen, the scenario list and the list of
// past sessions load when shown too, so a leader who opens a practice session downloads none of them
// (the practice page was 148.4 KB of its 150 KB budget with them, most of it React and the rubric).
const CoachScreens = lazyNamed(() => import('./routes/coach-screens'), 'CoachScreens');
const ProgressRoute = lazyNamed(() => import('./routes/progress-route'), 'ProgressRoute');
const ScorecardRoute = lazyNamed(() => import('./routes/scorecard-route'), 'ScorecardRoute');
const ImportRoute = lazyNamed(() => import('./routes/import-route'), 'ImportRoute');
const CompareRoute = lazyNamed(() => import('./routes/compare-route'), 'CompareRoute');
const AuthScreen = lazyNamed(() => import('../features/auth/components/auth-screen'), 'AuthScreen');
const ScenariosRoute = lazyNamed(() => import('./routes/scenarios-route'), 'ScenariosRoute');
const SessionsRoute = lazyNamed(() => import('./routes/sessions-route'), 'SessionsRoute');

/** A page loaded on demand, keyed so a failure on one is not carried to the next (lazy-page.tsx). */
const lazyPage = (key: string, page: ReactNode) => <LazyPage key={key}>{page}</LazyPage>;

function Routes({ path }: { path: string }) {
  let params: Record<string, string> | null;
  if (isCoachScreen(path)) return lazyPage('coach', <CoachScreens path={path} />);
  if (path === '/') return lazyPage('scenarios', <ScenariosRoute />);
  if (path === '/sessions') return lazyPage('sessions', <SessionsRoute />);
  if (path === '/progress') return lazyPage('progress', <ProgressRoute />);
  if (path === '/import') return lazyPage('import', <ImportRoute />);
  if ((params = matchPath('/compare/:a/:b', path))) return lazyPage(`compare/${params.a}/${params.b}`, <CompareRoute a={params.a} b={params.b} />);
  if ((params = matchPath('/sessions/:id/scorecard', path))) return lazyPage(`scorecard-${params.id}`, <ScorecardRoute sessionId={params.id} />);
  if ((params = matchPath('/sessions/:id', path))) return <PracticeRoute sessionId={params.id} />;
  return <NotFound />;
}

function Gate() {
  const { user } = useAuth();
  const path = usePath();
  if (user === undefined) return <Loading />;
  if (user === null) return lazyPage('sign-in', <AuthScreen />);
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
