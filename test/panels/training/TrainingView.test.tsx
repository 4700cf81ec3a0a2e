import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseWeightsJson } from '../../../src/engine';
import { TRAINING_PRESETS } from '../../../src/store/training';
import { stubCanvas } from '../../charts/chartTestKit';
import { renderTraining } from './renderTraining';

const button = (name: string) => screen.getByRole('button', { name });
const status = () => screen.getByRole('status');
const figures = () => document.querySelector('.training-figures')?.textContent ?? '';

describe('TrainingView', () => {
  beforeEach(stubCanvas);
  afterEach(() => vi.restoreAllMocks());

  it('has the controls DESIGN.md names, each task described, and the model at update 0', () => {
    const { fake } = renderTraining();
    const task = screen.getByRole('combobox', { name: 'Task' });
    expect(within(task).getByRole('option', { name: 'Remember the first value' })).toBeTruthy();
    expect((task as HTMLSelectElement).value).toBe('remember');
    expect(task.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText(/A sign ±1 comes at t = 0/)).toBeTruthy();
    for (const name of ['Train', 'Train one step', 'Reset training', 'Export model']) {
      expect(button(name).hasAttribute('disabled'), name).toBe(false);
    }
    expect(button('Pause').hasAttribute('disabled')).toBe(true);
    expect(screen.getByText(/^Accuracy \d+\.\d%$/)).toBeTruthy();
    expect(figures()).toContain('Update 0');
    expect(fake.requests.map((r) => r.type)).toEqual(['configure']);
    for (const title of ['Loss', 'Gradient norm', 'Accuracy', 'Updates per second']) {
      expect(screen.getByRole('img', { name: new RegExp(`^${title}: `) })).toBeTruthy();
    }
    expect(
      screen.getByRole('img', { name: /^Forget gate f on the probe sequence: / }),
    ).toBeTruthy();
  });

  it('Train starts the worker; progress, the loss chart and the accuracy follow; Pause stops it', () => {
    const { fake } = renderTraining();
    fireEvent.click(button('Train'));
    expect(fake.requests.at(-1)).toEqual({ type: 'train', run: fake.requests[0].run });
    expect(button('Pause').hasAttribute('disabled')).toBe(false);
    expect(button('Train').hasAttribute('disabled')).toBe(true);
    act(() => fake.runSlices(4));
    const updates = Number(/Update (\d+)/.exec(figures())?.[1]);
    expect(updates).toBeGreaterThan(4);
    expect(
      screen.getByRole('img', { name: /^Loss: training loss from [\d.]+ at update 1 to/ }),
    ).toBeTruthy();
    fireEvent.click(button('Pause'));
    expect(status().textContent).toBe(`Paused after update ${updates}.`);
    expect(button('Train').hasAttribute('disabled')).toBe(false);
  });

  it('Train one step does one update and stays paused', () => {
    const { fake } = renderTraining();
    fireEvent.click(button('Train one step'));
    expect(fake.requests.at(-1)?.type).toBe('step');
    expect(figures()).toContain('Update 1');
    expect(status().textContent).toBe('Paused after update 1.');
  });

  it('Reset training and a new setting start a new run from update 0', async () => {
    const { fake, store } = renderTraining();
    fireEvent.click(button('Train one step'));
    fireEvent.click(button('Reset training'));
    expect(fake.requests.at(-1)).toEqual({ type: 'reset', run: store.getState().run });
    expect(figures()).toContain('Update 0');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Task' }), 'Adding problem');
    const last = fake.requests.at(-1);
    expect(last?.type === 'configure' && last.config.task).toBe('adding');
    expect(screen.getByText(/Hochreiter & Schmidhuber 1997/)).toBeTruthy();
  });

  it('a preset sets every setting at once and shows as pressed', () => {
    const { fake } = renderTraining();
    const clipped = TRAINING_PRESETS.find((p) => p.id === 'rnn-clipped')!;
    fireEvent.click(button(clipped.title));
    const last = fake.requests.at(-1);
    expect(last?.type === 'configure' && last.config).toMatchObject({
      cell: 'rnn',
      clip: 1,
      recurrentScale: 3,
      optimizer: { kind: 'sgd', lr: 0.1, momentum: 0 },
    });
    expect(button(clipped.title).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText(/95% at update 50 on seed 1/)).toBeTruthy();
    expect(screen.getByRole('slider', { name: 'Recurrent weight scale' })).toBeTruthy();
    expect(
      (screen.getByRole('spinbutton', { name: 'Learning rate' }) as HTMLInputElement).value,
    ).toBe('0.1');
  });

  it('refuses an invalid learning rate in place and keeps the run', async () => {
    const { fake } = renderTraining();
    const lr = screen.getByRole('spinbutton', { name: 'Learning rate' });
    await userEvent.clear(lr);
    await userEvent.type(lr, '0');
    expect(lr.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/Enter a number from 0.000001 to 1000000/)).toBeTruthy();
    expect(fake.requests.filter((r) => r.type === 'configure')).toHaveLength(1);
  });

  it('shows a divergence: an alert with what to try, training stopped, export still possible', () => {
    const { fake, store } = renderTraining();
    fireEvent.click(button('Train'));
    act(() =>
      fake.emit({
        type: 'diverged',
        run: store.getState().run,
        divergence: { at: 13, reason: 'the loss became Infinity', kept: 10 },
      }),
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Training diverged at update 13: the loss became Infinity');
    expect(alert.textContent).toContain('checkpoint (update 10) stays loaded');
    expect(alert.textContent).toMatch(/gradient clipping .* smaller learning rate/);
    expect(button('Train').hasAttribute('disabled')).toBe(true);
    expect(button('Train one step').hasAttribute('disabled')).toBe(true);
    expect(button('Export model').hasAttribute('disabled')).toBe(false);
    fireEvent.click(button('Reset training'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('ignores events of an earlier run', () => {
    const { fake, store } = renderTraining();
    const old = store.getState().run;
    fireEvent.click(button('Reset training'));
    act(() =>
      fake.emit({ type: 'diverged', run: old, divergence: { at: 1, reason: 'x', kept: 0 } }),
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('Export model downloads weights JSON that parseWeightsJson reads, with the readout keys', async () => {
    let saved: Blob | null = null;
    URL.createObjectURL = vi.fn((b: Blob) => ((saved = b), 'blob:model'));
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderTraining();
    fireEvent.click(button('Train one step'));
    fireEvent.click(button('Export model'));
    expect(click).toHaveBeenCalled();
    const text = await (saved as unknown as Blob).text();
    const parsed = parseWeightsJson(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.file.model.config).toMatchObject({ cell: 'lstm', hiddenSize: 4 });
    const json = JSON.parse(text);
    expect(json['readout.weight']).toHaveLength(2);
    expect(json['readout.weight'][0]).toHaveLength(4);
    expect(json['readout.bias']).toHaveLength(2);
    expect(json.training).toMatchObject({ task: 'remember', updates: 1, optimizer: 'adam' });
  });

  it('the checkpoint slider shows the probe run at an earlier checkpoint', () => {
    const { fake } = renderTraining();
    fireEvent.click(button('Train'));
    act(() => fake.runSlices(6));
    fireEvent.click(button('Pause'));
    const slider = screen.getByRole('slider', { name: 'Checkpoint' });
    expect(slider.getAttribute('aria-valuetext')).toMatch(/^update [1-9]\d*, held-out accuracy/);
    fireEvent.change(slider, { target: { value: '0' } });
    expect(slider.getAttribute('aria-valuetext')).toMatch(/^update 0, held-out accuracy/);
    expect(
      screen.getByText(/^At update 0: mean forget gate f = 0\.\d{3} on the probe/),
    ).toBeTruthy();
  });
});
