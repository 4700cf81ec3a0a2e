import { useId } from 'react';
import { useMessages } from '../../i18n';
import { selectModel, useGateScope } from '../../store';
import { lessonMessages } from './messages';
import { paramCount, tensorCounts } from './paramCounts';

const CELLS = ['lstm', 'gru'] as const;
const NAMES = { lstm: 'LSTM', gru: 'GRU' } as const;

/** The LSTM's and the GRU's parameter tensors side by side at the lesson model's sizes. */
export function ParamCounts() {
  const t = useMessages(lessonMessages);
  const id = useId();
  const { config } = useGateScope(selectModel);
  const rows = tensorCounts(config, 'lstm').map((r, i) => ({
    name: r.name,
    lstm: r,
    gru: tensorCounts(config, 'gru')[i],
  }));
  const totals = { lstm: paramCount(config, 'lstm'), gru: paramCount(config, 'gru') };
  const fewer = `${Math.round(100 * (1 - totals.gru / totals.lstm))}%`;
  return (
    <section className="panel lesson-table" aria-labelledby={id}>
      <h3 id={id}>{t.paramCounts}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.tensor}</th>
            {CELLS.map((c) => (
              <th key={c} scope="col">
                {NAMES[c]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name}>
              <th scope="row">
                <code>{r.name}</code>
              </th>
              {CELLS.map((c) => (
                <td key={c}>
                  ({r[c].shape.join(', ')}) = {r[c].size}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t.total}</th>
            {CELLS.map((c) => (
              <td key={c} data-total={c}>
                {totals[c]}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
      <p>
        {t.countsNote(config.inputSize, config.hiddenSize, config.numLayers)} {t.fewer(fewer)}
      </p>
    </section>
  );
}
