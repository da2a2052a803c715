import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A component its module exports by name, loaded on first render: React.lazy wants a default export,
 * and every chunk of the app exports its component by name.
 */
export function lazyNamed<Name extends string, Props extends object>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
): LazyExoticComponent<ComponentType<Props>> {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
