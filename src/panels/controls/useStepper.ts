import type { RefObject } from 'react';
import type { GateScopeStore } from '../../store';
import { usePlaybackTimer } from './usePlaybackTimer';
import { useStepperKeys } from './useStepperKeys';
import { useSwipeSteps } from './useSwipeSteps';

/** Everything that moves the stepper besides its buttons: keys, the playback timer, touch. */
export function useStepper(store: GateScopeStore, root: RefObject<HTMLElement | null>) {
  useStepperKeys(store, root);
  usePlaybackTimer(store);
  useSwipeSteps(store, root);
}
