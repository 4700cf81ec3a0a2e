/**
 * Keeps the gradient lab's companion store in step with the widget's store: after every new run
 * it asks for what the lab shows beside it (the other cells of the compare view, the RNN's
 * Jacobian factors), in workers. Changes from the lab's controls go through `update`, which runs
 * small settings on the main thread (a few ms, so plots follow the pointer) and big ones in a
 * worker, showing the last run until the new one lands.
 */
import { createWorkspace, jacobianFactors, type CellKind, type Workspace } from '../engine';
import {
  COMPARE_CELLS,
  MAIN_THREAD_COST,
  compareKey,
  deriveCompareRun,
  runCost,
  summariseRun,
  type CompareRun,
} from '../store/compare';
import { compareUpToDate } from '../store/gradientSelectors';
import { SETTLE_MS, type LabAsyncStore } from '../store/labAsync';
import { createRestTimer } from '../store/restTimer';
import { withRun } from '../store/modelSlice';
import type { SettingsProblem } from '../store/problems';
import { sameSettings, sequenceLength, settingsProblem, type Settings } from '../store/settings';
import type { GateScopeState } from '../store/state';
import type { GateScopeStore } from '../store/store';
import { createLabPool, type LabPool } from './labPool';

/** The parts of the lab that tell the controller whether they are on screen. */
export type LabPart = 'chart' | 'heatmaps' | 'bounds';

export interface LabController {
  /** Starts following the widget's store (and the workers); returns the function that stops it. */
  start(): () => void;
  /**
   * Applies a change to the settings: at once when the run is small, else in a worker (the
   * controls show the pending settings meanwhile). Returns why the change was refused, or null.
   */
  update(change: Partial<Settings>): SettingsProblem | null;
  /** The settings the controls show: those being computed in a worker, else the store's. */
  settings(): Settings;
  /** Shows or hides the compare view (and starts or stops computing it). */
  setCompare(on: boolean): void;
  /**
   * Tells whether a part of the lab that waits on screen is there; null when the part is gone.
   * - The compare view's parts ('chart', 'heatmaps'): while none is on screen, the compare runs
   *   wait until one comes on screen, or (runs small enough for the main thread) until the
   *   settings have stayed the same for SETTLE_MS (a drag has paused).
   * - The RNN's bounds ('bounds', "Why it happens"): on screen, a small run's bounds are
   *   computed here with the run, for the same frame; off screen, once the settings rest.
   */
  partOnScreen(part: LabPart, onScreen: boolean | null): void;
}

/**
 * Up to this T·H² (the lab's default size, hidden 64 on 50 steps: 2–4 ms in Chromium) the RNN's
 * bounds on screen are computed on the main thread, in the frame of the input.
 */
const BOUNDS_HERE = 64 * 64 * 50;

/** What the compare view's costliest cell (the LSTM) costs at these settings. */
const compareCost = (s: Settings) => runCost({ ...s, cell: 'lstm' });

/** Schedules a function for later (e.g. after the next paint); returns what cancels it. */
export type Defer = (f: () => void) => () => void;

