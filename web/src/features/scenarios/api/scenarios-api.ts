import { api } from '../../../lib/api-client';
import type { ScenarioBrief } from '../../../types/api';

export const listScenarios = () => api.get<ScenarioBrief[]>('/api/scenarios');
