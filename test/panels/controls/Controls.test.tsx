import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { defaultRun, valuesAt } from '../../support/defaultRun';
import { Controls } from '../../../src/panels/controls/Controls';
import { StepTable } from '../../../src/panels/stepTable/StepTable';
import { renderPanel } from '../../support/renderPanel';
import { rowValues } from '../../support/renderWidget';

/** The controls and the values table they drive (the rest of the view is not needed here). */
const renderWidget = () =>
  renderPanel(
    <>
      <Controls />
      <StepTable />
    </>,
  );

const button = (name: string) => screen.getByRole<HTMLButtonElement>('button', { name });
const status = () => screen.getByRole('status').textContent;

describe('Controls', () => {
  it('disables the backward buttons at the start and the forward ones at the end', () => {
    const { store } = renderWidget();
    expect(button('Step back').disabled).toBe(true);
    expect(button('Previous time step').disabled).toBe(true);
    expect(button('Reset').disabled).toBe(true);
    expect(button('Step forward').disabled).toBe(false);
    act(() => store.getState().toEnd());
    expect(button('Step forward').disabled).toBe(true);
    expect(button('Next time step').disabled).toBe(true);
    expect(button('Step back').disabled).toBe(false);
  });

  it('steps with the buttons and announces where playback stands', async () => {
    const user = userEvent.setup();
    const { store } = renderWidget();
    expect(status()).toBe('LSTM, time step 1 of 12, step 1 of 6: forget gate');
    for (let k = 0; k < 4; k++) await user.click(button('Step forward'));
    expect(status()).toBe('LSTM, time step 1 of 12, step 5 of 6: new cell state');
    await user.click(button('Next time step'));
    await user.click(button('Next time step'));
    expect(status()).toBe('LSTM, time step 3 of 12, step 5 of 6: new cell state');
    await user.click(button('Previous time step'));
    await user.click(button('Step back'));
    expect(store.getState().cursor).toEqual({ t: 1, sub: 3 });
    await user.click(button('Reset'));
    expect(store.getState().cursor).toEqual({ t: 0, sub: 0 });
  });

  it('steps with the keyboard unless a field owns the arrow keys', async () => {
    const user = userEvent.setup();
    const { store } = renderWidget();
    const cursor = () => store.getState().cursor;
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(cursor()).toEqual({ t: 0, sub: 2 });
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    expect(cursor()).toEqual({ t: 1, sub: 2 });
    await user.keyboard('{ArrowLeft}');
    expect(cursor()).toEqual({ t: 1, sub: 1 });
    await user.keyboard('{End}');
    expect(cursor()).toEqual({ t: 11, sub: 5 });
    await user.keyboard('{Home}');
    expect(cursor()).toEqual({ t: 0, sub: 0 });
    screen.getByRole('combobox', { name: 'Cell' }).focus();
    await user.keyboard('{End}');
    expect(cursor()).toEqual({ t: 0, sub: 0 });
  });

  it('the "Time step" slider moves t and keeps the sub-step', () => {
    const { store } = renderWidget();
    act(() => store.getState().stepForward());
    const slider = screen.getByRole<HTMLInputElement>('slider', { name: 'Time step' });
    expect(slider.value).toBe('1');
    fireEvent.change(slider, { target: { value: '8' } });
    expect(store.getState().cursor).toEqual({ t: 7, sub: 1 });
    expect(slider.getAttribute('aria-valuetext')).toBe('8 of 12');
  });

  it('switching the cell shows the new cell’s values', async () => {
    const user = userEvent.setup();
    const { container } = renderWidget();
    await user.click(button('Next time step'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Cell' }), 'GRU');
    expect(status()).toBe('GRU, time step 2 of 12, step 1 of 4: update gate');
    expect(rowValues(container, 'z')).toEqual(valuesAt(defaultRun('gru'), 'z', 1));
    expect(container.querySelector('tr[data-quantity="c_prev"]')).toBeNull();
  });
});
