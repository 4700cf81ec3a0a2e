import type { SliceCreator, UiSlice } from './state';

/** What the widget's chrome shows: the keyboard-shortcut help dialog. */
export const createUiSlice = (): SliceCreator<UiSlice> => (set) => ({
  helpOpen: false,
  openHelp: () => set((s) => (s.helpOpen ? s : { helpOpen: true })),
  closeHelp: () => set((s) => (s.helpOpen ? { helpOpen: false } : s)),
});
