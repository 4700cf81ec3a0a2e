import type { ComponentType } from 'react';
import { capitalize, termMessages, useMessages } from '../i18n';
import { CompareChart } from '../panels/compare/CompareChart';
import { GradientNormPanel } from '../panels/gradientLab/GradientNormPanel';
import { GateHeatmaps } from '../panels/heatmaps/GateHeatmaps';
import { StatePlots } from '../panels/statePlots/StatePlots';
import '../panels/gradientLab/gradientLab.css';

function GradientSlot() {
  const t = useMessages(termMessages);
  return (
    <section className="panel lab-plot" aria-label={capitalize(t.gradientNorm)}>
      <GradientNormPanel />
    </section>
  );
}

/** The plot panels a stepper or an embed can show (loaded after the first screen). */
export const PLOT_SLOTS: Record<'gates' | 'states' | 'gradient' | 'compare', ComponentType> = {
  gates: GateHeatmaps,
  states: StatePlots,
  gradient: GradientSlot,
  compare: CompareChart,
};
