import { render } from '@testing-library/react';
import { TrainingProvider } from '../../../src/panels/training/TrainingProvider';
import { createTrainingStore, type TrainingConfig } from '../../../src/store/training';
import { TrainingView } from '../../../src/views/TrainingView';
import { fakeChannel } from './fakeChannel';

/** A small, fast default for component tests: the default task at hidden 4, T = 8, batch 4. */
export const SMALL: Partial<TrainingConfig> = { hiddenSize: 4, seqLen: 8, batchSize: 4 };

/** Renders the training lab on a fake worker; events reach the store at once. */
export function renderTraining(init: Partial<TrainingConfig> = SMALL) {
  const fake = fakeChannel();
  const store = createTrainingStore(init);
  const view = render(
    <TrainingProvider
      store={store}
      makeChannel={() => fake.channel}
      frame={(fn) => {
        fn();
        return () => {};
      }}
    >
      <TrainingView />
    </TrainingProvider>,
  );
  return { store, fake, ...view };
}
