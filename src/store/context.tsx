import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createGateScopeStore, type GateScopeInit, type GateScopeStore } from './store';
import type { GateScopeState } from './state';

const GateScopeContext = createContext<GateScopeStore | null>(null);

interface ProviderProps {
  /** Settings for a new store; ignored when `store` is given. */
  readonly init?: GateScopeInit;
  /** An existing store (tests pass one in to drive and inspect it). */
  readonly store?: GateScopeStore;
  readonly children: ReactNode;
}

/** Gives its subtree one widget's store, so two widgets on a page never share state. */
export function GateScopeProvider({ init, store, children }: ProviderProps) {
  const [api] = useState(() => store ?? createGateScopeStore(init));
  return <GateScopeContext value={api}>{children}</GateScopeContext>;
}

/** The widget's store itself, for actions and transient reads. */
export function useGateScopeStore(): GateScopeStore {
  const api = useContext(GateScopeContext);
  if (!api) throw new Error('useGateScopeStore must be used inside a <GateScopeProvider>.');
  return api;
}

/** Reads one value from the widget's store through a named selector, re-rendering on change. */
export function useGateScope<T>(selector: (s: GateScopeState) => T): T {
  return useStore(useGateScopeStore(), selector);
}
