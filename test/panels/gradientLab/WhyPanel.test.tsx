import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatPlain } from '../../../src/charts';
import { jacobianFactors } from '../../../src/engine';
import { WhyPanel } from '../../../src/panels/gradientLab/WhyPanel';
import { LabProvider } from '../../../src/panels/labControls/LabProvider';
import {
  GateScopeProvider,
  LAB_DEFAULTS,
  LAB_PRESETS,
  createGateScopeStore,
} from '../../../src/store';
import { createLabPool } from '../../../src/workers/labPool';
import { gatePathView } from '../../../src/store/gradientViews';
import { expectedRows, figureNamed, openTable, stubCanvas } from '../../charts/chartTestKit';
import { fakeFactory } from '../../workers/fakeWorker';
import { renderLab } from './renderLab';

const preset = (id: string) => LAB_PRESETS.find((p) => p.id === id)!.settings;

describe('WhyPanel', { timeout: 20_000 }, () => {
  it('for an RNN above the default size, is busy until the worker’s bounds for the run have landed', async () => {
    stubCanvas();
    const { made, factory } = fakeFactory();
    // 60 steps: the bounds (T·H² above the default's) are a worker's, the run still here (the
    // compare view off: its runs would be a worker's too).
    const store = createGateScopeStore({
      ...LAB_DEFAULTS,
      sequence: { kind: 'noise', seqLen: 60 },
    });
    const { container } = render(
      <GateScopeProvider store={store}>
        <LabProvider compareOn={false} makePool={() => createLabPool(1, factory)}>
          <WhyPanel />
        </LabProvider>
      </GateScopeProvider>,
    );
    const panel = container.querySelector('[data-run]')!;
    expect(panel.getAttribute('aria-busy')).toBe('true');
    await waitFor(() => expect(made[0]?.posted).toHaveLength(1));
    act(() => made[0].answer());
    expect(panel.getAttribute('aria-busy')).toBe('false');
    const first = panel.getAttribute('data-run');
    act(() => void store.getState().update({ recurrentScale: 2 }));
    expect(panel.getAttribute('aria-busy')).toBe('true');
    // The new run waits for its bounds: the chart still shows the run whose bounds it has.
    expect(panel.getAttribute('data-run')).toBe(first);
    await waitFor(() => expect(made[0].posted).toHaveLength(1));
    act(() => made[0].answer());
    expect(panel.getAttribute('aria-busy')).toBe('false');
    expect(panel.getAttribute('data-run')).not.toBe(first);
  });

  it('for an RNN at the default size, on screen, has the bounds with the run, in the same render', () => {
    stubCanvas();
    const { made, factory } = fakeFactory();
    const store = createGateScopeStore(LAB_DEFAULTS);
    const { container } = render(
      <GateScopeProvider store={store}>
        <LabProvider makePool={() => createLabPool(1, factory)}>
          <WhyPanel />
        </LabProvider>
      </GateScopeProvider>,
    );
    const panel = container.querySelector('[data-run]')!;
    expect(panel.getAttribute('aria-busy')).toBe('false');
    const first = panel.getAttribute('data-run');
    act(() => void store.getState().update({ recurrentScale: 2 }));
    expect(panel.getAttribute('aria-busy')).toBe('false');
    expect(panel.getAttribute('data-run')).not.toBe(first);
    // No worker was asked; the bound shown is the engine's for this run.
    expect(made.flatMap((w) => w.posted)).toHaveLength(0);
    const { model, trace } = store.getState();
    const bound = jacobianFactors(model, trace, 0, 0);
    const table = openTable(figureNamed('Why it happens: the factor per step back'));
    expect(table.body[30][2]).toBe(formatPlain(bound[30]));
  });

  it('for an RNN: the measured factor per step beside the engine’s Jacobian bound', () => {
    const { store } = renderLab(<WhyPanel />);
    const title = 'Why it happens: the factor per step back';
    expect(screen.getByRole('img', { name: new RegExp(`^${title}`) })).toBeTruthy();
    const { model, trace, grads } = store.getState();
    const h = grads.norms.h;
    const bound = jacobianFactors(model, trace, 0, 0);
    const table = openTable(figureNamed(title));
    expect(table.header).toEqual([
      't',
      'measured ‖∂L/∂h_(t−1)‖ / ‖∂L/∂h_t‖',
      'bound ‖diag(1 − h_t²) W_hh‖',
    ]);
    expect(table.body[7]).toEqual(['7', formatPlain(h[6] / h[7]), formatPlain(bound[7])]);
    expect(screen.getByText(/shrinks all the same\.$/)).toBeTruthy();
  });

  it('for an LSTM: ‖∂L/∂c_t‖ over the forget-gate path, and for a GRU over the update-gate path', async () => {
    const { store } = renderLab(<WhyPanel />, preset('lstm'));
    const title = 'Why it happens: the forget gate along the cell path';
    const { trace, grads } = store.getState();
    const view = gatePathView(trace, grads)!;
    const table = openTable(figureNamed(title));
    expect(table.header).toEqual(['t', '‖∂L/∂c_t‖ (BPTT)', '‖(∏ f) ⊙ ∂L/∂c_49‖ (gate path only)']);
    expect(table.body).toEqual(expectedRows([grads.norms.c!, view.pathNorm]));
    expect(screen.getByText(/^Along the path c_t = f_t ⊙ c_\(t−1\)/)).toBeTruthy();
    act(() => void store.getState().update(preset('gru')));
    // Drawn after the main plot is painted: it catches up a moment later.
    expect(
      await screen.findByRole('figure', {
        name: 'Why it happens: the update gate along the state path',
      }),
    ).toBeTruthy();
  });
});
