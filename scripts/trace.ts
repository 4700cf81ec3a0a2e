/**
 * `npm run --silent trace -- FILE.json`: reads a weights file (params, inputs, and optionally
 * loss.Wout and/or loss.target; every other field is ignored) and prints the engine's full
 * result as trace JSON on stdout. Bad input: one line on stderr naming the field, exit code 1.
 */
import { readFileSync } from 'node:fs';
import { parseWeightsJson } from '../src/engine/interop';
import { stringifyTrace, traceReport } from '../src/engine/trace-json';

function fail(message: string): never {
  process.stderr.write(`trace: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exit(1);
}

const path = process.argv[2];
if (path === undefined || process.argv.length > 3)
  fail('usage: npm run --silent trace -- FILE.json');
let text: string;
try {
  text = readFileSync(path, 'utf8');
} catch (e) {
  fail(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
}
const parsed = parseWeightsJson(text);
if (!parsed.ok) fail(parsed.error.message);
const { model, inputs, loss } = parsed.file;
if (inputs === undefined) {
  fail('inputs.x is missing: the trace needs an input sequence (inputs.x of shape (T, B, I))');
}
try {
  process.stdout.write(stringifyTrace(traceReport(model, inputs, loss)) + '\n');
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
}
