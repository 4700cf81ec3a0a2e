import { TrainingProvider } from '../panels/training/TrainingProvider';
import type { OpenTrained } from '../panels/training/TrainingBar';
import { TrainingView } from './TrainingView';

/**
 * The training lab with its store and worker session: the page's "Training lab" tab, loaded as
 * its own chunk (see lazyViews.ts). `active` is whether the tab is on screen.
 */
export function TrainingLab({ active, ...open }: { readonly active: boolean } & OpenTrained) {
  return (
    <TrainingProvider active={active}>
      <TrainingView {...open} />
    </TrainingProvider>
  );
}
