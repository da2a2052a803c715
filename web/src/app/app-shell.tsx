import type { ReactNode } from 'react';
import { useAuth } from '../features/auth/components/auth-provider';
import { href } from '../lib/router';
import { paths } from './paths';

export function AppShell({ path, children }: { path: string; children: ReactNode }) {
  const { user, logout } = useAuth();
  const current = (p: string) => (path === p ? 'page' : undefined);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <a className="brand" href={href(paths.scenarios)}>
          Askwell
        </a>
        <nav aria-label="Main">
          <a href={href(paths.scenarios)} aria-current={current(paths.scenarios)}>
            Scenarios
          </a>
          <a href={href(paths.sessions)} aria-current={current(paths.sessions)}>
            My sessions
          </a>
          <a href={href(paths.importConversation)} aria-current={current(paths.importConversation)}>
            Score a real conversation
          </a>
        </nav>
        <div className="account">
          <span className="user-name" title={user?.email}>
            {user?.name}
          </span>
          <button type="button" className="btn btn-ghost btn-small" onClick={logout}>
            Log out
          </button>
        </div>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
