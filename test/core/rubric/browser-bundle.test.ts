import { build, type Plugin } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// core/rubric runs in the browser while the leader types: it must bundle for the browser with no
// Node built-in anywhere in its import graph, and stay small.
const entry = (name: string) => fileURLToPath(new URL(`../../../core/rubric/${name}`, import.meta.url));

function nodeImportsOf() {
  const nodeImports: string[] = [];
  const guard: Plugin = {
    name: 'no-node-builtins',
    setup(b) {
      b.onResolve({ filter: /^node:|^(?:fs|path|os|child_process|crypto|util|url|stream|events|perf_hooks|module)$/ }, (args) => {
        nodeImports.push(`${args.path} (from ${args.importer})`);
        return { path: args.path, external: true };
      });
    },
  };
  return { nodeImports, guard };
}

describe('core/rubric browser bundle', () => {
  it('bundles scoreReply and scoreSession for the browser without node: imports', async () => {
    const { nodeImports, guard } = nodeImportsOf();
    const result = await build({
      entryPoints: [entry('score-reply.ts'), entry('score-session.ts'), entry('moves.ts')],
      bundle: true,
      write: false,
      outdir: 'out',
      format: 'esm',
      platform: 'browser',
      minify: true,
      metafile: true,
      logLevel: 'silent',
      plugins: [guard],
    });
    expect(nodeImports).toEqual([]);
    // Node globals are not imports, so esbuild lets them through; the page has none ("process is not defined").
    for (const file of result.outputFiles) expect(file.text).not.toMatch(/\b(?:process|Buffer|__dirname|require)\s*[.(]/);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((p) => p.includes('node_modules'))).toEqual([]);
    const scoreReply = result.outputFiles.find((f) => f.path.endsWith('score-reply.js'))!.contents;
    // 53 KB before the real-talk rules (issue 13), 71 KB (26 KB gzip) after: the rule table with an
    // example per rule, and the cue lists for closings, reassurance, records and general claims.
    // 74 KB (27.5 KB gzip) before the second real-talk pass, 80 KB (29.6 KB gzip) after it (the
    // leader's own state, siding, remarks with no content, encouragement, short reflections).
    // 81 KB before the third pass, 88.1 KB (33.1 KB gzip) after it and the live meter's per-sentence
    // reuse. The budget is on the gzip size, what a browser downloads and what the page budgets of
    // bench:web count (practice page <= 150 KB gzip, about 125 KB now): 36 KB leaves room for one
    // more pass of rules without letting the rubric grow unnoticed. The fifth real-talk pass took it
    // from 33.5 to 35.7 KB gzip (the new formulas, frames and the exclamation check), so a learned
    // tie-breaker (~1.5-2 KB gzip more) did not fit: docs/rubric.md. The sixth pass (written peer
    // support and spoken counselling formulas, 2026-11-30) took it to 37.4 KB: the budget moved to
    // 40 KB, because what the leader downloads is bounded by bench:web's page budget (150 KB gzip,
    // practice page about 127 KB with it), and the rubric is the part of that page the product is for.
    // The same pass then added the written and spoken support formulas of eight blind sets: 41.9 KB.
    // Budget 44 KB, raised on purpose again: the practice page stays about 20 KB under its own budget.
    // The seventh pass (fifth blind round: repeats, checked summaries, named experience, support formulas)
    // took it to 44.0 KB: budget 46 KB, the practice page still under its 150 KB (bench:web). Its sixth
    // and seventh rounds took it to 46.1 KB: budget 48 KB. Each pass has moved this budget; what holds the
    // line is the page budget, which bench:web checks. The eighth pass (delegation from two blind
    // leadership sets: courtesies, consulting, handovers in managers' own words) took it to 48.1 KB, and its
    // spoken and written formulas (stage directions, hosting, forum talk) to 50.7 KB: budget 52 KB. bench:web's
    // pages have less room now (practice 146.1 KB, progress 148.0 KB of 150 KB): the next pass must pay for its rules.
    // The ninth pass (prefaces before instructions, denied self-criticism, praise formulas, results read out,
    // their unmarked questions, delegation in managers' words) took it to 52.7 KB, the progress page to
    // 149.9 KB. It paid for them by moving the rule examples (1.4 KB gzip) to the tests: the warm-up now runs
    // every cue directly. 51.3 KB; pages 147.0 and 148.9 KB. The budget stays at 52 KB. With its last rules: 51.9 KB,
    // pages 147.7 and 149.6 KB; the coach screens' own chunk then took the pages to 139.6 and 141.5 KB. Its
    // last mechanism (a question whose benefit the next sentence argues) took the bundle to 52.1 KB: budget
    // 54 KB, which the pages' 150 KB now has room for. The tenth pass shipped the learned checks (issue 13's
    // optional part): their models, 700 and 250 weighted features trained on our own cases, are 5.2 and
    // 2.0 KB gzip of JSON, and the bundle 60.9 KB. Budget 62 KB: they are the largest gain on real talk of
    // any pass (docs/rubric.md). The pages paid for it: only the practice page's live meter and the
    // scorecard load the rubric now (practice 143.5 KB, progress 85.9 KB of 150).
    // The eleventh pass's rules (reassurance and praise beside a solution, "it won't hurt to", offers to
    // talk, an instruction after a bare "so", bookings as logistics) took it to 62.5 KB: budget 63 KB (the
    // practice page is 145.1 KB of its 150: bench:web). The next pass must pay for its rules. The twelfth
    // pass's two small cue lines (blessings, others on their side) and its retrained models: 62.7 KB. The
    // thirteenth pass paid for its rules (63.4 KB with them) by storing the models' weights as one flat
    // row per feature instead of an object of arrays (0.75 KB gzip less for the same numbers): 62.8 KB.
    // Its encouragement formulas and predictions ("you will get plenty more interviews") took it to 63.2 KB:
    // budget 64 KB, the practice page 145.8 KB of its 150 (bench:web). Its hopes, normalising and siding
    // cues: 64.0 KB, less 0.1 KB for importing only the models' parts the scorer reads (not their notes): 63.9 KB.
    // The fourteenth pass lets the family check read cue-less information answering their turn as their words
    // given back (unread spoken held-out sets +0.006 to +0.012 kappa): 64.2 KB, budget 65 KB (bench:web: practice page
    // still under its 150 KB). The fifteenth pass (advice against, warnings, elided leading questions, "I'm
    // sensing", not their fault; models trained on four more blind sets): 65.4 KB, budget 66 KB (bench:web:
    // the practice page still under its 150 KB). The sixteenth pass (counterfactual offers, elided "worth",
    // a solution clause after praise or sympathy; praise said as "that sounds like a sensible step", a feeling
    // with its subject left out; models retrained on two more blind sets): 66.8 KB, budget 67 KB. Its third
    // round ("next time ..., <instruction>", third-person proposals): 66.96 KB, budget 67.5 KB, because the
    // comparison page now loads when visited and the practice page is 148.4 KB of its 150 (bench:web). The
    // eighteenth pass (normalised text always one byte, the models' words read through a trie, a good
    // outcome foretold for someone else): 68.1 KB, budget 68.5 KB; the practice page 147.3 KB (its sign-in and
    // list pages now load when visited). The nineteenth pass's cue gate is 0.3 KB of it here: its automata
    // (2.9 KB gzip) are left out of the page by package.json's "#cue-automaton" import (cue-automaton.browser.ts).
    // The twenty-first pass (general claims with a bare subject, an event's effect on them, a hard stretch
    // for them, session closings, praise of who they are, "please remember you're ...", "try" and a bare thing to
    // try; models retrained on one more blind set): 70.2 KB, budget 70.5 KB (bench:web: practice page under 150 KB).
    // The twenty-third pass (an instruction with "you" said, a record read after an opener, "the trick is, you",
    // wh-clause statements, typed greeting questions, reassurance by denial): 70.56 KB, budget 71 KB; the
    // practice page stays under its 150 KB (bench:web).
    // The twenty-fourth pass (a relative "which" clause, a goodbye with a tag, "don't be silly", well-wishes for
    // someone else, "having a look at your chart", "do it Tuesday", "it'll calm down", own experience offered):
    // 71.09 KB, budget 71.2 KB. The practice page is 149.98 KB of its 150 (bench:web), with the modulepreload
    // polyfill left out (vite.config.ts): the next rule pass must make room on the page first.
    // Room made: the page reads a reply's words for the learned checks as feature strings, not through
    // Node's trie (package.json's "#word-lean" import, word-lean.browser.ts): 71.05 -> 70.44 KB here, the
    // practice page 153,568 -> 152,999 bytes of its 153,600 (bench:web). Budget 70.6 KB.
    // Since then the app runs on Preact (README, "Decisions worth knowing"): the practice page is 91.3 KB of
    // its 150 KB, so a rule pass has room again; the budget stays a tripwire that a pass raises on purpose.
    // The twenty-fifth pass (twelve mechanisms: praise of how they handled it, "I'd" before everyday verbs, a
    // support line's offers, "you're allowed to", "doesn't define you", a service praised, ...; models retrained):
    // 71.1 KB, budget 71.5 KB. Then questions that give them the first step to choose ("What would you try
    // first?", "Which option would you go for?") and such a question beside "I'll decide" as consult; the
    // delegation model retrained: 71.7 KB, budget 72 KB (the practice page 92 KB of its 150).
    // The twenty-sixth pass (something they can do offered for a time or condition, "You can ring me whenever
    // you're stuck", is no reflection; both models retrained): 72.1 KB. With "you should be fine", "go ahead and
    // tell me what happened" and "you hit the nail on the head" (models retrained): 72.4 KB, budget 73 KB (the
    // practice page 93.1 KB of its 150).
    // The twenty-seventh pass (their habit of feeling, a reflection frame after praise or sympathy, a task beside a
    // goodbye, "it must feel", the agenda of the conversation, ...; models retrained): 73.2 KB, budget 74 KB.
    // The twenty-eighth pass (their name checked as they come in, an instruction with its "you" after a condition, a
    // tag asking agreement to an instruction, what the meeting is for, feelings of their own, "by the sound of it",
    // ...; models retrained): 76.8 KB, budget 77 KB (the practice page 93 KB of its 150).
    // The twenty-ninth pass (their story as it goes on with no turn, "you must have felt", "it wasn't your choice",
    // exclamations, "how would you feel about trying ...", "def" before an instruction, "never forget that", "I'm here
    // whenever you need to talk", gladness about their news; models retrained): 77.5 KB, budget 78 KB.
    // The thirtieth pass (what a doing of theirs feels like to them, a greeting at the door, "have a seat" unmarked,
    // "a scheme called ...", an unmarked "what happened", anger named; models retrained): 78.0 KB, budget 78.5 KB
    // (the practice page 98.6 KB of its 150: bench:web).
    expect(gzipSync(scoreReply).byteLength).toBeLessThan(78_500);
  });
});
