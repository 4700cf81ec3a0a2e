import { useRef } from 'react';
import { useGateScopeStore } from '../store';
import { CellDiagram } from '../panels/cellDiagram/CellDiagram';
import { Controls } from '../panels/controls/Controls';
import { FormulaPanel } from '../panels/formula/FormulaPanel';
import { GateHeatmaps } from '../panels/heatmaps/GateHeatmaps';
import { useStepper } from '../panels/controls/useStepper';
import { StatePlots } from '../panels/statePlots/StatePlots';
import { SequenceEditor } from '../panels/sequenceEditor/SequenceEditor';
import { ModelSettings } from '../panels/settings/ModelSettings';
import { StepTable } from '../panels/stepTable/StepTable';
import { Timeline } from '../panels/timeline/Timeline';

/**
 * The cell stepper: controls, the cell diagram with its formula, the timeline, the sequence
 * editor and the numbers of the current step. Each panel is a slot filled by its own folder.
 */
export function StepperView() {
  const root = useRef<HTMLDivElement>(null);
  useStepper(useGateScopeStore(), root);
  return (
    <div className="workbench" ref={root}>
      <Controls />
      <Timeline />
      <div className="stage">
        <CellDiagram />
        <FormulaPanel />
      </div>
      <div className="workbench-setup">
        <SequenceEditor />
        <ModelSettings />
      </div>
      <StepTable />
      <GateHeatmaps />
      <StatePlots />
    </div>
  );
}
