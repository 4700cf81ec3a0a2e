import { useMessages } from '../i18n';
import { CompareChart } from '../panels/compare/CompareChart';
import { CompareHeatmaps } from '../panels/compare/CompareHeatmaps';
import { GateHeatmaps } from '../panels/heatmaps/GateHeatmaps';
import { GradientNormPanel } from '../panels/gradientLab/GradientNormPanel';
import { WeightGradPanel } from '../panels/gradientLab/WeightGradPanel';
import { gradientLabMessages } from '../panels/gradientLab/messages';
import { WhyPanel } from '../panels/gradientLab/WhyPanel';
import { LabControls } from '../panels/labControls/LabControls';
import { LabProvider } from '../panels/labControls/LabProvider';
import { Presets } from '../panels/labControls/Presets';
import { StatePlots } from '../panels/statePlots/StatePlots';
import '../panels/gradientLab/gradientLab.css';

/**
 * The gradient lab: the controls that shape the gradient on the side, and in the main column
 * the plots that show it — each recomputed from a real forward and backward pass as a slider
 * moves. The compare view's heatmaps span the whole width below (outside the grid of controls
 * and plots, so that the sticky controls stop above them).
 */
export function LabView() {
  const m = useMessages(gradientLabMessages);
  return (
    <LabProvider>
      <div className="lab">
        <div className="lab-main">
          <LabControls />
          <div className="lab-plots">
            <Presets />
            <section className="panel lab-plot" aria-label={m.gradientSection}>
              <GradientNormPanel />
            </section>
            <section className="panel lab-plot" aria-label={m.whySection}>
              <WhyPanel />
            </section>
            <section className="panel lab-plot" aria-label={m.weightSection}>
              <WeightGradPanel />
            </section>
            <CompareChart />
            <GateHeatmaps />
            <StatePlots />
          </div>
        </div>
        <CompareHeatmaps />
      </div>
    </LabProvider>
  );
}
