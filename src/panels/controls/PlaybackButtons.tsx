import { useGateScope, useGateScopeStore } from '../../store';
import { COMMANDS, shortcutOf, type Command } from './commands';

function CommandButton({ command }: { command: Command }) {
  const store = useGateScopeStore();
  const enabled = useGateScope(command.enabled);
  return (
    <button
      type="button"
      data-command={command.id}
      disabled={!enabled}
      aria-keyshortcuts={shortcutOf(command)}
      onClick={() => command.run(store.getState())}
    >
      {command.label}
    </button>
  );
}

/** Reset, previous/next time step and step back/forward, each disabled where it cannot move. */
export function PlaybackButtons() {
  return (
    <div className="buttons" role="group" aria-label="Playback">
      {COMMANDS.filter((c) => c.label).map((c) => (
        <CommandButton key={c.id} command={c} />
      ))}
    </div>
  );
}
