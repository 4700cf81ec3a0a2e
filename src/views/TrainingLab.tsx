import { TrainingProvider } from '../panels/training/TrainingProvider';
import type { OpenInStepper } from '../panels/training/TrainingBar';
import { TrainingView } from './TrainingView';

/**
 * The training lab with its store and worker session: the page's "Training lab" tab, loaded as
 * its own chunk (see lazyViews.ts). `active` is whether the tab is on screen.
 */
export function TrainingLab({
  active,
  onOpenInStepper,
}: {
  readonly active: boolean;
  readonly onOpenInStepper?: OpenInStepper;
}) {
  return (
    <TrainingProvider active={active}>
      <TrainingView onOpenInStepper={onOpenInStepper} />
    </TrainingProvider>
  );
}
