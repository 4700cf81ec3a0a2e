import { useRef } from 'react';
import { useGateScopeStore } from '../store';
import type { PanelId } from '../store/url';
import { useStepper } from '../panels/controls/useStepper';
import { useFirstScreenPainted } from './firstScreen';
import { PANEL_SLOTS } from './panelSlots';

const Slot = ({ id, hidden }: { id: PanelId; hidden: readonly PanelId[] }) => {
  const Panel = PANEL_SLOTS[id];
  return hidden.includes(id) ? null : <Panel />;
};

/**
 * The cell stepper: controls, the cell diagram with its formula, the timeline, the sequence
 * editor and the numbers of the current step. Each panel is a slot filled by its own folder;
 * `hidden` (the URL's `hide=`) leaves some out.
 */
export function StepperView({ hidden = [] }: { hidden?: readonly PanelId[] }) {
  const root = useRef<HTMLDivElement>(null);
  useStepper(useGateScopeStore(), root);
  // The heatmaps and state plots below the step table cost as much to render as everything above
  // them: they follow once the first screen has been painted.
  const painted = useFirstScreenPainted();
  return (
    <div className="workbench" ref={root}>
      <Slot id="controls" hidden={hidden} />
      <Slot id="timeline" hidden={hidden} />
      <div className="stage">
        <Slot id="diagram" hidden={hidden} />
        <Slot id="formula" hidden={hidden} />
      </div>
      <div className="workbench-setup">
        <Slot id="editor" hidden={hidden} />
        <Slot id="settings" hidden={hidden} />
      </div>
      <Slot id="table" hidden={hidden} />
      {painted && <Slot id="gates" hidden={hidden} />}
      {painted && <Slot id="states" hidden={hidden} />}
    </div>
  );
}
