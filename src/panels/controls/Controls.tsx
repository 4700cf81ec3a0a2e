import { CellPicker } from './CellPicker';
import { COMMANDS } from './commands';
import { CommandButton, PlaybackButtons } from './PlaybackButtons';
import { RunInfo } from './RunInfo';
import { ShortcutsDialog } from './ShortcutsDialog';
import { SpeedPicker } from './SpeedPicker';
import { Status } from './Status';
import { SubstepList } from './SubstepList';
import { TimeSlider } from './TimeSlider';
import { useMessages } from '../../i18n';
import { controlsMessages } from './messages';
import './controls.css';

const HELP = COMMANDS.filter((c) => c.button === 'help');

/**
 * The controls panel: cell choice, the transport (with Play/Pause), speed, the time slider,
 * where playback stands, and the keyboard-shortcut help.
 */
export function Controls() {
  const t = useMessages(controlsMessages);
  return (
    <section className="panel controls" aria-label={t.controls}>
      <div className="controls-row">
        <CellPicker />
        <PlaybackButtons />
      </div>
      <div className="controls-row">
        <TimeSlider />
        <SpeedPicker />
      </div>
      <div className="controls-row status-row">
        <Status />
        <RunInfo />
      </div>
      <div className="controls-row controls-foot">
        <SubstepList />
        {HELP.map((c) => (
          <CommandButton key={c.id} command={c} className="help-button" />
        ))}
      </div>
      <ShortcutsDialog />
    </section>
  );
}
