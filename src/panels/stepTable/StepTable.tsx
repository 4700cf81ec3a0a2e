import { useId, useMemo } from 'react';
import type { CellKind } from '../../engine';
import {
  selectCursor,
  selectSeqLen,
  selectTrace,
  stepTable,
  useGateScope,
  type StepGroup,
} from '../../store';
import { CELL_LABELS } from '../controls/announce';
import { formatValue, fullValue } from '../format';
import { MathText } from '../MathText';
import { labelOf } from './labels';
import { substepTitle, useLang, useMessages } from '../../i18n';
import { stepTableMessages } from './messages';

function Group({
  group,
  index,
  cell,
  columns,
}: {
  group: StepGroup;
  index: number;
  cell: CellKind;
  columns: number;
}) {
  const lang = useLang();
  const m = stepTableMessages[lang];
  const note = { given: '', done: '', current: m.current, pending: m.pending }[group.status];
  const title = group.id === 'given' ? m.inputs : substepTitle(lang, cell, group.id);
  return (
    <tbody className={`group ${group.status}`} data-step={group.id}>
      <tr className="group-head">
        <th scope="rowgroup" colSpan={columns + 1}>
          {index > 0 && <span className="substep-number">{index}</span>}
          {title}
          {note && <span className="group-note"> — {note}</span>}
        </th>
      </tr>
      {group.rows.map(({ quantity, values }) => {
        const label = labelOf(cell, quantity, lang);
        return (
          <tr key={quantity} data-quantity={quantity}>
            <th scope="row">
              <span className="symbol">
                <MathText text={label.symbol} />
              </span>
              <span className="meaning">
                <MathText text={label.text} />
              </span>
            </th>
            {Array.from({ length: columns }, (_, j) => {
              if (!values)
                return (
                  <td key={j} className="value pending">
                    —
                  </td>
                );
              if (j >= values.length) return <td key={j} className="value empty" />;
              return (
                <td key={j} className="value" title={fullValue(values[j])}>
                  {formatValue(values[j])}
                </td>
              );
            })}
          </tr>
        );
      })}
    </tbody>
  );
}

/** Every value of the cursor's time step, one row per quantity and one column per unit. */
export function StepTable() {
  const captionId = useId();
  const m = useMessages(stepTableMessages);
  const trace = useGateScope(selectTrace);
  const cursor = useGateScope(selectCursor);
  const seqLen = useGateScope(selectSeqLen);
  const cell = trace.config.cell;
  const table = useMemo(() => stepTable(trace, cursor), [trace, cursor]);
  return (
    <div className="panel values">
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="step-table">
          <caption id={captionId}>{m.caption(CELL_LABELS[cell], cursor.t + 1, seqLen)}</caption>
          <thead>
            <tr>
              <th scope="col">{m.quantity}</th>
              {Array.from({ length: table.columns }, (_, j) => (
                <th key={j} scope="col">
                  {m.unit(j + 1)}
                </th>
              ))}
            </tr>
          </thead>
          {table.groups.map((g, k) => (
            <Group key={g.id} group={g} index={k} cell={cell} columns={table.columns} />
          ))}
        </table>
      </div>
    </div>
  );
}
