// npm run scenarios:check [dir]: validates every scenario file, one line per file; exit 1 on any failure.
import { basename } from 'node:path';
import { claimId, listScenarioFiles, readScenarioFile } from '../scenarios/load-scenarios';
import { ScenarioError } from '@core/scenario/validate';

const dir = process.argv[2] ?? 'prompts/scenarios';

async function main(): Promise<number> {
  const files = await listScenarioFiles(dir);
  if (files.length === 0) {
    console.error(`${dir}: no scenario files (*.yaml)`);
    return 1;
  }
  const ids = new Map<string, string>();
  let failed = 0;
  for (const file of files) {
    try {
      const s = await readScenarioFile(file);
      claimId(ids, s, file);
      console.log(`ok    ${file}  ${s.difficulty}, ${s.persona.speakingStyle}, ${s.hiddenFacts.length} hidden facts`);
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      failed++;
      console.error(`FAIL  ${error.message}`);
    }
  }
  console.log(`${files.length - failed}/${files.length} scenario files valid in ${basename(dir)}`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
