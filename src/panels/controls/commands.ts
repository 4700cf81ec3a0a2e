import {
  selectCanNextTimeStep,
  selectCanPreviousTimeStep,
  selectCanStepBack,
  selectCanStepForward,
  type GateScopeState,
} from '../../store';

/** A playback command: what a button and its keyboard shortcut both do. */
export interface Command {
  readonly id: string;
  /** The button's text and accessible name; empty for key-only commands. */
  readonly label: string;
  /** The key (KeyboardEvent.key) and whether Shift is held. */
  readonly key: string;
  readonly shift: boolean;
  readonly enabled: (s: GateScopeState) => boolean;
  readonly run: (s: GateScopeState) => void;
}

/** Every playback command, in the order their buttons appear. One registry for keys and buttons. */
export const COMMANDS: readonly Command[] = [
  {
    id: 'reset',
    label: 'Reset',
    key: 'Home',
    shift: false,
    enabled: selectCanStepBack,
    run: (s) => s.reset(),
  },
  {
    id: 'previousTimeStep',
    label: 'Previous time step',
    key: 'ArrowLeft',
    shift: true,
    enabled: selectCanPreviousTimeStep,
    run: (s) => s.previousTimeStep(),
  },
  {
    id: 'stepBack',
    label: 'Step back',
    key: 'ArrowLeft',
    shift: false,
    enabled: selectCanStepBack,
    run: (s) => s.stepBack(),
  },
  {
    id: 'stepForward',
    label: 'Step forward',
    key: 'ArrowRight',
    shift: false,
    enabled: selectCanStepForward,
    run: (s) => s.stepForward(),
  },
  {
    id: 'nextTimeStep',
    label: 'Next time step',
    key: 'ArrowRight',
    shift: true,
    enabled: selectCanNextTimeStep,
    run: (s) => s.nextTimeStep(),
  },
  {
    id: 'toEnd',
    label: '',
    key: 'End',
    shift: false,
    enabled: selectCanStepForward,
    run: (s) => s.toEnd(),
  },
];

/** The command a key press triggers, if any. */
export function commandForKey(e: { key: string; shiftKey: boolean }): Command | undefined {
  return COMMANDS.find((c) => c.key === e.key && c.shift === e.shiftKey);
}

/** The shortcut in `aria-keyshortcuts` syntax, e.g. `Shift+ArrowRight`. */
export function shortcutOf(c: Command): string {
  return c.shift ? `Shift+${c.key}` : c.key;
}
