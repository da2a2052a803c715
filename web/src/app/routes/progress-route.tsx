import { ProgressView } from '@web/features/progress/components/progress-view';
import { paths } from '../paths';

export function ProgressRoute() {
  return <ProgressView scorecardPath={paths.scorecard} />;
}
