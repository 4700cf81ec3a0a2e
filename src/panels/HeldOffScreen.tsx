import { useMemo, type ReactElement } from 'react';
import { useScreenBox, useWhileVisible } from './useWhileVisible';

interface HeldOffScreenProps {
  /** The chart, as the panel renders it now. */
  readonly children: ReactElement;
  /** The run it draws (`selectRunId`), written into `data-run` with the chart it goes with. */
  readonly runId: number;
  /** Whether the run is one the main thread computes as a slider drags (see smallRun). */
  readonly small: boolean;
}

/**
 * One chart of a tall panel, held while it is off screen even when the panel is partly on
 * screen (useWhileVisible): the line chart under a heatmap at the fold does not redraw on every
 * input of a drag. The held chart is the element last rendered, so React skips it whole; it
 * catches up when the settings rest or it comes on screen.
 */
export function HeldOffScreen({ children, runId, small }: HeldOffScreenProps) {
  const [box, onScreen] = useScreenBox();
  const now = useMemo(() => ({ children, runId }), [children, runId]);
  const shown = useWhileVisible(now, onScreen, small);
  return (
    <div ref={box} className="held-chart" data-run={shown.runId}>
      {shown.children}
    </div>
  );
}
