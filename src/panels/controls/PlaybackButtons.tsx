import { useGateScope, useGateScopeStore } from '../../store';
import { COMMANDS, labelOf, shortcutOf, type Command } from './commands';
import { Icon } from './icons';
import { useLang, useMessages } from '../../i18n';
import { controlsMessages } from './messages';

/** A command's button: its label (which may follow the state), icon and shortcut. */
export function CommandButton({ command, className }: { command: Command; className?: string }) {
  const store = useGateScopeStore();
  const enabled = useGateScope(command.enabled);
  const lang = useLang();
  const label = useGateScope((s) => labelOf(command, s, lang));
  const playing = useGateScope((s) => s.playing);
  const icon = command.id === 'togglePlay' ? (playing ? 'pause' : 'play') : command.id;
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
  const t = useMessages(controlsMessages);
  return (
    <div className="buttons" role="group" aria-label={t.playback}>
      {COMMANDS.filter((c) => c.button === 'transport').map((c) => (
        <CommandButton key={c.id} command={c} />
      ))}
    </div>
  );
}
