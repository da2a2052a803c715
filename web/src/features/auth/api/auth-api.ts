import { api } from '@web/lib/api-client';
import type { SignupBody, User } from '@web/types/api';

export const signup = (input: SignupBody) => api.post<{ user: User }>('/api/auth/signup', input).then((r) => r.user);

export const login = (email: string, password: string) =>
  api.post<{ user: User }>('/api/auth/login', { email, password }).then((r) => r.user);

export const logout = () => api.post<void>('/api/auth/logout');

export const fetchMe = () => api.get<{ user: User }>('/api/me').then((r) => r.user);
