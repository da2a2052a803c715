export const paths = {
  scenarios: '/',
  sessions: '/sessions',
  importConversation: '/import',
  practice: (id: string) => `/sessions/${encodeURIComponent(id)}`,
  scorecard: (id: string) => `/sessions/${encodeURIComponent(id)}/scorecard`,
  sharing: '/sharing',
  invite: (code: string) => `/invites/${encodeURIComponent(code)}`,
  coaching: '/coaching',
  calibration: '/coaching/calibration',
  coachLeader: (id: string) => `/coaching/leaders/${encodeURIComponent(id)}`,
  coachReview: (id: string) => `/coaching/sessions/${encodeURIComponent(id)}`,
};
