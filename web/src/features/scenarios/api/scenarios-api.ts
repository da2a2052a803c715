import { api } from '@web/lib/api-client';
import type { ScenarioBrief } from '@web/types/api';

export const listScenarios = () => api.get<ScenarioBrief[]>('/api/scenarios');
