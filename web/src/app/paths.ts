export const paths = {
  scenarios: '/',
  sessions: '/sessions',
  importConversation: '/import',
  practice: (id: string) => `/sessions/${encodeURIComponent(id)}`,
  scorecard: (id: string) => `/sessions/${encodeURIComponent(id)}/scorecard`,
};
