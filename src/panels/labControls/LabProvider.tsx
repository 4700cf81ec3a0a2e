import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { selectSettings, useGateScope, useGateScopeStore, type Settings } from '../../store';
import {
  createLabAsyncStore,
  selectPending,
  type LabAsyncState,
  type LabAsyncStore,
} from '../../store/labAsync';
import { createLabController, type LabController } from '../../workers/labController';
import type { LabPool } from '../../workers/labPool';
import { afterNextPaint } from '../afterNextPaint';

interface LabContextValue {
  readonly lab: LabAsyncStore;
  readonly controller: LabController;
}

const LabContext = createContext<LabContextValue | null>(null);

interface LabProviderProps {
  /** Whether the compare view starts shown (default true). */
  readonly compareOn?: boolean;
  /** Makes the worker pool (tests pass a synchronous one). */
  readonly makePool?: () => LabPool;
  readonly children: ReactNode;
}

/**
 * Gives the lab's panels its companion store (compare runs, Jacobian factors, a pending run) and
 * the controller that fills it, started while mounted. Lives inside a <GateScopeProvider>.
 */
export function LabProvider({ compareOn = true, makePool, children }: LabProviderProps) {
  const store = useGateScopeStore();
  const [value] = useState<LabContextValue>(() => {
    const lab = createLabAsyncStore(compareOn);
    return { lab, controller: createLabController(store, lab, makePool, afterNextPaint) };
  });
  useEffect(() => value.controller.start(), [value]);
  return <LabContext value={value}>{children}</LabContext>;
}

function useLabContext(): LabContextValue {
  const value = useContext(LabContext);
  if (!value) throw new Error('Lab panels must be used inside a <LabProvider>.');
  return value;
}

/** Reads the lab's companion store through a named selector. */
export function useLab<T>(selector: (s: LabAsyncState) => T): T {
  return useStore(useLabContext().lab, selector);
}

/** The lab's controller: `update` for the controls, `setCompare` for the compare toggle. */
export function useLabController(): LabController {
  return useLabContext().controller;
}

/** The settings the controls show: those being computed in a worker, else the store's. */
export function useLabSettings(): Settings {
  const pending = useLab(selectPending);
  const settings = useGateScope(selectSettings);
  return pending ?? settings;
}
