import { createContext, useContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { UNAUTHORIZED_EVENT } from '@web/lib/api-client';
import type { User } from '@web/types/api';
import { fetchMe, logout as logoutRequest } from '../api/auth-api';

interface AuthContextValue {
  /** undefined while the first /api/me is in flight, null when signed out. */
  user: User | null | undefined;
  signedIn(user: User): void;
  logout(): Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);

  useEffect(() => {
    fetchMe().then(setUser, () => setUser(null));
    const onUnauthorized = () => setUser(null);
    window.addEventListener(UNAUTHORIZED_EVENT, onUnauthorized);
    return () => window.removeEventListener(UNAUTHORIZED_EVENT, onUnauthorized);
  }, []);

  const logout = useCallback(async () => {
    await logoutRequest().catch(() => undefined); // Signed out locally either way.
    setUser(null);
  }, []);

  const value = useMemo(() => ({ user, signedIn: setUser, logout }), [user, logout]);
  return <AuthContext value={value}>{children}</AuthContext>;
}

export function useAuth(): AuthContextValue {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth must be used inside <AuthProvider>');
  return ctx;
}
