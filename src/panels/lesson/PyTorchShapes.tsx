import { useId } from 'react';
import { useMessages } from '../../i18n';
import { selectBatch, selectModel, selectSeqLen, useGateScope } from '../../store';
import { lessonMessages } from './messages';
import { tensorCounts } from './paramCounts';

const tuple = (shape: readonly number[]) => `(${shape.join(', ')})`;

/**
 * The shapes PyTorch gives the lesson model's tensors: x, the initial and last states, `output`
 * and every parameter, read from the run's sizes and the engine's parameter shapes.
 */
export function PyTorchShapes() {
  const t = useMessages(lessonMessages);
  const id = useId();
  const { config } = useGateScope(selectModel);
  const T = useGateScope(selectSeqLen);
  const B = useGateScope(selectBatch);
  const { inputSize: I, hiddenSize: H, numLayers: L, cell } = config;
  const lstm = cell === 'lstm';
  const state = [L, B, H];
  const rows: [string, readonly number[], string][] = [
    ['x', [T, B, I], t.input],
    ['h0', state, t.initial],
    ...(lstm ? [['c0', state, t.initial] as [string, number[], string]] : []),
    ['output', [T, B, H], t.output],
    ['h_n', state, t.last],
    ...(lstm ? [['c_n', state, t.last] as [string, number[], string]] : []),
    ...tensorCounts(config, cell).map((p): [string, readonly number[], string] => [
      p.name,
      p.shape,
      t.weights,
    ]),
  ];
  return (
    <section className="panel lesson-table" aria-labelledby={id}>
      <h3 id={id}>{t.shapes}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.shape}</th>
            <th scope="col" className="lesson-note-col">
              {t.what}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, shape, note]) => (
            <tr key={name} data-tensor={name}>
              <th scope="row">
                <code>{name}</code>
              </th>
              <td>{tuple(shape)}</td>
              <td className="lesson-note-col">{note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
