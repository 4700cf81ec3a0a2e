import type { TrainConfig } from '../../../src/engine';
import type { Checkpoint } from '../../../src/workers/protocol';
import { createTrainController } from '../../../src/workers/trainController';

/** The checkpoint after two updates of `config`, from the real controller. */
export function trainedCheckpoint(config: TrainConfig): Checkpoint {
  let last: Checkpoint | null = null;
  const c = createTrainController({
    post: (e) => {
      if (e.type === 'checkpoint') last = e.checkpoint;
    },
    defer: () => {},
    now: () => 0,
  });
  c.handle({ type: 'configure', run: 1, config });
  c.handle({ type: 'step', run: 1 });
  c.handle({ type: 'step', run: 1 });
  return last!;
}
