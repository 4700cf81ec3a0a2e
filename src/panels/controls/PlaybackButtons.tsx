import { useGateScope, useGateScopeStore } from '../../store';
import { COMMANDS, labelOf, shortcutOf, type Command } from './commands';
import { Icon } from './icons';

/** A command's button: its label (which may follow the state), icon and shortcut. */
export function CommandButton({ command, className }: { command: Command; className?: string }) {
  const store = useGateScopeStore();
  const enabled = useGateScope(command.enabled);
  const label = useGateScope((s) => labelOf(command, s));
  const icon = command.id === 'togglePlay' ? label.toLowerCase() : command.id;
  return (
    <button
      type="button"
      className={className}
      data-command={command.id}
      disabled={!enabled}
      aria-keyshortcuts={shortcutOf(command)}
      onClick={() => command.run(store.getState())}
    >
      <Icon name={icon} />
      <span className="button-text">{label}</span>
    </button>
  );
}

/** Reset, previous time step, step back, Play/Pause, step forward, next time step. */
export function PlaybackButtons() {
  return (
    <div className="buttons" role="group" aria-label="Playback">
      {COMMANDS.filter((c) => c.button === 'transport').map((c) => (
        <CommandButton key={c.id} command={c} />
      ))}
    </div>
  );
}
