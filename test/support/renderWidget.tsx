import { render } from '@testing-library/react';
import { StepperView } from '../../src/views/StepperView';
import { GateScopeProvider, createGateScopeStore, type GateScopeInit } from '../../src/store';

/** Renders one widget around a store the test can drive and inspect. */
export function renderWidget(init: GateScopeInit = {}) {
  const store = createGateScopeStore(init);
  const view = render(
    <GateScopeProvider store={store}>
      <StepperView />
    </GateScopeProvider>,
  );
  return { store, ...view };
}

/** The full-precision numbers a table row shows, read from the cells' title attributes. */
export function rowValues(container: HTMLElement, quantity: string): (number | null)[] {
  const row = container.querySelector(`tr[data-quantity="${quantity}"]`);
  if (!row) throw new Error(`no row for ${quantity}`);
  return Array.from(row.querySelectorAll('td'))
    .filter((td) => !td.classList.contains('empty'))
    .map((td) => (td.title ? Number(td.title) : null));
}
