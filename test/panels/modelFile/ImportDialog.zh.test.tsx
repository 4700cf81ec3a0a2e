import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LangProvider } from '../../../src/i18n';
import { GateScopeProvider, MAX_IMPORT_BYTES, createGateScopeStore } from '../../../src/store';
import { StepperView } from '../../../src/views/StepperView';
import { fixturePaths } from '../../engine/helpers';
import { stateDict } from '../../engine/interop-builders';
import { englishWords } from '../../support/englishWords';

/** The stepper in Chinese, with the Import model dialog open. */
async function openInChinese() {
  const store = createGateScopeStore();
  render(
    <LangProvider lang="zh">
      <GateScopeProvider store={store}>
        <StepperView />
      </GateScopeProvider>
    </LangProvider>,
  );
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: '导入模型' }));
  const dialog = screen.getByRole('dialog', { name: '导入模型' });
  const paste = async (text: string) => {
    const box = within(dialog).getByLabelText('或粘贴 JSON');
    await user.clear(box);
    await user.click(box);
    await user.paste(text);
    await user.click(within(dialog).getByRole('button', { name: '导入粘贴的 JSON' }));
  };
  return { store, user, dialog, paste, alert: () => within(dialog).getByRole('alert') };
}

describe('the Import model dialog in Chinese', () => {
  it('words the engine’s problem in Chinese, naming the key and the shapes', async () => {
    const { paste, alert } = await openInChinese();
    await paste(JSON.stringify({ ...stateDict(4, 1, 2, 1), bias_hh_l0: [1, 2] }));
    expect(alert().textContent).toBe('无法导入：bias_hh_l0 的形状是 (2)；应为 (8)。');
  });

  it('leaves no English word in any problem a pasted file can have', async () => {
    const { paste, alert } = await openInChinese();
    const lstm = stateDict(4, 1, 2, 1);
    const w = lstm.weight_ih_l0 as unknown[][];
    const bad = [
      'not json',
      '',
      '[1, 2]',
      JSON.stringify({ ...lstm, weight_hh_l0_reverse: [[1]] }),
      JSON.stringify({ ...lstm, weight_ih_l0: [...w.slice(0, 7), 'x'] }),
      JSON.stringify({ params: lstm, inputs: { x: [[[1, 2]]] } }),
      JSON.stringify({ params: lstm, config: { batch_first: true }, inputs: { x: [[[1]]] } }),
      '{"weight_ih_l0": [[NaN]], "weight_hh_l0": [[1]]}',
    ];
    for (const text of bad) {
      if (text === '') continue; // the button is off for empty text
      await paste(text);
      const said = alert().textContent ?? '';
      expect(said, text).toMatch(/^无法导入：/);
      expect(englishWords(said), said).toEqual([]);
    }
  });

  it('comments the Python snippet in Chinese', async () => {
    const { dialog } = await openInChinese();
    const code =
      within(dialog).getByLabelText('写出 weights.json 的 Python 代码').textContent ?? '';
    const comment = code.split('\n')[1].split('#')[1];
    expect(comment.trim()).toBe('或换成你训练好的模块');
    expect(englishWords(comment)).toEqual([]);
  });

  it('a file too large is refused in Chinese, by name', async () => {
    const { user, dialog, alert } = await openInChinese();
    const file = new File(['{}'], 'big.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: MAX_IMPORT_BYTES + 2 ** 20 });
    await user.upload(within(dialog).getByLabelText('选择权重文件'), file);
    expect(alert().textContent).toBe(
      '无法导入：big.json：文件大小为 21.0 MB；最多只能导入 20.0 MB。',
    );
  });

  it('a loaded file’s inputs are announced in Chinese, and its origin is shown in Chinese', async () => {
    const { paste } = await openInChinese();
    const path = fixturePaths('').find((p) => p.includes('lstm_L2_I3_H5_T7_B2'))!;
    await paste(readFileSync(path, 'utf8'));
    const notice = document.querySelector('.input-notice')?.textContent ?? '';
    expect(notice).toBe(
      '输入随模型一起提供（粘贴的 JSON）：7 步，批大小 2，3 个特征，以及它的 h0 和 c0。编辑序列会替换它。',
    );
    expect(englishWords(notice)).toEqual([]);
    expect(document.querySelector('.model-source')?.textContent).toContain('（粘贴的 JSON）');
  });
});
