import {
  DEFAULT_SETTINGS,
  LIMITS,
  sequenceLength,
  type SequenceSetting,
  type Settings,
} from '../settings';
import { LANGS, type Lang } from '../../i18n/lang';
import { LESSON_IDS, LESSON_STEP_COUNTS, type LessonId } from '../../lessons/ids';
import { PANEL_IDS, type PanelId } from './panels';
import {
  choice,
  decimal,
  flag,
  idList,
  numberList,
  text,
  wholeNumber,
  type Parsed,
} from './parsers';

export const VIEW_IDS = ['stepper', 'lab', 'training', 'lessons'] as const;
/** The page's four views (tabs). */
export type ViewId = (typeof VIEW_IDS)[number];

export { LANGS, type Lang } from '../../i18n/lang';

export const SEQUENCE_KINDS = ['sine', 'square', 'impulse', 'noise', 'numbers', 'text'] as const;

/**
 * Everything the URL holds, flat: one field per parameter. The sequence is split into its kind
 * and the field that kind uses (`seqLen`, `values` or `text`); the others stay at their defaults.
 */
export interface UrlState extends Omit<Settings, 'sequence'> {
  /** Whether the page is the chrome-less embed view. */
  readonly embed: boolean;
  /** The panels an embed shows (none: the default set). */
  readonly panels: readonly PanelId[];
  /** The panels left out. */
  readonly hide: readonly PanelId[];
  readonly view: ViewId;
  /** The lesson being run ('' : none, the lessons view shows the list). */
  readonly lesson: LessonId | '';
  /** The lesson's step, 1-based as the lesson shows it ("Step 2 of 6"). */
  readonly step: number;
  readonly seqKind: SequenceSetting['kind'];
  readonly seqLen: number;
  readonly values: readonly number[];
  readonly text: string;
  /** t: the cursor's time step, 0-based as in the maths (t=3 is "time step 4"). */
  readonly t: number;
  /** The cursor's sub-step, 0-based. */
  readonly sub: number;
  /** The unit j the formula fills in, 0-based. */
  readonly unit: number;
  readonly lang: Lang;
}

/** One URL parameter: its name, how to read and write it, and its default (left out of URLs). */
export interface UrlParam<T> {
  readonly name: string;
  /** What it sets, in a few words (the README's table). */
  readonly help: string;
  readonly parse: (raw: string) => Parsed<T>;
  readonly format: (value: T) => string;
  readonly default: T;
}

type Table = { readonly [K in keyof UrlState]: UrlParam<UrlState[K]> };

const S = DEFAULT_SETTINGS;
const str = (v: number) => String(v);
const bit = (v: boolean) => (v ? '1' : '0');
const list = (v: readonly (string | number)[]) => v.join(',');
const same = (v: string) => v;

