import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { LangProvider, type Lang } from '../../../src/i18n';
import { Controls } from '../../../src/panels/controls/Controls';
import { GateScopeProvider, createGateScopeStore } from '../../../src/store';
import { renderPanel } from '../../support/renderPanel';

describe('the controls in Chinese', () => {
  it('name the transport, fields and status in Chinese with the standard terms', () => {
    renderPanel(
      <LangProvider lang="zh">
        <Controls />
      </LangProvider>,
    );
    const playback = screen.getByRole('group', { name: '播放' });
    for (const name of ['重置', '上一个时间步', '后退一步', '播放', '前进一步', '下一个时间步']) {
      expect(within(playback).getByRole('button', { name })).toBeTruthy();
    }
    expect(screen.getByRole('combobox', { name: '单元类型' })).toBeTruthy();
    expect(screen.getByRole('slider', { name: '时间步' }).getAttribute('aria-valuetext')).toBe(
      '第 1 个，共 12 个',
    );
    expect(screen.getByRole('status').textContent).toBe(
      'LSTM，第 1 个时间步（共 12 个），第 1 步（共 6 步）：遗忘门',
    );
    const steps = within(screen.getByRole('list', { name: '一个时间步的子步骤' }));
    expect(steps.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '1 遗忘门',
      '2 输入门',
      '3 候选值',
      '4 输出门',
      '5 新的细胞状态',
      '6 新的隐藏状态',
    ]);
  });

  it('GRU sub-steps use 更新门, 重置门 and 候选隐藏状态', () => {
    renderPanel(
      <LangProvider lang="zh">
        <Controls />
      </LangProvider>,
      { cell: 'gru' },
    );
    const steps = within(screen.getByRole('list', { name: '一个时间步的子步骤' }));
    expect(steps.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '1 更新门',
      '2 重置门',
      '3 候选隐藏状态',
      '4 新的隐藏状态',
    ]);
  });

  it('the shortcut dialog lists every command in Chinese', async () => {
    const user = userEvent.setup();
    renderPanel(
      <LangProvider lang="zh">
        <Controls />
      </LangProvider>,
    );
    await user.click(screen.getByRole('button', { name: '键盘快捷键' }));
    const dialog = screen.getByRole('dialog', { name: '键盘快捷键' });
    expect(within(dialog).getByRole('columnheader', { name: '按键' })).toBeTruthy();
    expect(within(dialog).getByText('前进一个子步骤')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: '关闭' })).toBeTruthy();
  });
});

/** The controls under a language switch of the test's own, as the app's header does it. */
function Switchable({ children }: { children: ReactNode }) {
  const [lang, setLang] = useState<Lang>('en');
  return (
    <LangProvider lang={lang}>
      <button type="button" onClick={() => setLang(lang === 'en' ? 'zh' : 'en')}>
        switch
      </button>
      {children}
    </LangProvider>
  );
}

describe('switching the language', () => {
  it('keeps the cursor, the speed and an open dialog', async () => {
    const user = userEvent.setup();
    const store = createGateScopeStore({ cell: 'lstm' });
    render(
      <GateScopeProvider store={store}>
        <Switchable>
          <Controls />
        </Switchable>
      </GateScopeProvider>,
    );
    act(() => {
      store.getState().setTimeStep(4);
      store.getState().setSubstep(2);
      store.getState().setSpeed(4);
      store.getState().openHelp();
    });
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'switch', hidden: true }));
    expect(store.getState().cursor).toEqual({ t: 4, sub: 2 });
    expect(store.getState().speed).toBe(4);
    expect(screen.getByRole('dialog', { name: '键盘快捷键' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(
      'LSTM，第 5 个时间步（共 12 个），第 3 步（共 6 步）：候选值',
    );
    expect(
      (screen.getByRole('combobox', { name: '速度', hidden: true }) as HTMLSelectElement).value,
    ).toBe('4');
  });
});
