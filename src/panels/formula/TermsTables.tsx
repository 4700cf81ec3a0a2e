import type { AffineHalf } from '../../store';
import { formatValue } from '../format';
import { Sum, Sym } from './math';
import { halfSymbols } from './symbols';
import { useMessages } from '../../i18n';
import { formulaMessages } from './messages';

/** A number that copies cleanly (`-0.4127`), exact in its title. */
const Cell = ({ v, q }: { v: number; q?: string }) => (
  <td className="value" title={String(v)} data-q={q} data-value={String(v)}>
    {formatValue(v)}
  </td>
);

/** One half's weighted sum, a row per term k, then its sum, bias and total. */
function HalfTable({ half, j }: { half: AffineHalf; j: string }) {
  const s = halfSymbols(half);
  const m = useMessages(formulaMessages);
  const p = half.source;
  return (
    <table className="terms" data-half={p}>
      <caption>
        <Sum />
        <Sym s={s.W} idx={`${j}, k`} /> · <Sym s={s.v} idx="k" />
        {half.bias !== null && (
          <>
            {' '}
            + <Sym s={s.b} idx={j} />
          </>
        )}
      </caption>
      <thead>
        <tr>
          <th scope="col">k</th>
          <th scope="col">
            <Sym s={s.W} idx={`${j}, k`} />
          </th>
          <th scope="col">
            <Sym s={s.v} idx="k" />
          </th>
          <th scope="col">{m.product}</th>
        </tr>
      </thead>
      <tbody>
        {half.terms.map((t) => (
          <tr key={t.k} data-k={t.k}>
            <th scope="row">{t.k + 1}</th>
            <Cell v={t.weight} />
            <Cell v={t.input} />
            <Cell v={t.product} q={`${p}-product`} />
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={3}>
            {m.sumOverK}
          </th>
          <Cell v={half.sum} q={`${p}-sum`} />
        </tr>
        {half.bias !== null && (
          <tr>
            <th scope="row" colSpan={3}>
              {m.bias} <Sym s={s.b} idx={j} />
            </th>
            <Cell v={half.bias} q={`${p}-bias`} />
          </tr>
        )}
        <tr className="total">
          <th scope="row" colSpan={3}>
            {m.total}
          </th>
          <Cell v={half.total} q={`${p}-total`} />
        </tr>
      </tfoot>
    </table>
  );
}

/** The pre-activation's two halves broken out term by term, in a scrolling region. */
export function TermsTables({ id, halves, j }: { id: string; halves: AffineHalf[]; j: number }) {
  const m = useMessages(formulaMessages);
  return (
    <div id={id} className="terms-scroll" role="region" aria-label={m.terms} tabIndex={0}>
      {halves.map((h) => (
        <HalfTable key={h.source} half={h} j={String(j + 1)} />
      ))}
    </div>
  );
}
