import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CompareChart } from '../../../src/panels/compare/CompareChart';
import { CompareHeatmaps } from '../../../src/panels/compare/CompareHeatmaps';
import { LabControls } from '../../../src/panels/labControls/LabControls';
import { deriveRun } from '../../../src/store';
import { CELL_STYLES } from '../../../src/theme';
import { expectedRows, figureNamed, openTable } from '../../charts/chartTestKit';
import { labSettings, renderLab } from '../gradientLab/renderLab';

const TITLE = 'RNN, LSTM and GRU: gradient norm per time step';

describe('the compare view', { timeout: 20_000 }, () => {
  it('overlays the three cells’ gradient norms of the same settings, each its own colour and dash', async () => {
    const { container } = renderLab(<CompareChart />);
    await screen.findByRole('figure', { name: TITLE });
    const runs = (['rnn', 'lstm', 'gru'] as const).map((cell) => deriveRun(labSettings({ cell })));
    const table = openTable(figureNamed(TITLE));
    expect(table.header).toEqual(['t', 'RNN ‖∂L/∂h_t‖', 'LSTM ‖∂L/∂c_t‖', 'GRU ‖∂L/∂h_t‖']);
    expect(table.body).toEqual(
      expectedRows([runs[0].grads.norms.h, runs[1].grads.norms.c!, runs[2].grads.norms.h]),
    );
    const strokes = Array.from(container.querySelectorAll('.chart-series'), (g) => [
      g.getAttribute('stroke'),
      g.querySelector('path')?.getAttribute('stroke-dasharray') ?? '',
    ]);
    expect(strokes).toEqual(
      (['rnn', 'lstm', 'gru'] as const).map((c) => [CELL_STYLES[c].colour, CELL_STYLES[c].dash]),
    );
    expect(screen.getByText(/^RNN: the gradient reaching t = 0 is/)).toBeTruthy();
  });

  it('shows the three "Hidden state" heatmaps on one time cursor', async () => {
    const { store } = renderLab(<CompareHeatmaps />);
    for (const name of ['RNN', 'LSTM', 'GRU']) {
      expect(
        await screen.findByRole('img', {
          name: new RegExp(`^Hidden state: ${name}: 64 units × 50`),
        }),
      ).toBeTruthy();
    }
    act(() => store.getState().setTimeStep(7));
    expect(screen.getAllByText('t = 7').length).toBeGreaterThanOrEqual(3);
  });

  it('is hidden and shown by the lab’s toggle', async () => {
    renderLab(
      <>
        <LabControls />
        <CompareChart />
      </>,
    );
    const toggle = screen.getByRole('checkbox', { name: 'Compare RNN, LSTM and GRU' });
    await screen.findByRole('figure', { name: TITLE });
    fireEvent.click(toggle);
    expect(screen.queryByRole('figure', { name: TITLE })).toBeNull();
    fireEvent.click(toggle);
    expect(await screen.findByRole('figure', { name: TITLE })).toBeTruthy();
  });
});
