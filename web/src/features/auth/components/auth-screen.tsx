import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Banner } from '@web/components/banner';
import { errorMessage } from '@web/lib/api-client';
import { useDocumentTitle } from '@web/lib/document-title';
import { focusHeading, requestHeadingFocus, takeHeadingFocusRequest } from '@web/lib/heading-focus';
import { MIN_PASSWORD_CHARS, ROLES } from '@core/transcript/limits';
import type { Role } from '@web/types/api';
import { login, signup } from '../api/auth-api';
import { useAuth } from './auth-provider';

type Mode = 'login' | 'signup';

export function AuthScreen() {
  const { signedIn } = useAuth();
  const [mode, setMode] = useState<Mode>('login');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('leader');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const title = mode === 'login' ? 'Log in' : 'Create an account';
  useDocumentTitle(title);
  const heading = useRef<HTMLHeadingElement>(null);
  // After logging out the Log out button is gone: start the keyboard user at this form's heading.
  useEffect(() => {
    if (takeHeadingFocusRequest()) focusHeading(heading.current);
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const user = mode === 'login' ? await login(email, password) : await signup({ email, password, name, role });
      requestHeadingFocus(); // This form goes away: focus the first page's heading, not <body>.
      signedIn(user);
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };

  const switchTo = (next: Mode) => {
    setMode(next);
    setError(null);
  };

  return (
    <main className="auth-page">
      <section className="card auth-card" aria-labelledby={`${id}-title`}>
        <div className="brand brand-large">Askwell</div>
        <p className="muted">Practise leading by asking, not telling.</p>
        <div className="tabs" role="group" aria-label="Account">
          <button type="button" aria-pressed={mode === 'login'} className="tab" onClick={() => switchTo('login')}>
            Log in
          </button>
          <button type="button" aria-pressed={mode === 'signup'} className="tab" onClick={() => switchTo('signup')}>
            Sign up
          </button>
        </div>
        <h1 id={`${id}-title`} ref={heading} tabIndex={-1} className="visually-hidden">
          {title}
        </h1>
        <form className="form" onSubmit={submit}>
          {mode === 'signup' && (
            <div className="field">
              <label htmlFor={`${id}-name`}>Name</label>
              <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" required />
            </div>
          )}
          <div className="field">
            <label htmlFor={`${id}-email`}>Email</label>
            <input
              id={`${id}-email`}
              type="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              autoComplete="email"
              required
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-password`}>Password</label>
            <input
              id={`${id}-password`}
              type="password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoComplete={mode === 'login' ? 'current-password' : 'new-password'}
              aria-describedby={mode === 'signup' ? `${id}-password-hint` : undefined}
              required
            />
            {mode === 'signup' && (
              <p id={`${id}-password-hint`} className="hint">
                At least {MIN_PASSWORD_CHARS} characters.
              </p>
            )}
          </div>
          {mode === 'signup' && (
            <fieldset className="field">
              <legend>I am a</legend>
              <div className="radio-row">
                {ROLES.map((r) => (
                  <label key={r} className="radio">
                    <input type="radio" name="role" value={r} checked={role === r} onChange={() => setRole(r)} />
                    {r === 'leader' ? 'Leader' : 'Coach'}
                  </label>
                ))}
              </div>
            </fieldset>
          )}
          {error && <Banner>{error}</Banner>}
          <button type="submit" className="btn btn-primary btn-block" disabled={busy}>
            {busy ? 'Please wait…' : mode === 'login' ? 'Log in' : 'Create account'}
          </button>
        </form>
      </section>
    </main>
  );
}
