// The app is written against React's API and types (@types/react) and runs on Preact's compat layer:
// React DOM alone was 62 KB of the practice page's 150 KB gzip budget (issue 11), the room the rubric's
// browser scorer needs; preact/compat is the same API in about 10 KB. README, "Stack" says what was
// measured. Vite (the page) and vitest (the web unit tests) both resolve React through these, so tests
// render with what ships.
export const REACT_ON_PREACT = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/server$/, replacement: 'preact/compat/server' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];
