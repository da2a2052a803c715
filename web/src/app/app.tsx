import { AuthProvider, useAuth } from '../features/auth/components/auth-provider';
import { AuthScreen } from '../features/auth/components/auth-screen';
import { Loading } from '../components/loading';
import { matchPath, usePath } from '../lib/router';
import { AppShell } from './app-shell';
import { coachingRoute } from './routes/coaching-routes';
import { PracticeRoute } from './routes/practice-route';
import { ScenariosRoute } from './routes/scenarios-route';
import { ScorecardRoute } from './routes/scorecard-route';
import { SessionsRoute } from './routes/sessions-route';

function Routes({ path }: { path: string }) {
  let params: Record<string, string> | null;
  const coaching = coachingRoute(path);
  if (coaching) return coaching;
  if (path === '/') return <ScenariosRoute />;
  if (path === '/sessions') return <SessionsRoute />;
  if ((params = matchPath('/sessions/:id/scorecard', path))) return <ScorecardRoute sessionId={params.id} />;
  if ((params = matchPath('/sessions/:id', path))) return <PracticeRoute sessionId={params.id} />;
  return (
    <div className="page-head">
      <h1>Page not found</h1>
      <p>
        <a href="#/">Back to the scenarios</a>
      </p>
    </div>
  );
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
