import { CompareView } from '@web/features/compare/components/compare-view';
import { paths } from '../paths';

export function CompareRoute({ a, b }: { a: string; b: string }) {
  return <CompareView a={a} b={b} practicePath={paths.practice} />;
}