export function createLabController(
  store: GateScopeStore,
  lab: LabAsyncStore,
  makePool: () => LabPool = () => createLabPool(),
  defer?: Defer,
  /** Up to this cost (runCost of the compare view's LSTM) the compare runs are computed here. */
  hereCost = MAIN_THREAD_COST,
): LabController {
  let pool: LabPool | null = null;
  let cancelFollow: (() => void) | null = null;
  /** Memory for the compare runs computed here, one workspace per cell. */
  const memory: Partial<Record<CellKind, Workspace>> = {};
  /** The compare view's parts that have said whether they are on screen. */
  const parts = new Map<LabPart, boolean>();
  /** Whether the compare view can be seen: one of its parts on screen, or none has said. */
  const compareSeen = () => {
    let said = false;
    for (const [part, on] of parts) {
      if (part === 'bounds') continue;
      if (on) return true;
      said = true;
    }
    return !said;
  };
  /** Whether the bounds panel is on screen, as it last said (null: it has not said). */
  const boundsSeen = () => parts.get('bounds') ?? null;
  /** What waits for the settings to rest: the compare runs and the bounds, off screen. */
  const rest = createRestTimer(SETTLE_MS);

  const deliverCompare = (run: CompareRun) =>
    lab.setState((l) => ({ compare: { ...l.compare, [run.cell]: run } }));

  /**
   * A loaded model (e.g. from the training lab) is shown as it is: workers, which rebuild
   * models from settings, cannot compute for it. It is small enough for the main thread, and
   * the compare view's other cells (models of the same settings) would not be its kin.
   */
  const followLoaded = (s: GateScopeState) => {
    for (const cell of COMPARE_CELLS) pool?.cancel(`compare:${cell}`);
    const L = s.model.config.numLayers;
    const factors = s.settings.cell === 'rnn' ? jacobianFactors(s.model, s.trace, L - 1, 0) : null;
    lab.setState({
      compare: { [s.settings.cell]: summariseRun(s.settings, s) },
      jacobian: factors && { settings: s.settings, factors, loaded: true },
    });
  };

  /**
   * The compare view's other cells of the run `s`, computed here for a run small enough for the
   * main thread (see MAIN_THREAD_COST): a few milliseconds, against the workers' messages,
   * copies and the cores they would take from the page. Each cell reuses its memory
   * (runMemory.ts): what the view keeps of a run is a copy.
   */
  const compareHere = (s: GateScopeState) => {
    const { compare } = lab.getState();
    const key = compareKey(s.settings);
    const next: Partial<Record<CellKind, CompareRun>> = {};
    for (const cell of COMPARE_CELLS) {
      pool?.cancel(`compare:${cell}`);
      const have = compare[cell];
      if (cell === s.settings.cell) next[cell] = summariseRun(s.settings, s);
      else if (have && compareKey(have.settings) === key) next[cell] = have;
      else next[cell] = deriveCompareRun(s.settings, cell, (memory[cell] ??= createWorkspace()));
    }
    lab.setState({ compare: next });
  };

  /** The compare view's other cells of the run `s`, asked of the workers. */
  const compareInWorkers = (pool: LabPool, s: GateScopeState) => {
    const { compare } = lab.getState();
    const key = compareKey(s.settings);
    // The store's own run is already there: its summary costs a copy, not a run. A worker
    // may still be computing this cell for older settings: its result must not land on top.
    pool.cancel(`compare:${s.settings.cell}`);
    lab.setState({ compare: { ...compare, [s.settings.cell]: summariseRun(s.settings, s) } });
    for (const cell of COMPARE_CELLS) {
      if (cell === s.settings.cell) continue;
      const have = compare[cell];
      if (have && compareKey(have.settings) === key) continue;
      const job = { kind: 'compare', settings: { ...s.settings, cell } } as const;
      pool.request(`compare:${cell}`, job, (r) => r.kind === 'compare' && deliverCompare(r.run));
    }
  };

  /** Whether the compare runs of these settings are small enough to compute here. */
  const hereSized = (s: Settings) => compareCost(s) <= hereCost;

  /** Whether the compare runs of the run `s` are computed here, and shown at once. */
  const compareNow = (s: GateScopeState) =>
    !s.loaded && lab.getState().compareOn && compareSeen() && hereSized(s.settings);

  /**
   * The compare view's runs of the run `s`, here or in the workers (see MAIN_THREAD_COST),
   * unless the view has them (computed in the input's task, for a view on screen).
   */
  const compare = (pool: LabPool, s: GateScopeState) => {
    if (compareUpToDate(lab.getState().compare, compareKey(s.settings))) return;
    if (pool.async && hereSized(s.settings)) compareHere(s);
    else compareInWorkers(pool, s);
  };

  /**
   * Asks for whatever the lab shows beside the run `s` that is not computed yet (the compare
   * runs only once the compare view can be seen, or the settings have `settled`), and the
   * RNN's Jacobian factors (see askJacobian).
   */
  const follow = (s: GateScopeState, settled = false) => {
    if (!pool) return;
    rest.cancel('compare');
    if (s.loaded) return followLoaded(s);
    const { compareOn } = lab.getState();
    if (compareOn && (settled || compareSeen())) compare(pool, s);
    // Runs too big for the main thread wait until the view is scrolled to (see smallRun).
    else if (compareOn && compareCost(s.settings) <= MAIN_THREAD_COST)
      rest.after('compare', () => follow(store.getState(), true));
    // Bounds off screen wait until the settings settle (or the panel comes on screen): a
    // worker computing them during a drag would take the other core from each frame.
    if (boundsSeen() === false)
      rest.after('bounds', () => pool && askJacobian(pool, store.getState()));
    else {
      rest.cancel('bounds');
      askJacobian(pool, s);
    }
  };

  /**
   * The RNN's Jacobian factors of the run `s`, unless they are there: computed here when the
   * bounds panel is on screen and the run small (see BOUNDS_HERE), else asked of a worker.
   */
  const askJacobian = (pool: LabPool, s: GateScopeState) => {
    const { jacobian } = lab.getState();
    if (s.loaded || s.settings.cell !== 'rnn') return;
    if (jacobian && !jacobian.loaded && sameSettings(jacobian.settings, s.settings)) return;
    const { hiddenSize: H, sequence } = s.settings;
    if (boundsSeen() === true && H * H * sequenceLength(sequence) <= BOUNDS_HERE) {
      // A worker's answer for older settings must not land on top.
      pool.cancel('jacobian');
      const factors = jacobianFactors(s.model, s.trace, s.model.config.numLayers - 1, 0);
      lab.setState({ jacobian: { settings: s.settings, factors } });
      return;
    }
    pool.request('jacobian', { kind: 'jacobian', settings: s.settings }, (r) => {
      if (r.kind === 'jacobian')
        lab.setState({ jacobian: { settings: r.settings, factors: r.factors } });
    });
  };

  const controller: LabController = {
    start() {
      pool = makePool();
      follow(store.getState());
      const stop = store.subscribe((s, prev) => {
        const fresh = s.trace !== prev.trace || s.settings !== prev.settings;
        if (!fresh && s.loaded === prev.loaded) return;
        if (!defer || !pool?.async) return follow(s);
        // What is on screen, now, for the frame of the main plots: the compare runs computed
        // here for a compare view on screen, and the Jacobian factors of a bounds panel on
        // screen (computed here, or by a worker while the frame is drawn). The rest is asked
        // for once that frame is painted: the workers then start computing after it, so they
        // do not take the cores from it (on two cores they would), and the postMessage calls
        // leave the input handler.
        if (compareNow(s)) compare(pool, s);
        if (boundsSeen() === true) askJacobian(pool, s);
        if (cancelFollow) return;
        cancelFollow = defer(() => {
          cancelFollow = null;
          follow(store.getState());
        });
      });
      return () => {
        stop();
        rest.dispose();
        cancelFollow?.();
        cancelFollow = null;
        pool?.dispose();
        pool = null;
      };
    },
    settings: () => lab.getState().pending ?? store.getState().settings,
    update(change) {
      const next = { ...controller.settings(), ...change };
      const problem = settingsProblem(next);
      if (problem !== null) return problem;
      if (!pool?.async || runCost(next) <= MAIN_THREAD_COST || store.getState().loaded) {
        pool?.cancel('run');
        if (lab.getState().pending) lab.setState({ pending: null });
        return store.getState().update(next);
      }
      lab.setState({ pending: next });
      pool.request('run', { kind: 'run', settings: next }, (r) => {
        if (r.kind !== 'run') return;
        store.setState((s) => ({ settings: r.settings, ...withRun(s, r.run) }));
        if (pool && !pool.busy('run')) lab.setState({ pending: null });
      });
      return null;
    },
    setCompare(on) {
      lab.setState({ compareOn: on });
      if (on) follow(store.getState());
    },
    partOnScreen(part, onScreen) {
      const compareBefore = compareSeen();
      const boundsBefore = boundsSeen();
      if (onScreen === null) parts.delete(part);
      else parts.set(part, onScreen);
      if (!compareBefore && compareSeen() && lab.getState().compareOn) follow(store.getState());
      if (boundsBefore !== true && boundsSeen() === true && pool)
        askJacobian(pool, store.getState());
    },
  };
  return controller;
}
