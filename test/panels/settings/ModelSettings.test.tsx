import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ModelSettings } from '../../../src/panels/settings/ModelSettings';
import { renderPanel } from '../../support/renderPanel';

describe('ModelSettings', () => {
  it('"Hidden size" through the slider and the box; beyond 64 is refused in place', () => {
    const { store } = renderPanel(<ModelSettings />);
    fireEvent.change(screen.getByRole('slider', { name: 'Hidden size' }), {
      target: { value: '9' },
    });
    expect(store.getState().trace.config.hiddenSize).toBe(9);
    const box = screen.getByRole<HTMLInputElement>('spinbutton', { name: 'Hidden size' });
    expect(box.value).toBe('9');
    fireEvent.change(box, { target: { value: '16' } });
    expect(store.getState().trace.config.hiddenSize).toBe(16);
    const trace = store.getState().trace;
    fireEvent.change(box, { target: { value: '65' } });
    expect(box.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(box.getAttribute('aria-describedby') ?? '');
    expect(message?.textContent).toBe('Enter a whole number from 1 to 64.');
    expect(store.getState().trace).toBe(trace);
  });

  it('layers, bias and seed rerun the model', async () => {
    const user = userEvent.setup();
    const { store } = renderPanel(<ModelSettings />);
    await user.click(screen.getByRole('radio', { name: '3' }));
    expect(store.getState().trace.config.numLayers).toBe(3);
    await user.click(screen.getByRole('checkbox', { name: 'Bias' }));
    expect(store.getState().trace.config.bias).toBe(false);
    expect(store.getState().model.params.bias_ih_l0).toBeUndefined();
    const output = store.getState().trace.output;
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Seed' }), { target: { value: '2' } });
    expect(store.getState().settings.seed).toBe(2);
    expect(store.getState().trace.output).not.toEqual(output);
  });

  it('the layer choice is a labelled group', () => {
    renderPanel(<ModelSettings />);
    expect(screen.getByRole('group', { name: 'Layers' })).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('radio', { name: '1' }).checked).toBe(true);
  });
});
