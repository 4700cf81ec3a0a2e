import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import {
  DEFAULT_SETTINGS,
  GateScopeProvider,
  LAB_DEFAULTS,
  createGateScopeStore,
  type Settings,
} from '../../../src/store';
import { LabProvider } from '../../../src/panels/labControls/LabProvider';
import { syncPool } from '../../../src/workers/labPool';
import { stubCanvas } from '../../charts/chartTestKit';

/** The lab's settings with a change, complete. */
export const labSettings = (change: Partial<Settings> = {}): Settings => ({
  ...DEFAULT_SETTINGS,
  ...LAB_DEFAULTS,
  ...change,
});

/**
 * Renders lab panels around a store the test can drive, with the lab's companion store
 * computed synchronously (no workers in jsdom).
 */
export function renderLab(ui: ReactNode, change: Partial<Settings> = {}) {
  stubCanvas();
  const store = createGateScopeStore({ ...LAB_DEFAULTS, ...change });
  const view = render(
    <GateScopeProvider store={store}>
      <LabProvider makePool={syncPool}>{ui}</LabProvider>
    </GateScopeProvider>,
  );
  return { store, ...view };
}
