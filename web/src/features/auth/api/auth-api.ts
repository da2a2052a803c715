import { api } from '../../../lib/api-client';
import type { Role, User } from '../../../types/api';

export interface SignupInput {
  email: string;
  password: string;
  name: string;
  role: Role;
}

export const signup = (input: SignupInput) => api.post<{ user: User }>('/api/auth/signup', input).then((r) => r.user);

export const login = (email: string, password: string) =>
  api.post<{ user: User }>('/api/auth/login', { email, password }).then((r) => r.user);

export const logout = () => api.post<void>('/api/auth/logout');

export const fetchMe = () => api.get<{ user: User }>('/api/me').then((r) => r.user);
