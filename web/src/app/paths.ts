export const paths = {
  scenarios: '/',
  sessions: '/sessions',
  importConversation: '/import',
  practice: (id: string) => `/sessions/${encodeURIComponent(id)}`,
  scorecard: (id: string) => `/sessions/${encodeURIComponent(id)}/scorecard`,
  compare: (a: string, b: string) => `/compare/${encodeURIComponent(a)}/${encodeURIComponent(b)}`,
  progress: '/progress',
  sharing: '/sharing',
  invite: (code: string) => `/invites/${encodeURIComponent(code)}`,
  coaching: '/coaching',
  calibration: '/coaching/calibration',
  coachLeader: (id: string) => `/coaching/leaders/${encodeURIComponent(id)}`,
  coachReview: (id: string) => `/coaching/sessions/${encodeURIComponent(id)}`,
  homework: '/coaching/homework',
  newScenario: '/coaching/scenarios/new',
  editScenario: (id: string) => `/coaching/scenarios/${encodeURIComponent(id)}`,
};

/** Whether a path belongs to the coaching, sharing or homework screens (loaded on demand: app.tsx). */
export const isCoachScreen = (path: string): boolean =>
  path === paths.sharing || path === paths.coaching || path.startsWith(`${paths.coaching}/`) || path.startsWith('/invites/');
