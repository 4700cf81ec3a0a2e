import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TEXT_PRESETS } from '../../../src/store';
import { SequenceEditor } from '../../../src/panels/sequenceEditor/SequenceEditor';
import { ModelSettings } from '../../../src/panels/settings/ModelSettings';
import { renderPanel } from '../../support/renderPanel';

const field = (name: string) => screen.getByRole<HTMLTextAreaElement>('textbox', { name });
/** The text of the elements that describe a field (its message first when it is invalid). */
const description = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' | ');

describe('SequenceEditor', () => {
  it('an invalid list is marked in place and the last valid sequence keeps running', () => {
    const { store, container } = renderPanel(<SequenceEditor />);
    const { trace, settings } = store.getState();
    const values = field('Values');
    fireEvent.change(values, { target: { value: '1, two, 3' } });
    expect(values.getAttribute('aria-invalid')).toBe('true');
    expect(description(values)).toMatch(/^“two” \(entry 2\) is not a number\. \| One number/);
    expect(container.querySelector('.marked-backdrop mark')?.textContent).toBe('two');
    expect(store.getState().trace).toBe(trace);
    expect(store.getState().settings.sequence).toBe(settings.sequence);
    expect(values.value).toBe('1, two, 3');
  });

  it('a valid list runs at once, and the typed text stays as typed', () => {
    const { store } = renderPanel(<SequenceEditor />);
    const values = field('Values');
    fireEvent.change(values, { target: { value: '1 2  3' } });
    expect(values.getAttribute('aria-invalid')).toBe('false');
    expect(store.getState().settings.sequence).toEqual({ kind: 'numbers', values: [1, 2, 3] });
    expect(store.getState().trace.seqLen).toBe(3);
    expect(values.value).toBe('1 2  3');
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Preset' }).value).toBe(
      'numbers',
    );
  });

  it('an empty list and an over-long text say why', () => {
    const { store } = renderPanel(<SequenceEditor />);
    fireEvent.change(field('Values'), { target: { value: ' ' } });
    expect(description(field('Values'))).toMatch(/^The list is empty/);
    fireEvent.change(screen.getByRole('combobox', { name: 'Preset' }), { target: { value: 'en' } });
    const trace = store.getState().trace;
    fireEvent.change(field('Text'), { target: { value: 'x'.repeat(501) } });
    expect(description(field('Text'))).toMatch(/^The sequence has 501 steps; at most 500/);
    expect(store.getState().trace).toBe(trace);
  });

  it('presets change the input: Chinese text runs one-hot, 但是 among its tokens', async () => {
    const user = userEvent.setup();
    const { store } = renderPanel(<SequenceEditor />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Preset' }), 'zh');
    const { sequence, trace } = store.getState();
    expect(sequence.tokens.join('')).toBe(TEXT_PRESETS.zh);
    expect(sequence.tokens).toContain('但');
    expect(trace.config.inputSize).toBe(sequence.vocabulary?.length);
    expect(field('Text').value).toBe(TEXT_PRESETS.zh);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Preset' }), 'square');
    expect(store.getState().settings.sequence).toEqual({
      kind: 'square',
      seqLen: Array.from(TEXT_PRESETS.zh).length,
    });
    expect(field('Values').value.startsWith('1, 1, 1, 1, -1')).toBe(true);
  });

  it('"Sequence length" sets a wave’s length; out of 1 … 200 is refused in place', () => {
    const { store } = renderPanel(<SequenceEditor />);
    fireEvent.change(screen.getByRole('slider', { name: 'Sequence length' }), {
      target: { value: '30' },
    });
    expect(store.getState().trace.seqLen).toBe(30);
    const box = screen.getByRole('spinbutton', { name: 'Sequence length' });
    fireEvent.change(box, { target: { value: '250' } });
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(description(box)).toBe('Enter a whole number from 1 to 200.');
    expect(store.getState().trace.seqLen).toBe(30);
  });

  it('noise follows the seed', () => {
    const { store } = renderPanel(
      <>
        <SequenceEditor />
        <ModelSettings />
      </>,
      { sequence: { kind: 'noise', seqLen: 4 } },
    );
    const before = field('Values').value;
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Seed' }), { target: { value: '7' } });
    expect(store.getState().settings.seed).toBe(7);
    expect(field('Values').value).not.toBe(before);
  });
});
