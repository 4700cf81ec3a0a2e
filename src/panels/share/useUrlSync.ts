import { useCallback, useEffect, useRef } from 'react';
import type { GateScopeStore } from '../../store';
import type { UrlNoticeItem, UrlState, ViewId } from '../../store/url';
import { startUrlSync, type UrlSync } from './urlSync';

/**
 * Keeps the URL following the stepper's store and the view while mounted (see `startUrlSync`).
 * Returns `flush`, which writes any pending change (call it before reading the URL).
 */
export function useUrlSync(
  store: GateScopeStore,
  page: UrlState,
  view: ViewId,
  setView: (view: ViewId) => void,
  onNotices: (notices: readonly UrlNoticeItem[]) => void,
): () => void {
  const viewRef = useRef(view);
  const sync = useRef<UrlSync | null>(null);
  useEffect(() => {
    const s = startUrlSync({ store, page, getView: () => viewRef.current, setView, onNotices });
    sync.current = s;
    return () => {
      s.stop();
      sync.current = null;
    };
  }, [store, page, setView, onNotices]);
  useEffect(() => {
    viewRef.current = view;
    sync.current?.changed();
  }, [view]);
  return useCallback(() => sync.current?.flush(), []);
}
