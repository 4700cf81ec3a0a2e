import { lazy, Suspense, type ComponentType } from 'react';
import { CellDiagram } from '../panels/cellDiagram/CellDiagram';
import { Controls } from '../panels/controls/Controls';
import { FormulaPanel } from '../panels/formula/FormulaPanel';
import { SequenceEditor } from '../panels/sequenceEditor/SequenceEditor';
import { ModelSettings } from '../panels/settings/ModelSettings';
import { StepTable } from '../panels/stepTable/StepTable';
import { Timeline } from '../panels/timeline/Timeline';
import type { PanelId } from '../store/url';

/*
 * The plot panels (heatmaps, state plots, gradient norms, compare) and their charts are a chunk
 * of their own: the stepper shows them only after its first screen is painted, so their code
 * is not parsed before it.
 */
const importPlots = () => import('./plotSlots');

/** A panel from the plots chunk, shown once its code has loaded. */
function plotSlot(name: 'gates' | 'states' | 'gradient' | 'compare'): ComponentType {
  const Lazy = lazy(() => importPlots().then((m) => ({ default: m.PLOT_SLOTS[name] })));
  return function PlotSlot() {
    return (
      <Suspense fallback={null}>
        <Lazy />
      </Suspense>
    );
  };
}

/** Fetches the plots chunk without showing anything (once the page is idle). */
export const prefetchPlots = (): Promise<unknown> => importPlots();

/** The component of each panel id the URL can name (`panels=`, `hide=`). */
export const PANEL_SLOTS: Record<PanelId, ComponentType> = {
  controls: Controls,
  timeline: Timeline,
  diagram: CellDiagram,
  formula: FormulaPanel,
  editor: SequenceEditor,
  settings: ModelSettings,
  table: StepTable,
  gates: plotSlot('gates'),
  states: plotSlot('states'),
  gradient: plotSlot('gradient'),
  compare: plotSlot('compare'),
};

/** Panels that read the lab's companion store (compare runs in workers). */
export const LAB_PANELS: readonly PanelId[] = ['compare'];
