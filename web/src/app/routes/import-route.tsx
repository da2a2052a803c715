import { ImportView } from '@web/features/import/components/import-view';
import { navigate } from '@web/lib/router';
import { paths } from '../paths';

export function ImportRoute() {
  return <ImportView onImported={(id) => navigate(paths.scorecard(id))} />;
}
