import { useRef } from 'react';
import { LabProvider } from '../panels/labControls/LabProvider';
import { useStepper } from '../panels/controls/useStepper';
import { useGateScopeStore } from '../store';
import type { PanelId } from '../store/url';
import { LAB_PANELS, PANEL_SLOTS } from './panelSlots';

/**
 * The embed view (`embed=1`): only the chosen panels, one under the other, filling the frame,
 * on the widget's own store. Keys, touch and playback work as in the stepper.
 */
export function EmbedView({ panels }: { panels: readonly PanelId[] }) {
  const root = useRef<HTMLDivElement>(null);
  useStepper(useGateScopeStore(), root);
  const slots = (
    <div className="embed-panels" ref={root}>
      {panels.map((id) => {
        const Slot = PANEL_SLOTS[id];
        return <Slot key={id} />;
      })}
    </div>
  );
  return panels.some((p) => LAB_PANELS.includes(p)) ? <LabProvider>{slots}</LabProvider> : slots;
}
