import type { ReactNode } from 'react';
import { Op } from './math';

/** One line of an aligned equation: left side (first line only), then = and the right side. */
export function Line({
  lhs,
  result,
  children,
}: {
  lhs?: ReactNode;
  result?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={`eq-row${result ? ' eq-result' : ''}`}>
      <div className="eq-lhs">{lhs}</div>
      <div className="eq-rhs">
        <Op>=</Op>
        {children}
      </div>
    </div>
  );
}
