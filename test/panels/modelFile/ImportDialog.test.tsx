import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRng, initModel, writeStateDict } from '../../../src/engine';
import { pythonSnippet } from '../../../src/panels/modelFile/ImportDialog';
import { MAX_IMPORT_BYTES } from '../../../src/store';
import { fixturePaths } from '../../engine/helpers';
import { renderWidget } from '../../support/renderWidget';

/** A bare state_dict of a 2-layer GRU with hidden size 5, as PyTorch's json.dump writes it. */
function gruFile(): string {
  const config = { cell: 'gru', inputSize: 1, hiddenSize: 5, numLayers: 2, bias: true } as const;
  const sd = writeStateDict(initModel(config, createRng(3)));
  const prefixed = Object.fromEntries(Object.entries(sd).map(([k, v]) => [`gru.${k}`, v]));
  return JSON.stringify(prefixed);
}

const dialog = () => screen.getByRole('dialog', { name: 'Import model' });
/** The dialog element, found also while closed (when it has no role in the tree). */
const dialogElement = () => document.querySelector('dialog.import-dialog') as HTMLDialogElement;
const cellChoice = () => screen.getByRole('combobox', { name: 'Cell' }) as HTMLSelectElement;
const hiddenBox = () => screen.getByRole('spinbutton', { name: 'Hidden size' }) as HTMLInputElement;

async function openDialog() {
  const user = userEvent.setup();
  const opener = screen.getByRole('button', { name: 'Import model' });
  await user.click(opener);
  return { user, opener };
}

async function paste(user: ReturnType<typeof userEvent.setup>, text: string) {
  const box = within(dialog()).getByLabelText('Or paste the JSON');
  await user.click(box);
  await user.paste(text);
  await user.click(within(dialog()).getByRole('button', { name: 'Import pasted JSON' }));
}

describe('the Import model dialog', () => {
  it('opens with a title, the three lines of Python, a file chooser and a paste box', async () => {
    renderWidget();
    await openDialog();
    const d = dialog();
    expect(d.hasAttribute('open')).toBe(true);
    expect(d.querySelector('pre')?.textContent).toContain(
      "json.dump({k: v.tolist() for k, v in lstm.state_dict().items()}, open('weights.json', 'w'))",
    );
    const chooser = within(d).getByLabelText('Choose a weights file');
    expect(chooser.getAttribute('type')).toBe('file');
    expect(document.activeElement).toBe(chooser);
  });

  it('pasted valid JSON loads the model: the stepper shows its cell and hidden size, fixed', async () => {
    const { store } = renderWidget();
    const { user, opener } = await openDialog();
    await paste(user, gruFile());
    expect(dialogElement().hasAttribute('open')).toBe(false);
    expect(document.activeElement).toBe(opener);
    expect(cellChoice().value).toBe('gru');
    expect(cellChoice().disabled).toBe(true);
    expect(hiddenBox().value).toBe('5');
    expect(hiddenBox().disabled).toBe(true);
    expect(screen.getByRole('img', { name: /^GRU cell, layer 1 of 2/ })).toBeTruthy();
    expect(screen.getByText(/Cell, hidden size, layers and bias are the model’s/)).toBeTruthy();
    expect(store.getState().loaded?.origin).toEqual({ kind: 'pasted' });
    expect(screen.getByText(/\(pasted JSON\)/)).toBeTruthy();
  });

  it('pasted invalid JSON shows, as text, the engine’s message naming the key; nothing changes', async () => {
    const { store } = renderWidget();
    const before = store.getState();
    const { user } = await openDialog();
    const bad = JSON.parse(gruFile());
    bad['gru.bias_hh_l1'] = [1, 2, 3];
    bad['gru.weight_ih_l0'][0][0] = '<img src=x onerror=alert(1)>';
    await paste(user, JSON.stringify(bad));
    const alert = within(dialog()).getByRole('alert');
    expect(alert.textContent).toMatch(/^gru\.weight_ih_l0\[0\]\[0\] is "<img src=x/);
    expect(alert.querySelector('img')).toBeNull();
    expect(dialog().hasAttribute('open')).toBe(true);
    expect(store.getState().settings).toBe(before.settings);
    expect(store.getState().model).toBe(before.model);
    expect(cellChoice().value).toBe('lstm');
  });

  it('Escape closes it and focus returns to the Import model button', async () => {
    renderWidget();
    const { user, opener } = await openDialog();
    await user.keyboard('{Escape}');
    expect(dialogElement().hasAttribute('open')).toBe(false);
    expect(document.activeElement).toBe(opener);
  });

  it('a file from the chooser loads, with its inputs; "Use generated weights" goes back', async () => {
    const { store } = renderWidget();
    const { user } = await openDialog();
    const path = fixturePaths('').find((p) => p.includes('rnn_tanh_L1_I3_H4_T5_B2'))!;
    const file = new File([readFileSync(path, 'utf8')], 'rnn.json', { type: 'application/json' });
    await user.upload(within(dialog()).getByLabelText('Choose a weights file'), file);
    await waitFor(() => expect(cellChoice().value).toBe('rnn'));
    expect(hiddenBox().value).toBe('4');
    expect(document.querySelector('.input-notice')?.textContent).toMatch(
      /The input comes with the model \(rnn\.json\): 5 steps, batch 2, 3 features/,
    );
    await user.click(screen.getByRole('button', { name: 'Use generated weights' }));
    expect(store.getState().loaded).toBeNull();
    expect(cellChoice().disabled).toBe(false);
    expect(screen.queryByRole('button', { name: 'Use generated weights' })).toBeNull();
  });

  it('a file dropped on the drop zone loads', async () => {
    renderWidget();
    await openDialog();
    const zone = within(dialog()).getByText('or drop it here').parentElement as HTMLElement;
    const file = new File([gruFile()], 'dropped.json', { type: 'application/json' });
    fireEvent.dragOver(zone, { dataTransfer: { files: [file] } });
    expect(zone.classList.contains('dragging')).toBe(true);
    fireEvent.drop(zone, { dataTransfer: { files: [file] } });
    await waitFor(() => expect(cellChoice().value).toBe('gru'));
    expect(screen.getByText(/\(dropped\.json\)/)).toBeTruthy();
  });

  it('a file over 20 MB is refused before it is read', async () => {
    const { store } = renderWidget();
    const before = store.getState().model;
    await openDialog();
    const file = new File(['{}'], 'huge.json');
    Object.defineProperty(file, 'size', { value: MAX_IMPORT_BYTES + 1 });
    fireEvent.change(within(dialog()).getByLabelText('Choose a weights file'), {
      target: { files: [file] },
    });
    expect(within(dialog()).getByRole('alert').textContent).toMatch(
      /^huge\.json: The file is 20\.0 MB; at most 20\.0 MB can be imported\.$/,
    );
    expect(store.getState().model).toBe(before);
  });
});

describe('the Python snippet', () => {
  it('is the README’s, imports what it uses, and reads as Python', () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    const block = /```python\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(pythonSnippet('en')).toBe(block);
    const [imports, ...rest] = pythonSnippet('en').split('\n');
    // Every module the other lines call (json.…, torch.…) is imported on the first line.
    const used = new Set(rest.join('\n').match(/\b(json|torch)(?=\.)/g));
    expect(imports).toBe(`import ${[...used].sort().join(', ')}`);
  });
});
