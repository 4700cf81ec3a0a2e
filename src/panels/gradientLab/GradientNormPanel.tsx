import { useMemo } from 'react';
import { LineChart, type Series } from '../../charts';
import { useLang, useMessages } from '../../i18n';
import { selectSetTimeStep, selectTimeStep, useGateScope } from '../../store';
import { bandsIn } from '../../store/gradientBands';
import { selectGradientView, selectRunId } from '../../store/gradientSelectors';
import { gradientBandsCaption, gradientSentence } from '../../store/gradientViews';
import { OKABE_ITO } from '../../theme';
import { gradientLabMessages } from './messages';
import { Prose } from './Prose';
import { useScreenBox, useWhileVisible } from '../useWhileVisible';

/**
 * "Gradient norm per time step": ‖∂L/∂h_t‖ (and the LSTM's ‖∂L/∂c_t‖) on a log axis with the
 * vanished / exploded bands, the shared time cursor and the first-to-last ratio as a sentence.
 * Redrawn with every run while on screen; off screen (e.g. the compare view scrolled into view)
 * it keeps the run it shows until the drag pauses or it comes on screen, as the other plots do.
 * (Its norms are the run's own arrays, never overwritten, so holding them is safe.)
 */
export function GradientNormPanel() {
  const [box, onScreen] = useScreenBox();
  const latest = useGateScope(selectGradientView);
  const latestRun = useGateScope(selectRunId);
  const { view, run } = useWhileVisible(
    useMemo(() => ({ view: latest, run: latestRun }), [latest, latestRun]),
    onScreen,
  );
  const t = useGateScope(selectTimeStep);
  const setTimeStep = useGateScope(selectSetTimeStep);
  const lang = useLang();
  const m = useMessages(gradientLabMessages);
  const bands = useMemo(() => bandsIn(view.bands, lang), [view, lang]);
  const caption = gradientBandsCaption(view, lang);
  const series = useMemo<Series[]>(() => {
    const h = { label: '‖∂L/∂h_t‖', values: view.h, colour: OKABE_ITO.blue, dash: '' };
    if (!view.c) return [h];
    return [h, { label: '‖∂L/∂c_t‖', values: view.c, colour: OKABE_ITO.vermillion, dash: '6 3' }];
  }, [view]);
  // The chart as an element kept while what it shows stays: off screen, a drag's inputs then
  // re-render this panel (its store subscriptions) but not the chart (its prose is new each time).
  const chart = useMemo(
    () => (
      <LineChart
        title={m.normTitle}
        series={series}
        yScale="log"
        breaksFrom="end"
        yDomain={view.domain}
        yLabel={m.normAxis}
        bands={bands}
        cursor={t}
        onCursorChange={setTimeStep}
        legend
      >
        {caption && <Prose className="lab-hint" text={caption} />}
        <div className="lab-sentence" data-verdict={view.ratio.verdict}>
          <Prose text={gradientSentence(view, lang)} />
        </div>
      </LineChart>
    ),
    [m, series, view, bands, t, setTimeStep, caption, lang],
  );
  return (
    <div ref={box} data-run={run}>
      {chart}
    </div>
  );
}
