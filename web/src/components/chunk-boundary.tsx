import { Component, type ReactNode } from 'react';

// Every page but the practice page, and the practice page's live meter, are chunks fetched when
// first needed. A chunk can fail to arrive (offline, or a tab left open across a deploy that replaced
// it): a page says so with a way out, instead of React unmounting the whole app to a blank screen.

interface State {
  failed: boolean;
}

/** Shows `failed` (by default, a message with a Reload button) in place of children whose chunk could not be loaded. */
export class ChunkBoundary extends Component<{ children: ReactNode; failed?: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    if (this.props.failed !== undefined) return this.props.failed;
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
