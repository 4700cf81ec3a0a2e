/**
 * PyTorch weights JSON, in and out: the `state_dict` of an `nn.LSTM`, `nn.GRU` or `nn.RNN` as
 * nested lists, bare or inside the reference fixtures' layout with inputs and loss.
 */
export { InteropError } from './interop-error';
export type { LossInputs, ParseError, ParseResult, WeightsFile } from './interop-read';
export { problemMessage, valueText } from './interop-problem';
export type { InteropProblem, JsonSyntax, ValueDesc } from './interop-problem';
export { parseWeightsJson, readWeights } from './interop-read';
export type { ConfigJson, WeightsExtra, WeightsJson } from './interop-write';
export { writeConfig, writeStateDict, writeWeights } from './interop-write';
export { paramNames, paramShape } from './params';
export type { LinearHead } from './state-dict';
