import { evalRubricCommand } from './eval-rubric-command';

// npm run -s eval:rubric -- ... (also `askwell eval ...`); see eval-rubric-command.ts.
process.exitCode = await evalRubricCommand(process.argv.slice(2));
