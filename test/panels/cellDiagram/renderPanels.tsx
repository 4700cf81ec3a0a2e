import { render } from '@testing-library/react';
import { CellDiagram } from '../../../src/panels/cellDiagram/CellDiagram';
import { FormulaPanel } from '../../../src/panels/formula/FormulaPanel';
import { GateScopeProvider, createGateScopeStore, type GateScopeInit } from '../../../src/store';

/**
 * The diagram and the formula panel (or only one of them: jsdom is slow with the diagram's
 * hundreds of SVG nodes) around a store the test can drive and inspect.
 */
export function renderPanels(init: GateScopeInit = {}, only?: 'diagram' | 'formula') {
  const store = createGateScopeStore(init);
  const view = render(
    <GateScopeProvider store={store}>
      {only !== 'formula' && <CellDiagram />}
      {only !== 'diagram' && <FormulaPanel />}
    </GateScopeProvider>,
  );
  return { store, ...view };
}
