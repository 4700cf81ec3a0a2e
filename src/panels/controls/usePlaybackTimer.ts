import { useEffect } from 'react';
import { useStore } from 'zustand';
import { selectPlaying, selectSpeed, type GateScopeStore } from '../../store';

/**
 * While the store says it is playing, advances one sub-step every 1/speed seconds (the store's
 * `tick` stops playing at the end). The timer lives here, in the UI, never in the engine.
 */
export function usePlaybackTimer(store: GateScopeStore) {
  const playing = useStore(store, selectPlaying);
  const speed = useStore(store, selectSpeed);
  useEffect(() => {
    if (!playing) return;
    const id = setInterval(() => store.getState().tick(), 1000 / speed);
    return () => clearInterval(id);
  }, [store, playing, speed]);
}
