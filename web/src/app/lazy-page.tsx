import { Suspense, type ReactNode } from 'react';
import { ChunkBoundary } from '../components/chunk-boundary';
import { Loading } from '../components/loading';

// Every page but the practice page is a chunk fetched when first visited (app.tsx; chunk-boundary.tsx
// says what happens when one cannot arrive).

/**
 * A page loaded on demand: a loading state while it arrives, and a message if it cannot. Give each page
 * its own `key`, so a failure on one is not carried to the next page shown in the same place.
 */
export function LazyPage({ children }: { children: ReactNode }) {
  return (
    <ChunkBoundary>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </ChunkBoundary>
  );
}
