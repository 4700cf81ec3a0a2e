import {
  selectCanNextTimeStep,
  selectCanPreviousTimeStep,
  selectCanStepBack,
  selectCanStepForward,
  type GateScopeState,
} from '../../store';
import type { Lang } from '../../i18n';
import { commandMessages, type CommandWords } from './messages';

/** Where a command's button sits: the transport row, the help button, or nowhere (key only). */
export type CommandButton = 'transport' | 'help' | null;

/**
 * A command: what a button and its keyboard shortcut both do. The buttons, the key handler and
 * the help dialog all read this one registry.
 */
export interface Command {
  readonly id: string;
  /** The button's text and accessible name; it may depend on the state ("Play" / "Pause"). */
  readonly label: (t: CommandWords, s: GateScopeState) => string;
  /** What the command does, as a sentence for the help dialog (its words' key). */
  readonly helpKey: keyof CommandWords;
  /** The same in English. */
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
const EN = commandMessages.en;

/** Every command, in the order their buttons appear and the help dialog lists them. */
export const COMMANDS: readonly Command[] = [
  {
    id: 'reset',
    label: (t) => t.reset,
    helpKey: 'resetHelp',
    help: EN.resetHelp,
    button: 'transport',
    key: 'Home',
    shift: false,
    enabled: selectCanStepBack,
    run: (s) => s.reset(),
  },
  {
    id: 'previousTimeStep',
    label: (t) => t.previousTimeStep,
    helpKey: 'previousTimeStepHelp',
    help: EN.previousTimeStepHelp,
    button: 'transport',
    key: 'ArrowLeft',
    shift: true,
    enabled: selectCanPreviousTimeStep,
    run: (s) => s.previousTimeStep(),
  },
  {
    id: 'stepBack',
    label: (t) => t.stepBack,
    helpKey: 'stepBackHelp',
    help: EN.stepBackHelp,
    button: 'transport',
    key: 'ArrowLeft',
    shift: false,
    enabled: selectCanStepBack,
    run: (s) => s.stepBack(),
  },
  {
    id: 'togglePlay',
    label: (t, s) => (s.playing ? t.pause : t.play),
    helpKey: 'togglePlayHelp',
    help: EN.togglePlayHelp,
    button: 'transport',
    key: ' ',
    shift: false,
    enabled: always,
    run: (s) => s.togglePlay(),
  },
  {
    id: 'stepForward',
    label: (t) => t.stepForward,
    helpKey: 'stepForwardHelp',
    help: EN.stepForwardHelp,
    button: 'transport',
    key: 'ArrowRight',
    shift: false,
    enabled: selectCanStepForward,
    run: (s) => s.stepForward(),
  },
  {
    id: 'nextTimeStep',
    label: (t) => t.nextTimeStep,
    helpKey: 'nextTimeStepHelp',
    help: EN.nextTimeStepHelp,
    button: 'transport',
    key: 'ArrowRight',
    shift: true,
    enabled: selectCanNextTimeStep,
    run: (s) => s.nextTimeStep(),
  },
  {
    id: 'toEnd',
    label: (t) => t.toEnd,
    helpKey: 'toEndHelp',
    help: EN.toEndHelp,
    button: null,
    key: 'End',
    shift: false,
    enabled: selectCanStepForward,
    run: (s) => s.toEnd(),
  },
  {
    id: 'help',
    label: (t) => t.help,
    helpKey: 'helpHelp',
    help: EN.helpHelp,
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
export function labelOf(c: Command, s: GateScopeState, lang: Lang = 'en'): string {
  return c.label(commandMessages[lang], s);
}

/** What a command does, in a language. */
export const helpOf = (c: Command, lang: Lang = 'en'): string => commandMessages[lang][c.helpKey];

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
