import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { ROOT } from '@server/web-build';

// Chart libraries measured for the scorecard and progress charts (README "Charts", docs/charts.md).
// Each candidate in bench/chart-candidates draws the same charts the app draws: the ask/tell strip,
// the delegation step line 0-7 with takeovers, the talk-share bar (the scorecard), and a line chart
// (the progress page), inside the same frame and table toggle. Each set is bundled as the app's Vite
// build would (minified, tree-shaken, production React, React itself external: the pages load it
// anyway) and gzipped (-9). The libraries are not dependencies of the app; install them anywhere and
// pass that node_modules:
//   npm install --prefix /tmp/chartlibs react@19 react-dom@19 recharts chart.js react-chartjs-2 uplot \
//     @visx/shape @visx/scale @visx/group @visx/curve @nivo/bar @nivo/line
//   npx tsx bench/chart-libraries.ts /tmp/chartlibs/node_modules
// Prints one JSON object: per candidate, the gzip KB of each set and what it adds over plain SVG.

const CANDIDATES = {
  'plain-svg': { renders: 'svg' },
  recharts: { renders: 'svg', packages: ['recharts'] },
  chartjs: { renders: 'canvas', packages: ['chart.js', 'react-chartjs-2'] },
  uplot: { renders: 'canvas', packages: ['uplot'] },
  visx: { renders: 'svg', packages: ['@visx/shape', '@visx/scale', '@visx/group', '@visx/curve'] },
  nivo: { renders: 'svg', packages: ['@nivo/bar', '@nivo/line'] },
} as const satisfies Record<string, { renders: 'svg' | 'canvas'; packages?: string[] }>;

const SETS = {
  scorecard: 'AskTellStrip, DelegationSteps, TalkShareBar',
  progress: 'LineChart',
} as const;

const modules = process.argv[2];
if (!modules || !existsSync(modules)) {
  console.error('Usage: npx tsx bench/chart-libraries.ts <node_modules with the candidate libraries>');
  process.exit(2);
}

const version = async (name: string) => ((await import(join(modules, name, 'package.json'), { with: { type: 'json' } })).default as { version: string }).version;

async function gzipKb(candidate: string, names: string): Promise<number> {
  const result = await build({
    stdin: { contents: `export { ${names} } from './bench/chart-candidates/${candidate}';`, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    minify: true,
    treeShaking: true,
    target: 'es2022',
    jsx: 'automatic',
    tsconfig: join(ROOT, 'tsconfig.web.json'),
    nodePaths: [modules],
    external: ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles.reduce((sum, f) => sum + gzipSync(f.contents, { level: 9 }).length, 0) / 1024;
}

const round = (kb: number) => Math.round(kb * 10) / 10;
const out: Record<string, unknown> = {};
const base: Record<string, number> = {};
for (const [name, meta] of Object.entries(CANDIDATES)) {
  const sizes: Record<string, number> = {};
  for (const [set, names] of Object.entries(SETS)) sizes[set] = await gzipKb(name, names);
  if (name === 'plain-svg') Object.assign(base, sizes);
  const packages = 'packages' in meta ? meta.packages : [];
  out[name] = {
    renders: meta.renders,
    versions: Object.fromEntries(await Promise.all(packages.map(async (p) => [p, await version(p)] as const))),
    scorecard_gzip_kb: round(sizes.scorecard),
    progress_gzip_kb: round(sizes.progress),
    adds_to_scorecard_kb: round(sizes.scorecard - base.scorecard),
    adds_to_progress_kb: round(sizes.progress - base.progress),
  };
}
console.log(JSON.stringify(out));
