import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { spectralNorm } from '../../../src/engine';
import { LabControls } from '../../../src/panels/labControls/LabControls';
import { Presets } from '../../../src/panels/labControls/Presets';
import { LAB_PRESETS, LAB_RECURRENT_SCALE } from '../../../src/store';
import { renderLab } from '../gradientLab/renderLab';

const slider = (name: string | RegExp) => screen.getByRole<HTMLInputElement>('slider', { name });

describe('LabControls', { timeout: 20_000 }, () => {
  it('has the sliders DESIGN.md names, each bound to its setting', () => {
    renderLab(<LabControls />);
    expect(slider('Weight scale').value).toBe('1');
    const r = slider('Recurrent weight scale');
    expect([r.min, r.max, r.step]).toEqual(
      [LAB_RECURRENT_SCALE.min, LAB_RECURRENT_SCALE.max, LAB_RECURRENT_SCALE.step].map(String),
    );
    expect(slider('Hidden size').value).toBe('64');
    expect(slider('Sequence length').value).toBe('50');
    expect(slider('Input amplitude').value).toBe('1');
    expect(slider('Forget gate bias').disabled).toBe(true); // a plain RNN has no gate
    expect(screen.getByRole('combobox', { name: 'Cell' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Init' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Loss' })).toBeTruthy();
    expect(screen.getByRole('spinbutton', { name: 'Seed' })).toBeTruthy();
  });

  // Keyboard steps on a range input are the browser's: test/e2e/lab.spec.ts drives them.
  it('reruns the model on every input event of a slider', () => {
    const { store } = renderLab(<LabControls />);
    const before = store.getState().trace;
    fireEvent.change(slider('Recurrent weight scale'), { target: { value: '2.5' } });
    expect(store.getState().settings.recurrentScale).toBe(2.5);
    expect(store.getState().trace).not.toBe(before);
    fireEvent.change(slider('Hidden size'), { target: { value: '62' } });
    expect(store.getState().trace.config.hiddenSize).toBe(62);
    fireEvent.change(slider('Sequence length'), { target: { value: '80' } });
    expect(store.getState().trace.seqLen).toBe(80);
    expect(store.getState().settings.sequence).toEqual({ kind: 'noise', seqLen: 80 });
  });

  it('names the gate bias "Forget gate bias" for the LSTM and shows "Update gate bias" for the GRU', () => {
    const { store } = renderLab(<LabControls />, { cell: 'lstm' });
    expect(slider('Forget gate bias').disabled).toBe(false);
    act(() => void store.getState().update({ cell: 'gru' }));
    const gru = slider('Forget gate bias (GRU: update gate bias)');
    expect(screen.getByText('Update gate bias')).toBeTruthy();
    fireEvent.change(gru, { target: { value: '3' } });
    expect(store.getState().settings.gateBias).toBe(3);
  });

  it('shows σ_max(W_hh) of the current model', () => {
    const { store } = renderLab(<LabControls />);
    const W = store.getState().model.params.weight_hh_l0;
    const sigma = spectralNorm(W, 64, 64);
    expect(document.querySelector('.lab-sigma strong')?.textContent).toBe(
      String(Number(sigma.toPrecision(3))),
    );
  });

  it('a preset button sets the preset’s settings in one click', () => {
    const { store } = renderLab(<Presets />);
    for (const p of LAB_PRESETS) {
      fireEvent.click(screen.getByRole('button', { name: p.title }));
      expect(store.getState().settings).toMatchObject(p.settings);
      expect(
        screen.getByRole('button', { name: p.title }).getAttribute('aria-describedby'),
      ).toBeTruthy();
    }
  });

  it('with a loaded model, turns off what the model fixes and offers generated weights back', () => {
    const { store } = renderLab(<LabControls />);
    const model = structuredClone(store.getState().model);
    act(() => {
      expect(
        store
          .getState()
          .loadModel({ model, from: 'training', origin: { kind: 'training', update: 40 } }),
      ).toBeNull();
    });
    expect(
      screen.getByText(/^Showing the model from the training lab, update 40, as it is/),
    ).toBeTruthy();
    for (const name of ['Recurrent weight scale', 'Weight scale', 'Hidden size'])
      expect(slider(name).matches(':disabled'), name).toBe(true);
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Cell' }).disabled).toBe(true);
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Loss' }).disabled).toBe(false);
    expect(slider('Sequence length').disabled).toBe(false);
    expect(screen.getByRole<HTMLInputElement>('checkbox').disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Use generated weights' }));
    expect(store.getState().loaded).toBeNull();
    expect(slider('Recurrent weight scale').matches(':disabled')).toBe(false);
    expect(screen.queryByText(/^Showing the model from/)).toBeNull();
  });
});
