import type { MouseEvent, ReactNode } from 'react';
import { useAuth } from '../features/auth/components/auth-provider';
import { requestHeadingFocus, useHeadingFocusOnRouteChange } from '../lib/heading-focus';
import { href } from '../lib/router';
import { paths } from './paths';
import { RoleSwitch } from './role-switch';

const MAIN_ID = 'main';

/** A plain `#main` link would be read as a route by the hash router; move focus ourselves. */
const skipToMain = (e: MouseEvent<HTMLAnchorElement>) => {
  e.preventDefault();
  document.getElementById(MAIN_ID)?.focus();
};

export function AppShell({ path, children }: { path: string; children: ReactNode }) {
  const { user, logout } = useAuth();
  const current = (p: string) => (path === p ? 'page' : undefined);
  useHeadingFocusOnRouteChange(path, MAIN_ID);
  const logOut = () => {
    requestHeadingFocus();
    void logout();
  };
  const coaching = path.startsWith(paths.coaching);
  return (
    <>
      <a className="skip-link" href={`#${MAIN_ID}`} onClick={skipToMain}>
        Skip to content
      </a>
      <header className="topbar">
        <a className="brand" href={href(paths.scenarios)}>
          Askwell
        </a>
        {user?.role === 'coach' && <RoleSwitch coaching={coaching} />}
        <nav aria-label="Main">
          {coaching ? (
            <>
              <a href={href(paths.coaching)} aria-current={current(paths.coaching)}>
                Dashboard
              </a>
              <a href={href(paths.calibration)} aria-current={current(paths.calibration)}>
                Calibration
              </a>
              <a href={href(paths.homework)} aria-current={current(paths.homework)}>
                Homework
              </a>
            </>
          ) : (
            <>
              <a href={href(paths.scenarios)} aria-current={current(paths.scenarios)}>
                Scenarios
              </a>
              <a href={href(paths.sessions)} aria-current={current(paths.sessions)}>
                My sessions
              </a>
              <a href={href(paths.progress)} aria-current={current(paths.progress)}>
                Progress
              </a>
              <a href={href(paths.importConversation)} aria-current={current(paths.importConversation)}>
                Score a real conversation
              </a>
              <a href={href(paths.sharing)} aria-current={current(paths.sharing)}>
                Sharing
              </a>
            </>
          )}
        </nav>
        <div className="account">
          <span className="user-name" title={user?.email}>
            {user?.name}
          </span>
          <button type="button" className="btn btn-ghost btn-small" onClick={logOut}>
            Log out
          </button>
        </div>
      </header>
      <main id={MAIN_ID} className="page" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
