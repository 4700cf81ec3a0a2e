import type { ReactNode } from 'react';
import type { Formula } from '../../store';
import { Line } from './Line';
import { Dot, Fn, Num, Op, Paren, Signed } from './math';

type Pointwise = Extract<Formula, { kind: 'lstmCell' | 'lstmHidden' | 'gruState' }>;

/**
 * The equations that combine vectors unit by unit (the LSTM's c_t and h_t, the GRU's h_t):
 * symbols, the numbers put in, the two products, and the value.
 */
export function PointwiseEquation({
  formula: f,
  at,
}: {
  formula: Pointwise;
  at: (s: string) => ReactNode;
}) {
  switch (f.kind) {
    case 'lstmCell':
      return (
        <div className="eq">
          <Line lhs={at('c_t')}>
            {at('f_t')}
            <Dot />
            {at('c_{t−1}')}
            <Op>+</Op>
            {at('i_t')}
            <Dot />
            {at('g_t')}
          </Line>
          <Line>
            <Num v={f.f} q="f" />
            <Dot />
            <Num v={f.cPrev} q="c_prev" paren />
            <Op>+</Op>
            <Num v={f.i} q="i" />
            <Dot />
            <Num v={f.g} q="g" paren />
          </Line>
          <Line>
            <Signed
              items={[
                { v: f.kept, q: 'kept' },
                { v: f.written, q: 'written' },
              ]}
            />
          </Line>
          <Line result>
            <Num v={f.value} q="value" />
          </Line>
        </div>
      );
    case 'lstmHidden':
      return (
        <div className="eq">
          <Line lhs={at('h_t')}>
            {at('o_t')}
            <Dot />
            <Fn name="tanh">{at('c_t')}</Fn>
          </Line>
          <Line>
            <Num v={f.o} q="o" />
            <Dot />
            <Fn name="tanh">
              <Num v={f.c} q="c" />
            </Fn>
          </Line>
          <Line>
            <Num v={f.o} q="o" />
            <Dot />
            <Num v={f.tanhC} q="tanh_c" paren />
          </Line>
          <Line result>
            <Num v={f.value} q="value" />
          </Line>
        </div>
      );
    case 'gruState':
      return (
        <div className="eq">
          <Line lhs={at('h_t')}>
            <Paren>
              1<Op>−</Op>
              {at('z_t')}
            </Paren>
            <Dot />
            {at('n_t')}
            <Op>+</Op>
            {at('z_t')}
            <Dot />
            {at('h_{t−1}')}
          </Line>
          <Line>
            <Paren>
              1<Op>−</Op>
              <Num v={f.z} q="z" />
            </Paren>
            <Dot />
            <Num v={f.n} q="n" paren />
            <Op>+</Op>
            <Num v={f.z} q="z" />
            <Dot />
            <Num v={f.hPrev} q="h_prev" paren />
          </Line>
          <Line>
            <Signed
              items={[
                { v: f.fromN, q: 'fromN' },
                { v: f.fromH, q: 'fromH' },
              ]}
            />
          </Line>
          <Line result>
            <Num v={f.value} q="value" />
          </Line>
        </div>
      );
  }
}
