import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { LangProvider } from '../../src/i18n';
import { GateScopeProvider, createGateScopeStore, type GateScopeInit } from '../../src/store';

/** Renders one panel in Chinese around a store the test can drive and inspect. */
export function renderZh(panel: ReactNode, init: GateScopeInit = {}) {
  const store = createGateScopeStore(init);
  const view = render(
    <GateScopeProvider store={store}>
      <LangProvider lang="zh">{panel}</LangProvider>
    </GateScopeProvider>,
  );
  return { store, ...view };
}
