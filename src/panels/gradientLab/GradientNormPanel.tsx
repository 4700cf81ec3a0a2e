import { useMemo } from 'react';
import { LineChart, type Series } from '../../charts';
import { selectSetTimeStep, selectTimeStep, useGateScope } from '../../store';
import { selectGradientView, selectRunId } from '../../store/gradientSelectors';
import { OKABE_ITO } from '../../theme';
import { Prose } from './Prose';

/**
 * "Gradient norm per time step": ‖∂L/∂h_t‖ (and the LSTM's ‖∂L/∂c_t‖) on a log axis with the
 * vanished / exploded bands, the shared time cursor and the first-to-last ratio as a sentence.
 */
export function GradientNormPanel() {
  const view = useGateScope(selectGradientView);
  const run = useGateScope(selectRunId);
  const t = useGateScope(selectTimeStep);
  const setTimeStep = useGateScope(selectSetTimeStep);
  const series = useMemo<Series[]>(() => {
    const h = { label: '‖∂L/∂h_t‖', values: view.h, colour: OKABE_ITO.blue, dash: '' };
    if (!view.c) return [h];
    return [h, { label: '‖∂L/∂c_t‖', values: view.c, colour: OKABE_ITO.vermillion, dash: '6 3' }];
  }, [view]);
  return (
    <div data-run={run}>
      <LineChart
        title="Gradient norm per time step"
        series={series}
        yScale="log"
        breaksFrom="end"
        yDomain={view.domain}
        yLabel="gradient norm (log)"
        bands={view.bands}
        cursor={t}
        onCursorChange={setTimeStep}
        legend
      >
        {view.bandsCaption && <Prose className="lab-hint" text={view.bandsCaption} />}
        <div className="lab-sentence" data-verdict={view.ratio.verdict}>
          <Prose text={view.sentence} />
        </div>
      </LineChart>
    </div>
  );
}
