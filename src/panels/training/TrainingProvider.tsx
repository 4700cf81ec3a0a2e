import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useLang } from '../../i18n';
import {
  createTrainingStore,
  issueText,
  type TrainingConfig,
  type TrainingState,
  type TrainingStore,
} from '../../store/training';
import type { TrainChannel } from '../../workers/trainChannel';
import {
  createTrainingSession,
  type FrameScheduler,
  type TrainingSession,
} from '../../workers/trainingSession';

interface TrainingContextValue {
  readonly store: TrainingStore;
  readonly session: TrainingSession;
}

const TrainingContext = createContext<TrainingContextValue | null>(null);

interface TrainingProviderProps {
  /** Settings the lab starts from (defaults fill the rest); ignored when `store` is given. */
  readonly init?: Partial<TrainingConfig>;
  /** An existing store (tests pass one in to inspect it). */
  readonly store?: TrainingStore;
  /** Opens the connection to the worker (tests pass a fake). */
  readonly makeChannel?: () => TrainChannel;
  /** When the worker's news reaches the store (tests pass an immediate one). */
  readonly frame?: FrameScheduler;
  /**
   * Whether the lab is on screen (default true). The panels mount and the worker starts the
   * first time it is; both stay (and training goes on) while the lab is hidden.
   */
  readonly active?: boolean;
  readonly children: ReactNode;
}

/**
 * Gives the training lab's panels their own store and the session that connects it to the
 * training worker, which runs from the first time the lab is active until the provider unmounts.
 */
export function TrainingProvider({
  init,
  store,
  makeChannel,
  frame,
  active = true,
  children,
}: TrainingProviderProps) {
  const [value] = useState<TrainingContextValue>(() => {
    const s = store ?? createTrainingStore(init);
    return { store: s, session: createTrainingSession(s, makeChannel, frame) };
  });
  const [started, setStarted] = useState(active);
  if (active && !started) setStarted(true);
  useEffect(() => (started ? value.session.start() : undefined), [value, started]);
  // Nothing to show (or for other views' tools to walk) until the lab is first opened.
  return <TrainingContext value={value}>{started ? children : null}</TrainingContext>;
}

function useTrainingContext(): TrainingContextValue {
  const value = useContext(TrainingContext);
  if (!value) throw new Error('Training panels must be used inside a <TrainingProvider>.');
  return value;
}

/** Reads the training store through a named selector, re-rendering on change. */
export function useTraining<T>(selector: (s: TrainingState) => T): T {
  return useStore(useTrainingContext().store, selector);
}

/** The session: train, pause, step, reset and configure. */
export function useTrainingSession(): TrainingSession {
  return useTrainingContext().session;
}

/**
 * The session's `configure`, with a refusal worded in the page's language (what the fields
 * show under the box); null when applied.
 */
export function useConfigure(): (change: Partial<TrainingConfig>) => string | null {
  const { configure } = useTrainingSession();
  const lang = useLang();
  return (change) => {
    const issue = configure(change);
    return issue && issueText(issue, lang);
  };
}