/** The URL table: every parameter, in the order URLs list them. */
export const URL_PARAMS: Table = {
  embed: {
    name: 'embed',
    help: '1: the chrome-less embed view',
    parse: flag,
    format: bit,
    default: false,
  },
  panels: {
    name: 'panels',
    help: 'panels an embed shows, comma-separated (see below)',
    parse: idList(PANEL_IDS, 'panel'),
    format: list,
    default: [],
  },
  hide: {
    name: 'hide',
    help: 'panels to hide, comma-separated',
    parse: idList(PANEL_IDS, 'panel'),
    format: list,
    default: [],
  },
  view: {
    name: 'view',
    help: 'stepper, lab, training or lessons',
    parse: choice(VIEW_IDS),
    format: same,
    default: 'stepper',
  },
  lesson: {
    name: 'lesson',
    help: `the lesson to run: ${LESSON_IDS.join(', ')} (without view=, opens the lessons view)`,
    parse: choice<LessonId | ''>(LESSON_IDS),
    format: same,
    default: '',
  },
  step: {
    name: 'step',
    help: "the lesson's step, from 1 as the lesson counts them",
    parse: wholeNumber(1, Math.max(...Object.values(LESSON_STEP_COUNTS))),
    format: str,
    default: 1,
  },
  cell: {
    name: 'cell',
    help: 'lstm, gru or rnn',
    parse: choice(['lstm', 'gru', 'rnn'] as const),
    format: same,
    default: S.cell,
  },
  hiddenSize: {
    name: 'hidden',
    help: `hidden size H, ${LIMITS.hiddenSize.min} to ${LIMITS.hiddenSize.max}`,
    parse: wholeNumber(LIMITS.hiddenSize.min, LIMITS.hiddenSize.max),
    format: str,
    default: S.hiddenSize,
  },
  numLayers: {
    name: 'layers',
    help: `layers, ${LIMITS.numLayers.min} to ${LIMITS.numLayers.max}`,
    parse: wholeNumber(LIMITS.numLayers.min, LIMITS.numLayers.max),
    format: str,
    default: S.numLayers,
  },
  bias: {
    name: 'bias',
    help: '1 with bias vectors, 0 without',
    parse: flag,
    format: bit,
    default: S.bias,
  },
  seed: {
    name: 'seed',
    help: `random seed, ${LIMITS.seed.min} to ${LIMITS.seed.max}`,
    parse: wholeNumber(LIMITS.seed.min, LIMITS.seed.max),
    format: str,
    default: S.seed,
  },
  init: {
    name: 'init',
    help: 'uniform or orthogonal',
    parse: choice(['uniform', 'orthogonal'] as const),
    format: same,
    default: S.init,
  },
  weightScale: {
    name: 'scale',
    help: `weight scale, ${LIMITS.weightScale.min} to ${LIMITS.weightScale.max}`,
    parse: decimal(LIMITS.weightScale.min, LIMITS.weightScale.max),
    format: str,
    default: S.weightScale,
  },
  recurrentScale: {
    name: 'rscale',
    help: `recurrent weight scale, ${LIMITS.recurrentScale.min} to ${LIMITS.recurrentScale.max}`,
    parse: decimal(LIMITS.recurrentScale.min, LIMITS.recurrentScale.max),
    format: str,
    default: S.recurrentScale,
  },
  gateBias: {
    name: 'gbias',
    help: `forget (LSTM) or update (GRU) gate bias, ${LIMITS.gateBias.min} to ${LIMITS.gateBias.max}`,
    parse: decimal(LIMITS.gateBias.min, LIMITS.gateBias.max),
    format: str,
    default: S.gateBias,
  },
  seqKind: {
    name: 'seq',
    help: 'input: sine, square, impulse, noise, numbers or text',
    parse: choice(SEQUENCE_KINDS),
    format: same,
    default: S.sequence.kind,
  },
  seqLen: {
    name: 'len',
    help: `sequence length of a generated input, ${LIMITS.seqLen.min} to ${LIMITS.seqLen.max}`,
    parse: wholeNumber(LIMITS.seqLen.min, LIMITS.seqLen.max),
    format: str,
    default: sequenceLength(S.sequence),
  },
  values: {
    name: 'values',
    help: 'the numbers of seq=numbers, comma-separated',
    parse: numberList(LIMITS.seqLen.max),
    format: list,
    default: [],
  },
  text: {
    name: 'text',
    help: 'the text of seq=text (one-hot per character; any script)',
    parse: text(LIMITS.seqLen.max),
    format: same,
    default: '',
  },
  amplitude: {
    name: 'amp',
    help: `input amplitude, ${LIMITS.amplitude.min} to ${LIMITS.amplitude.max}`,
    parse: decimal(LIMITS.amplitude.min, LIMITS.amplitude.max),
    format: str,
    default: S.amplitude,
  },
  loss: {
    name: 'loss',
    help: 'last or every: where the loss is taken',
    parse: choice(['last', 'every'] as const),
    format: same,
    default: S.loss,
  },
  t: {
    name: 't',
    help: 'time step, from 0 (t=3 shows "time step 4")',
    parse: wholeNumber(0, LIMITS.seqLen.max - 1),
    format: str,
    default: 0,
  },
  sub: {
    name: 'sub',
    help: 'sub-step, from 0 (LSTM 0–5, GRU 0–3, RNN 0)',
    parse: wholeNumber(0, 5),
    format: str,
    default: 0,
  },
  unit: {
    name: 'unit',
    help: 'unit the formula fills in, from 0',
    parse: wholeNumber(0, LIMITS.hiddenSize.max - 1),
    format: str,
    default: 0,
  },
  lang: {
    name: 'lang',
    help: "en or zh: the UI language (else the browser's preference)",
    parse: choice(LANGS),
    format: same,
    default: 'en',
  },
};

export const URL_KEYS = Object.keys(URL_PARAMS) as (keyof UrlState)[];

/** The state every parameter at its default: what an empty query string means. */
export const DEFAULT_URL_STATE = Object.fromEntries(
  URL_KEYS.map((k) => [k, URL_PARAMS[k].default]),
) as unknown as UrlState;
