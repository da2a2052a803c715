import { createContext, useContext, useSyncExternalStore } from 'react';

// Streaming text lives outside React state: each token notifies only the components that show it
// (the live persona bubble, the live note under one leader turn), never the transcript.

export interface StreamState {
  /** The persona reply being streamed, or null when none is. */
  persona: string | null;
  /** The coaching note being streamed and the leader turn it belongs to. */
  feedback: { turnIndex: number; text: string } | null;
}

export interface StreamStore {
  get(): StreamState;
  subscribe(listener: () => void): () => void;
  appendPersona(text: string): void;
  appendFeedback(turnIndex: number, text: string): void;
  clearPersona(): void;
  clearFeedback(): void;
}

export function createStreamStore(): StreamStore {
  let state: StreamState = { persona: null, feedback: null };
  const listeners = new Set<() => void>();
  const set = (next: StreamState) => {
    state = next;
    for (const l of listeners) l();
  };
  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    appendPersona: (text) => set({ ...state, persona: (state.persona ?? '') + text }),
    appendFeedback(turnIndex, text) {
      const prev = state.feedback?.turnIndex === turnIndex ? state.feedback.text : '';
      set({ ...state, feedback: { turnIndex, text: prev + text } });
    },
    clearPersona: () => state.persona !== null && set({ ...state, persona: null }),
    clearFeedback: () => state.feedback !== null && set({ ...state, feedback: null }),
  };
}

/** Without a provider (a read-only transcript), nothing ever streams. */
export const StreamStoreContext = createContext<StreamStore>(createStreamStore());

const useStore = (): StreamStore => useContext(StreamStoreContext);

export function usePersonaStream(): string | null {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, () => store.get().persona);
}

/** The note streaming for this leader turn, or null: other turns do not re-render per token. */
export function useFeedbackStream(turnIndex: number): string | null {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, () => {
    const f = store.get().feedback;
    return f && f.turnIndex === turnIndex ? f.text : null;
  });
}
