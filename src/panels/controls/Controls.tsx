import { CellPicker } from './CellPicker';
import { PlaybackButtons } from './PlaybackButtons';
import { RunInfo } from './RunInfo';
import { Status } from './Status';
import { SubstepList } from './SubstepList';
import { TimeSlider } from './TimeSlider';

/** The controls panel: cell choice, playback buttons, time slider and where playback stands. */
export function Controls() {
  return (
    <section className="panel controls" aria-label="Controls">
      <div className="controls-row">
        <CellPicker />
        <TimeSlider />
      </div>
      <RunInfo />
      <PlaybackButtons />
      <SubstepList />
      <Status />
      <p className="hint">
        Keys: <kbd>←</kbd> <kbd>→</kbd> sub-step, <kbd>Shift</kbd>+<kbd>←</kbd> <kbd>→</kbd> time
        step, <kbd>Home</kbd> <kbd>End</kbd>.
      </p>
    </section>
  );
}
