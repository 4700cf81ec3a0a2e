import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LangProvider, type Lang } from '../../../src/i18n';
import { TrainingProvider } from '../../../src/panels/training/TrainingProvider';
import { createTrainingStore } from '../../../src/store/training';
import { TrainingView } from '../../../src/views/TrainingView';
import { stubCanvas } from '../../charts/chartTestKit';
import { fakeChannel } from './fakeChannel';
import { SMALL } from './renderTraining';
import { englishWords } from '../../support/englishWords';

/** The training lab in a language on a fake worker; `setLang` switches it as the page does. */
function renderTrainingIn(lang: Lang) {
  const fake = fakeChannel();
  const store = createTrainingStore(SMALL);
  const tree = (l: Lang) => (
    <LangProvider lang={l}>
      <TrainingProvider
        store={store}
        makeChannel={() => fake.channel}
        frame={(fn) => {
          fn();
          return () => {};
        }}
      >
        <TrainingView />
      </TrainingProvider>
    </LangProvider>
  );
  const view = render(tree(lang));
  return { fake, store, setLang: (l: Lang) => view.rerender(tree(l)) };
}

const button = (name: string) => screen.getByRole('button', { name });
const figures = () => document.querySelector('.training-figures')?.textContent ?? '';

describe('the training lab in Chinese', () => {
  beforeEach(stubCanvas);
  afterEach(() => vi.restoreAllMocks());

  it('names its controls, charts and figures in Chinese, with the standard terms', () => {
    renderTrainingIn('zh');
    const task = screen.getByRole('combobox', { name: '任务' });
    expect(within(task).getByRole('option', { name: '记住第一个值' })).toBeTruthy();
    expect(within(task).getByRole('option', { name: '加法问题' })).toBeTruthy();
    expect(screen.getByText(/^t = 0 时出现一个符号 ±1/)).toBeTruthy();
    for (const name of ['训练', '训练一步', '重置训练', '导出模型']) {
      expect(button(name).hasAttribute('disabled'), name).toBe(false);
    }
    expect(button('暂停').hasAttribute('disabled')).toBe(true);
    expect(screen.getByText(/^准确率 \d+\.\d%$/)).toBeTruthy();
    expect(figures()).toContain('更新次数 0');
    expect(screen.getByRole('status').textContent).toMatch(/^就绪：/);
    for (const title of ['损失', '梯度范数', '准确率', '每秒更新次数']) {
      expect(screen.getByRole('img', { name: new RegExp(`^${title}：`) })).toBeTruthy();
    }
    expect(screen.getByRole('img', { name: /^探测序列上的遗忘门 f：/ })).toBeTruthy();
    expect(screen.getByRole('img', { name: /^探测序列上的细胞状态 c：/ })).toBeTruthy();
    expect(screen.getByRole('slider', { name: '检查点' })).toBeTruthy();
    expect(screen.getByText(/遗忘门 f 的平均值 = \d\.\d{3}/)).toBeTruthy();
    for (const name of ['学习率', '动量', '裁剪阈值']) {
      expect(screen.getByRole('spinbutton', { name })).toBeTruthy();
    }
    expect(screen.getByRole('spinbutton', { name: '批量大小' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: '优化器' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: '梯度裁剪' })).toBeTruthy();
    expect(screen.getByRole('slider', { name: '遗忘门偏置' })).toBeTruthy();
    expect(screen.getByRole('slider', { name: '循环权重缩放' })).toBeTruthy();
    // SMALL (hidden 4, T = 8) is no preset: none is pressed.
    expect(button('LSTM，遗忘门打开').getAttribute('aria-pressed')).toBe('false');
    expect(button('RNN，W_hh × 3，裁剪阈值 1')).toBeTruthy();
    expect(
      screen.getByText(/Adam（学习率 0.01）在随机种子 1 上于第 75 次更新时达到 95%/),
    ).toBeTruthy();
  });

  it('keeps the run, its updates and its loss curve when the language switches mid-training', () => {
    const { fake, store, setLang } = renderTrainingIn('zh');
    fireEvent.click(button('训练'));
    act(() => fake.runSlices(4));
    const updates = Number(/更新次数 (\d+)/.exec(figures())?.[1]);
    expect(updates).toBeGreaterThan(4);
    const loss = screen.getByRole('img', { name: /^损失：训练损失从第 1 次更新时的 [\d.]+ 到第/ });
    expect(loss.getAttribute('aria-label')).toContain(`到第 ${updates} 次更新时的`);
    const { history, run } = store.getState();
    const requests = fake.requests.length;

    setLang('en');
    expect(figures()).toContain(`Update ${updates}`);
    expect(store.getState().history).toBe(history);
    expect(store.getState().run).toBe(run);
    expect(store.getState().status).toBe('training');
    expect(fake.requests).toHaveLength(requests); // the worker was not asked anything
    expect(
      screen.getByRole('img', {
        name: new RegExp(`^Loss: training loss from .* at update ${updates}$`),
      }),
    ).toBeTruthy();
    expect(button('Pause').hasAttribute('disabled')).toBe(false);

    act(() => fake.runSlices(2));
    setLang('zh');
    expect(Number(/更新次数 (\d+)/.exec(figures())?.[1])).toBeGreaterThan(updates);
    expect(screen.getByRole('status').textContent).toBe('正在后台工作线程中训练：页面保持响应。');
  });

  it('explains a divergence in Chinese: what became non-finite, what was kept, what to try', () => {
    const { fake, store } = renderTrainingIn('zh');
    fireEvent.click(button('训练'));
    act(() =>
      fake.emit({
        type: 'diverged',
        run: store.getState().run,
        divergence: { at: 13, reason: 'the loss became Infinity', kept: 10 },
      }),
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('训练在第 13 次更新时发散：损失变成了 Infinity。');
    expect(alert.textContent).toContain('最后一个数值有限的检查点（第 10 次更新）仍保持加载');
    expect(alert.textContent).toMatch(/梯度裁剪.*减小学习率/);
    expect(screen.getByRole('status').textContent).toBe('已停止：训练发散。');
  });

  it('refuses a learning rate out of range in Chinese', () => {
    renderTrainingIn('zh');
    const lr = screen.getByRole('spinbutton', { name: '学习率' });
    fireEvent.change(lr, { target: { value: '0' } });
    expect(lr.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('请输入 0.000001 到 1000000 之间的数。')).toBeTruthy();
  });

  it('says in Chinese that the worker failed, without the runtime’s English', () => {
    const { fake, store } = renderTrainingIn('zh');
    act(() => {
      fake.emit({
        type: 'error',
        run: store.getState().run,
        cause: 'worker',
        message: 'Uncaught RangeError: out of memory',
      });
    });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('后台训练线程出错了，训练已停止。');
    expect(englishWords(alert.textContent ?? '')).toEqual([]);
  });
});
