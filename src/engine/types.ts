/**
 * The engine's public types. Every tensor is a flat, row-major `Float64Array` whose shape is
 * the PyTorch shape named in its doc comment (T = sequence length, B = batch, I = input size,
 * H = hidden size, L = number of layers, G = gate count).
 */

/** The recurrent cell: `nn.LSTM`, `nn.GRU` or `nn.RNN(nonlinearity='tanh')`. */
export type CellKind = 'lstm' | 'gru' | 'rnn';

/** The sizes of a stacked recurrent network, as PyTorch's constructor takes them. */
export interface ModelConfig {
  readonly cell: CellKind;
  /** I: features per time step of the input x. */
  readonly inputSize: number;
  /** H: units per layer (every layer has the same H, as in PyTorch). */
  readonly hiddenSize: number;
  /** L: stacked layers; layer k > 0 reads layer k − 1's h sequence. */
  readonly numLayers: number;
  /** Whether the four `bias_*` vectors exist (PyTorch's `bias=True`). */
  readonly bias: boolean;
}

/**
 * Parameters keyed by PyTorch's own names: for each layer k, `weight_ih_l{k}` (G·H, in_k),
 * `weight_hh_l{k}` (G·H, H), and with bias `bias_ih_l{k}` (G·H), `bias_hh_l{k}` (G·H).
 * Rows are stacked by gate in PyTorch's order (LSTM i, f, g, o; GRU r, z, n).
 */
export type Params = Record<string, Float64Array>;

/** A network: its sizes and its parameters. */
export interface Model {
  readonly config: ModelConfig;
  readonly params: Params;
}

/** What a run reads: the input sequence and the initial states. */
export interface RunInput {
  /** T: time steps. */
  readonly seqLen: number;
  /** B: independent sequences run side by side. */
  readonly batch: number;
  /** x: (T, B, I). */
  readonly x: Float64Array;
  /** h0: (L, B, H); zeros when absent, as in PyTorch. */
  readonly h0?: Float64Array;
  /** c0: (L, B, H), LSTM only; zeros when absent. */
  readonly c0?: Float64Array;
}

/** One layer's recorded values, each (T, B, H), keyed by the names of `cellQuantities`. */
export type LayerTrace = Record<string, Float64Array>;

/** Where a value first became NaN or ±Infinity, in the order the engine computed it. */
export interface NonFiniteAt {
  readonly layer: number;
  /** Time step t (for gradients: the step whose dL/d(value) it is; −1 for the initial state). */
  readonly step: number;
  /** Batch row b. */
  readonly batch: number;
  /** Unit j. */
  readonly unit: number;
  /** The trace quantity's name, e.g. `pre_f` or, for gradients, `dL/dh`. */
  readonly quantity: string;
  readonly value: number;
}

/** The full result of a forward run: every intermediate of every layer, step and batch row. */
export interface Trace {
  readonly config: ModelConfig;
  readonly seqLen: number;
  readonly batch: number;
  /** x: (T, B, I), the input as run. */
  readonly x: Float64Array;
  /** h0: (L, B, H), as run (zeros when none was given). */
  readonly h0: Float64Array;
  /** c0: (L, B, H), LSTM only. */
  readonly c0?: Float64Array;
  /** Per layer k, every quantity of `cellQuantities(cell)`, each (T, B, H). */
  readonly layers: LayerTrace[];
  /** output: (T, B, H), the top layer's h at every step (the same array as its trace). */
  readonly output: Float64Array;
  /** h_n: (L, B, H), each layer's h after the last step. */
  readonly hN: Float64Array;
  /** c_n: (L, B, H), LSTM only. */
  readonly cN?: Float64Array;
  /** The first non-finite value, or null when every value is finite. */
  readonly nonFinite: NonFiniteAt | null;
}

/**
 * What backprop through time returns for one loss without the weights' gradients (see
 * `stateGradients`): the gradients of the states, step by step.
 */
export interface StateGradients {
  /** dL/dh0: (L, B, H). */
  readonly h0: Float64Array;
  /** dL/dc0: (L, B, H), LSTM only. */
  readonly c0?: Float64Array;
  /**
   * Per layer, each (T, B, H): the TOTAL derivative of L with respect to the value at step t
   * over all downstream paths. LSTM: h, c, pre_i, pre_f, pre_g, pre_o; GRU: h, pre_r, pre_z,
   * pre_n, gh_n; RNN: h, pre_h.
   */
  readonly layers: LayerTrace[];
  /** Per-step L2 norms over batch and units of the top layer's dL/dh_t (and dL/dc_t). */
  readonly norms: GradientNorms;
  /** The first non-finite gradient, or null. */
  readonly nonFinite: NonFiniteAt | null;
}

/** Everything backprop through time returns for one loss. */
export interface Gradients extends StateGradients {
  /** dL/dparam, same names and shapes as the model's params. */
  readonly params: Params;
  /** dL/dx: (T, B, I). */
  readonly x: Float64Array;
}

/** The gradient-norm curve: ‖∂L/∂h_t‖ per step for the top layer, and its initial state. */
export interface GradientNorms {
  /** ‖∂L/∂h_t‖₂ over batch and units, t = 0 … T − 1. */
  readonly h: Float64Array;
  /** ‖∂L/∂c_t‖₂, LSTM only. */
  readonly c?: Float64Array;
  /** ‖∂L/∂h0‖₂ over the whole (L, B, H) tensor. */
  readonly h0: number;
  /** ‖∂L/∂c0‖₂, LSTM only. */
  readonly c0?: number;
}
