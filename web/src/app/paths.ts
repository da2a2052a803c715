export const paths = {
  scenarios: '/',
  sessions: '/sessions',
  practice: (id: string) => `/sessions/${encodeURIComponent(id)}`,
  scorecard: (id: string) => `/sessions/${encodeURIComponent(id)}/scorecard`,
};
