import { useRef } from 'react';
import { useGateScopeStore } from '../store';
import { Controls } from './controls/Controls';
import { useStepperKeys } from './controls/useStepperKeys';
import { StepTable } from './stepTable/StepTable';

/** One widget's panels, laid out together, with the playback shortcuts bound to it. */
export function Workbench() {
  const root = useRef<HTMLDivElement>(null);
  useStepperKeys(useGateScopeStore(), root);
  return (
    <div className="workbench" ref={root}>
      <Controls />
      <StepTable />
    </div>
  );
}
