import { useRef } from 'react';
import { useGateScopeStore } from '../store';
import { Controls } from '../panels/controls/Controls';
import { useStepperKeys } from '../panels/controls/useStepperKeys';
import { StepTable } from '../panels/stepTable/StepTable';

/**
 * The cell stepper: controls, the cell diagram with its formula, the timeline, the sequence
 * editor and the numbers of the current step. Each panel is a slot filled by its own folder.
 */
export function StepperView() {
  const root = useRef<HTMLDivElement>(null);
  useStepperKeys(useGateScopeStore(), root);
  return (
    <div className="workbench" ref={root}>
      <Controls />
      <StepTable />
    </div>
  );
}
