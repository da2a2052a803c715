import { Component, Suspense, type ReactNode } from 'react';
import { Loading } from '../components/loading';

// The import, progress and coaching pages are chunks fetched when first visited. A chunk can fail to
// arrive (offline, or a tab left open across a deploy that replaced it): that is said on the page with
// a way out, instead of React unmounting the whole app to a blank screen.

interface State {
  failed: boolean;
}

class ChunkBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="page-head" role="alert">
        <h1>This page could not be loaded</h1>
        <p>Check your connection, then reload: Askwell may also have been updated since this tab was opened.</p>
        <p>
          <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
            Reload
          </button>
        </p>
      </div>
    );
  }
}

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
