import type {
  Calibration, Comment, CoachSessionSummary, Invite, InviteCreated, InvitePreview, LinkedLeader, MyCoach, Override, OverrideBody, Review,
  SessionAnnotations,
} from '@core/review/wire';
import { api } from '@web/lib/api-client';
import type { Session } from '@web/types/api';

export type ReviewedSession = Session & SessionAnnotations;

const enc = encodeURIComponent;
const session = (id: string) => `/api/sessions/${enc(id)}`;

export const coachingApi = {
  createInvite: () => api.post<InviteCreated>('/api/coach/invites', {}),
  listInvites: () => api.get<Invite[]>('/api/coach/invites'),
  revokeInvite: (code: string) => api.delete(`/api/coach/invites/${enc(code)}`),
  previewInvite: (code: string) => api.get<InvitePreview>(`/api/invites/${enc(code)}`),
  acceptInvite: (code: string) => api.post<{ coach: { id: string; name: string } }>(`/api/invites/${enc(code)}/accept`),
  myCoaches: () => api.get<MyCoach[]>('/api/me/coaches'),
  stopSharing: (coachId: string) => api.delete(`/api/me/coaches/${enc(coachId)}`),
  leaders: () => api.get<LinkedLeader[]>('/api/coach/leaders'),
  leaderSessions: (leaderId: string) => api.get<CoachSessionSummary[]>(`/api/coach/leaders/${enc(leaderId)}/sessions`),
  reviewQueue: () => api.get<CoachSessionSummary[]>('/api/coach/sessions'),
  session: (id: string) => api.get<ReviewedSession>(session(id)),
  comment: (id: string, turnIndex: number, text: string, parentId?: string) =>
    api.post<Comment>(`${session(id)}/comments`, { turnIndex, text, ...(parentId ? { parentId } : {}) }),
  override: (id: string, body: OverrideBody) => api.post<Override>(`${session(id)}/overrides`, body),
  review: (id: string, summary: string) => api.post<Review>(`${session(id)}/reviews`, { summary }),
  markSeen: (id: string) => api.post<void>(`${session(id)}/seen`),
  calibration: () => api.get<Calibration>('/api/coach/calibration'),
  calibrationCsvUrl: '/api/coach/calibration.csv',
  /** One row per ended session of each linked leader: figures, overall, and the adjusted ones when overridden. */
  sessionFiguresCsvUrl: '/api/coach/sessions.csv',
  eventsPath: (id: string) => `${session(id)}/events`,
};
