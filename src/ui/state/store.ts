/**
 * A minimal external store for React (useSyncExternalStore, no library): one immutable
 * state value, replaced by pure updates, with subscribers notified after each change.
 */
import { useSyncExternalStore } from "react";

export interface Store<S> {
  get(): S;
  /** Replaces the state with `update(state)`; no notification when it returns the same object. */
  update(update: (state: S) => S): void;
  subscribe(listener: () => void): () => void;
}

export function createStore<S>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    update(update) {
      const next = update(state);
      if (Object.is(next, state)) return;
      state = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Subscribes a component to one slice of the store; the selector must return stable values. */
export function useStoreSlice<S, T>(store: Store<S>, select: (state: S) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}
