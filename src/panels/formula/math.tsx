import { Fragment, type ReactNode } from 'react';
import { formatValue } from '../format';

/** A value to 4 significant digits with a true minus sign, for typeset formulas. */
export const mathValue = (v: number): string => formatValue(v).replace(/^-/, '−');

/**
 * A symbol, TeX-style (`W_{if}`, `h_{t−1}`), in italics with its subscript, and an optional
 * index after it: `f_t[3]`, `W_if[3, k]`.
 */
export function Sym({ s, idx }: { s: string; idx?: string }) {
  const [base, sub] = s.split(/_(.*)/s);
  return (
    <span className="m-sym">
      <var>{base}</var>
      {sub && (
        <sub>
          <var>{sub.replace(/^\{(.*)\}$/, '$1')}</var>
        </sub>
      )}
      {idx !== undefined && <span className="m-idx">[{idx}]</span>}
    </span>
  );
}

/**
 * A number from the trace: 4 significant digits shown, the exact value in its title and in
 * `data-value`; `data-q` names what it is, so tests and tools can read it back. `paren` wraps
 * a negative value in parentheses (after a ·); `abs` shows |v| (after a − sign).
 */
export function Num(props: { v: number; q?: string; paren?: boolean; abs?: boolean }) {
  const { v, q, paren, abs } = props;
  const text = mathValue(abs ? Math.abs(v) : v);
  const wrap = paren && v < 0 && !abs;
  return (
    <span className="m-num" title={String(v)} data-q={q} data-value={String(v)}>
      {wrap ? `(${text})` : text}
    </span>
  );
}

/** An operator, with the spaces around it where a long line may break. */
export const Op = ({ children }: { children: ReactNode }) => (
  <>
    {' '}
    <span className="m-op">{children}</span>{' '}
  </>
);

/** σ or tanh applied to its argument, with tall parentheses. */
export function Fn({ name, children }: { name: 'sigmoid' | 'tanh'; children: ReactNode }) {
  return (
    <span className="m-apply">
      <span className="m-fn">{name === 'sigmoid' ? 'σ' : 'tanh'}</span>
      <Paren>{children}</Paren>
    </span>
  );
}

/** Parentheses around a group. */
export const Paren = ({ children }: { children: ReactNode }) => (
  <span className="m-group">
    <span className="m-paren">(</span>
    {children}
    <span className="m-paren">)</span>
  </span>
);

/** Σ over k, with k set under the sign. */
export const Sum = () => (
  <span className="m-sum">
    <span className="m-sigma">Σ</span>
    <span className="m-under">
      <var>k</var>
    </span>
  </span>
);

/**
 * Numbers joined by + and −: a negative one after the first is written as − |v| (its exact,
 * signed value stays in its title).
 */
export function Signed({ items }: { items: readonly { v: number; q: string }[] }) {
  return (
    <>
      {items.map(({ v, q }, k) =>
        k === 0 ? (
          <Num key={q} v={v} q={q} />
        ) : (
          <Fragment key={q}>
            {' '}
            <span className="m-term">
              <span className="m-op">{v < 0 ? '−' : '+'}</span> <Num v={v} q={q} abs />
            </span>
          </Fragment>
        ),
      )}
    </>
  );
}

/** The product sign. */
export const Dot = () => <Op>·</Op>;
