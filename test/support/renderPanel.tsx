import { render } from '@testing-library/react';
import { useRef, type ReactNode } from 'react';
import { useStepper } from '../../src/panels/controls/useStepper';
import {
  GateScopeProvider,
  createGateScopeStore,
  useGateScopeStore,
  type GateScopeInit,
} from '../../src/store';

/** A widget root with the stepper's keys, playback timer and touch, around one panel. */
function Stepper({ children }: { children: ReactNode }) {
  const root = useRef<HTMLDivElement>(null);
  useStepper(useGateScopeStore(), root);
  return (
    <div className="workbench" ref={root}>
      {children}
    </div>
  );
}

/** Renders one panel (not the whole view) around a store the test can drive and inspect. */
export function renderPanel(panel: ReactNode, init: GateScopeInit = {}) {
  const store = createGateScopeStore(init);
  const view = render(
    <GateScopeProvider store={store}>
      <Stepper>{panel}</Stepper>
    </GateScopeProvider>,
  );
  return { store, ...view };
}
