import type { AffineHalf, Formula } from '../../store';
import { Dot, Fn, Num, Op, Paren, Signed, Sum, Sym } from './math';
import { Line } from './Line';
import { PointwiseEquation } from './PointwiseEquation';
import { halfSymbols } from './symbols';

/** Σ_k W[j, k] v[k] + b[j], in symbols. */
function HalfSymbols({ half, j }: { half: AffineHalf; j: string }) {
  const s = halfSymbols(half);
  return (
    <>
      <span className="m-nobreak">
        <Sum />
        <Sym s={s.W} idx={`${j}, k`} />
      </span>
      <Sym s={s.v} idx="k" />
      {half.bias !== null && (
        <>
          <Op>+</Op>
          <Sym s={s.b} idx={j} />
        </>
      )}
    </>
  );
}

/** The sum and bias of a half as numbers (the bias left out when the model has none). */
const halfItems = (half: AffineHalf) => [
  { v: half.sum, q: `${half.source}-sum` },
  ...(half.bias === null ? [] : [{ v: half.bias, q: `${half.source}-bias` }]),
];

/**
 * The current sub-step's equation for unit j, aligned on its = signs: the symbols, then the
 * numbers put in, then each reduction down to the value (the trace's own value, in bold).
 */
export function Equation({ formula: f, j }: { formula: Formula; j: number }) {
  const J = String(j + 1);
  const at = (s: string) => <Sym s={s} idx={J} />;
  switch (f.kind) {
    case 'affine':
      return (
        <div className="eq">
          <Line lhs={at(`${f.quantity}_t`)}>
            <Fn name={f.activation}>
              <HalfSymbols half={f.ih} j={J} />
              <Op>+</Op>
              <HalfSymbols half={f.hh} j={J} />
            </Fn>
          </Line>
          <Line>
            <Fn name={f.activation}>
              <Signed items={[...halfItems(f.ih), ...halfItems(f.hh)]} />
            </Fn>
          </Line>
          <Line>
            <Fn name={f.activation}>
              <Num v={f.pre} q="pre" />
            </Fn>
          </Line>
          <Line result>
            <Num v={f.value} q="value" />
          </Line>
        </div>
      );
    case 'gruCandidate':
      return (
        <div className="eq">
          <Line lhs={at('n_t')}>
            <Fn name="tanh">
              <HalfSymbols half={f.ih} j={J} />
              <Op>+</Op>
              {at('r_t')}
              <Dot />
              <Paren>
                <HalfSymbols half={f.hh} j={J} />
              </Paren>
            </Fn>
          </Line>
          <Line>
            <Fn name="tanh">
              <Signed items={halfItems(f.ih)} />
              <Op>+</Op>
              <Num v={f.r} q="r" />
              <Dot />
              <Paren>
                <Signed items={halfItems(f.hh)} />
              </Paren>
            </Fn>
          </Line>
          <Line>
            <Fn name="tanh">
              <Signed
                items={[
                  { v: f.gi, q: 'gi' },
                  { v: f.rgh, q: 'rgh' },
                ]}
              />
            </Fn>
          </Line>
          <Line>
            <Fn name="tanh">
              <Num v={f.pre} q="pre" />
            </Fn>
          </Line>
          <Line result>
            <Num v={f.value} q="value" />
          </Line>
        </div>
      );
    default:
      return <PointwiseEquation formula={f} at={at} />;
  }
}
