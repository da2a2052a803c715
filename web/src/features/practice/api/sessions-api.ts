import { api } from '@web/lib/api-client';
import type { Session, SessionSummary } from '@web/types/api';

const path = (id: string) => `/api/sessions/${encodeURIComponent(id)}`;

export const createSession = (scenarioId: string, feedbackEnabled = true) =>
  api.post<Session>('/api/sessions', { scenarioId, feedbackEnabled });

export const listSessions = () => api.get<SessionSummary[]>('/api/sessions');

export const getSession = (id: string) => api.get<Session>(path(id));

export const setFeedbackEnabled = (id: string, feedbackEnabled: boolean) =>
  api.patch<Session>(path(id), { feedbackEnabled });

export const endSession = (id: string) => api.post<Session>(`${path(id)}/end`);

export const deleteSession = (id: string) => api.delete(path(id));

export const createBranch = (id: string, fromTurnIndex: number) => api.post<{ id: string }>(`${path(id)}/branches`, { fromTurnIndex });

export const streamPath = (id: string) => `${path(id)}/stream`;
