import {
  selectCanNextTimeStep,
  selectCanPreviousTimeStep,
  selectCanStepBack,
  selectCanStepForward,
  type GateScopeState,
} from '../../store';

/** Where a command's button sits: the transport row, the help button, or nowhere (key only). */
export type CommandButton = 'transport' | 'help' | null;

/**
 * A command: what a button and its keyboard shortcut both do. The buttons, the key handler and
 * the help dialog all read this one registry.
 */
export interface Command {
  readonly id: string;
  /** The button's text and accessible name; it may depend on the state ("Play" / "Pause"). */
  readonly label: string | ((s: GateScopeState) => string);
  /** What the command does, as a sentence for the help dialog. */
  readonly help: string;
  readonly button: CommandButton;
  /** The key (KeyboardEvent.key). */
  readonly key: string;
  /** Whether Shift must be held; 'either' for keys that need Shift on some layouts (`?`). */
  readonly shift: boolean | 'either';
  readonly enabled: (s: GateScopeState) => boolean;
  readonly run: (s: GateScopeState) => void;
}

const always = () => true;

/** Every command, in the order their buttons appear and the help dialog lists them. */
export const COMMANDS: readonly Command[] = [
  {
    id: 'reset',
    label: 'Reset',
    help: 'Reset: back to the first sub-step of time step 1',
    button: 'transport',
    key: 'Home',
    shift: false,
    enabled: selectCanStepBack,
    run: (s) => s.reset(),
  },
  {
    id: 'previousTimeStep',
    label: 'Previous time step',
    help: 'Previous time step, at the same sub-step',
    button: 'transport',
    key: 'ArrowLeft',
    shift: true,
    enabled: selectCanPreviousTimeStep,
    run: (s) => s.previousTimeStep(),
  },
  {
    id: 'stepBack',
    label: 'Step back',
    help: 'Step back one sub-step',
    button: 'transport',
    key: 'ArrowLeft',
    shift: false,
    enabled: selectCanStepBack,
    run: (s) => s.stepBack(),
  },
  {
    id: 'togglePlay',
    label: (s) => (s.playing ? 'Pause' : 'Play'),
    help: 'Play or pause, one sub-step at a time at the chosen speed',
    button: 'transport',
    key: ' ',
    shift: false,
    enabled: always,
    run: (s) => s.togglePlay(),
  },
  {
    id: 'stepForward',
    label: 'Step forward',
    help: 'Step forward one sub-step',
    button: 'transport',
    key: 'ArrowRight',
    shift: false,
    enabled: selectCanStepForward,
    run: (s) => s.stepForward(),
  },
  {
    id: 'nextTimeStep',
    label: 'Next time step',
    help: 'Next time step, at the same sub-step',
    button: 'transport',
    key: 'ArrowRight',
    shift: true,
    enabled: selectCanNextTimeStep,
    run: (s) => s.nextTimeStep(),
  },
  {
    id: 'toEnd',
    label: 'Go to the end',
    help: 'Go to the last sub-step of the last time step',
    button: null,
    key: 'End',
    shift: false,
    enabled: selectCanStepForward,
    run: (s) => s.toEnd(),
  },
  {
    id: 'help',
    label: 'Keyboard shortcuts',
    help: 'Show this list of keyboard shortcuts',
    button: 'help',
    key: '?',
    shift: 'either',
    enabled: always,
    run: (s) => s.openHelp(),
  },
];

/** The command a key press triggers, if any. */
export function commandForKey(e: { key: string; shiftKey: boolean }): Command | undefined {
  return COMMANDS.find((c) => c.key === e.key && (c.shift === 'either' || c.shift === e.shiftKey));
}

/** A command's label in a given state. */
export function labelOf(c: Command, s: GateScopeState): string {
  return typeof c.label === 'string' ? c.label : c.label(s);
}

/** `aria-keyshortcuts` names of keys whose KeyboardEvent.key is not their name. */
const ARIA_KEY: Record<string, string> = { ' ': 'Space' };

/** The shortcut in `aria-keyshortcuts` syntax, e.g. `Shift+ArrowRight`. */
export function shortcutOf(c: Command): string {
  const key = ARIA_KEY[c.key] ?? c.key;
  return c.shift === true ? `Shift+${key}` : key;
}

/** How keys are printed on their key caps. */
const KEY_CAP: Record<string, string> = { ' ': 'Space', ArrowLeft: '←', ArrowRight: '→' };

/** The keys to press, as printed on the key caps: `['Shift', '→']`. */
export function keyCaps(c: Command): string[] {
  const key = KEY_CAP[c.key] ?? c.key;
  return c.shift === true ? ['Shift', key] : [key];
}
