import type { CoachAssignment, CreateAssignmentBody, InvalidScenarioBody, LeaderAssignment, ScenarioListItem, ScenarioSource } from '@core/homework/wire';
import type { ScenarioIssue } from '@core/scenario/issues';
import type { Scenario } from '@core/scenario/schema';
import { api, ApiError } from '@web/lib/api-client';

const enc = encodeURIComponent;
const scenario = (id: string) => `/api/scenarios/${enc(id)}`;

/** The field errors of a 400 invalid_scenario answer, or null for any other failure. */
export function scenarioErrors(e: unknown): ScenarioIssue[] | null {
  if (!(e instanceof ApiError) || e.code !== 'invalid_scenario') return null;
  return (e.body as InvalidScenarioBody).errors;
}

export interface LinkedLeaderOption {
  id: string;
  name: string;
}

export const homeworkApi = {
  scenarios: () => api.get<ScenarioListItem[]>('/api/scenarios'),
  source: (id: string) => api.get<ScenarioSource>(`${scenario(id)}/source`),
  create: (body: Scenario) => api.post<{ id: string }>('/api/scenarios', body),
  save: (id: string, body: Scenario) => api.put<{ id: string; version: number }>(scenario(id), body),
  publish: (id: string) => api.post<{ id: string }>(`${scenario(id)}/publish`),
  archive: (id: string) => api.post<{ id: string }>(`${scenario(id)}/archive`),
  duplicate: (id: string) => api.post<{ id: string }>(`${scenario(id)}/duplicate`),
  importYaml: (yaml: string) => api.post<{ id: string }>('/api/scenarios/import', { yaml }),
  exportUrl: (id: string) => `${scenario(id)}/export`,
  leaders: () => api.get<LinkedLeaderOption[]>('/api/coach/leaders'),
  assign: (body: CreateAssignmentBody) => api.post<{ id: string }>('/api/assignments', body),
  coachAssignments: () => api.get<CoachAssignment[]>('/api/assignments?view=coach'),
  myAssignments: () => api.get<LeaderAssignment[]>('/api/assignments?view=leader'),
  startAttempt: (scenarioId: string, assignmentId: string) => api.post<{ id: string }>('/api/sessions', { scenarioId, assignmentId }),
};
