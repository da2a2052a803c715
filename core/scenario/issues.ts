import { ScenarioError } from './validate';

/** One validation issue, split so a form can show it next to its field. */
export interface ScenarioIssue {
  /** JSON pointer of the field ("/persona/mood"); "" when the issue is about the whole document. */
  path: string;
  /** The issue in the words of `npm run scenarios:check`, without the path. */
  message: string;
}

/** The issues of a ScenarioError as `{path, message}`; `${path} ${message}` is the scenarios:check line. */
export function scenarioIssues(error: ScenarioError): ScenarioIssue[] {
  return error.issues.map((issue) => {
    const match = /^(\/\S*) (.*)$/s.exec(issue);
    return match ? { path: match[1] === '/' ? '' : match[1], message: match[2] } : { path: '', message: issue };
  });
}
