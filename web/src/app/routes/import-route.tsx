import { ImportView } from '../../features/import/components/import-view';
import { navigate } from '../../lib/router';
import { paths } from '../paths';

export function ImportRoute() {
  return <ImportView onImported={(id) => navigate(paths.scorecard(id))} />;
}
