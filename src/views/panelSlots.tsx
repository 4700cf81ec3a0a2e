import type { ComponentType } from 'react';
import { capitalize, termMessages, useMessages } from '../i18n';
import { CellDiagram } from '../panels/cellDiagram/CellDiagram';
import { CompareChart } from '../panels/compare/CompareChart';
import { Controls } from '../panels/controls/Controls';
import { FormulaPanel } from '../panels/formula/FormulaPanel';
import { GradientNormPanel } from '../panels/gradientLab/GradientNormPanel';
import { GateHeatmaps } from '../panels/heatmaps/GateHeatmaps';
import { SequenceEditor } from '../panels/sequenceEditor/SequenceEditor';
import { ModelSettings } from '../panels/settings/ModelSettings';
import { StatePlots } from '../panels/statePlots/StatePlots';
import { StepTable } from '../panels/stepTable/StepTable';
import { Timeline } from '../panels/timeline/Timeline';
import type { PanelId } from '../store/url';
import '../panels/gradientLab/gradientLab.css';

function GradientSlot() {
  const t = useMessages(termMessages);
  return (
    <section className="panel lab-plot" aria-label={capitalize(t.gradientNorm)}>
      <GradientNormPanel />
    </section>
  );
}

/** The component of each panel id the URL can name (`panels=`, `hide=`). */
export const PANEL_SLOTS: Record<PanelId, ComponentType> = {
  controls: Controls,
  timeline: Timeline,
  diagram: CellDiagram,
  formula: FormulaPanel,
  editor: SequenceEditor,
  settings: ModelSettings,
  table: StepTable,
  gates: GateHeatmaps,
  states: StatePlots,
  gradient: GradientSlot,
  compare: CompareChart,
};

/** Panels that read the lab's companion store (compare runs in workers). */
export const LAB_PANELS: readonly PanelId[] = ['compare'];
