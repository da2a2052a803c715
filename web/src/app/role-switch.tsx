import { href } from '../lib/router';
import { paths } from './paths';

/** A coach practises too: one switch between their own practice and their coaching. */
export function RoleSwitch({ coaching }: { coaching: boolean }) {
  return (
    <nav className="role-switch" aria-label="Mode">
      <a href={href(paths.scenarios)} aria-current={coaching ? undefined : 'true'}>
        My practice
      </a>
      <a href={href(paths.coaching)} aria-current={coaching ? 'true' : undefined}>
        Coaching
      </a>
    </nav>
  );
}
