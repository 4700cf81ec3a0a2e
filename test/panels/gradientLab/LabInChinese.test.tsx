import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { LangProvider, type Lang } from '../../../src/i18n';
import { CompareChart } from '../../../src/panels/compare/CompareChart';
import { GradientNormPanel } from '../../../src/panels/gradientLab/GradientNormPanel';
import { WeightGradPanel } from '../../../src/panels/gradientLab/WeightGradPanel';
import { WhyPanel } from '../../../src/panels/gradientLab/WhyPanel';
import { GateHeatmaps } from '../../../src/panels/heatmaps/GateHeatmaps';
import { LabControls } from '../../../src/panels/labControls/LabControls';
import { LabProvider } from '../../../src/panels/labControls/LabProvider';
import { Presets } from '../../../src/panels/labControls/Presets';
import { StatePlots } from '../../../src/panels/statePlots/StatePlots';
import {
  GateScopeProvider,
  LAB_DEFAULTS,
  LAB_PRESETS,
  createGateScopeStore,
  type Settings,
} from '../../../src/store';
import { syncPool } from '../../../src/workers/labPool';
import { stubCanvas } from '../../charts/chartTestKit';

const preset = (id: string) => LAB_PRESETS.find((p) => p.id === id)!.settings;

const LAB = (
  <>
    <LabControls />
    <Presets />
    <GradientNormPanel />
    <WhyPanel />
    <WeightGradPanel />
    <CompareChart />
    <GateHeatmaps />
    <StatePlots />
  </>
);

/** The lab's panels in a language; `setLang` switches it the way the page does (context only). */
function renderLabIn(lang: Lang, change: Partial<Settings> = {}, ui: ReactNode = LAB) {
  stubCanvas();
  const store = createGateScopeStore({ ...LAB_DEFAULTS, ...change });
  const tree = (l: Lang) => (
    <LangProvider lang={l}>
      <GateScopeProvider store={store}>
        <LabProvider makePool={syncPool}>{ui}</LabProvider>
      </GateScopeProvider>
    </LangProvider>
  );
  const view = render(tree(lang));
  return { store, setLang: (l: Lang) => view.rerender(tree(l)) };
}

const slider = (name: string) => screen.getByRole<HTMLInputElement>('slider', { name });
const sentence = () => document.querySelector('.lab-sentence')?.textContent;

describe('the gradient lab in Chinese', { timeout: 30_000 }, () => {
  it('names its controls in Chinese, with the standard terms', () => {
    renderLabIn('zh');
    expect(screen.getByRole('region', { name: '梯度实验室控制项' })).toBeTruthy();
    for (const name of ['权重缩放', '循环权重缩放', '隐藏层大小', '序列长度', '输入幅度']) {
      expect(slider(name).disabled, name).toBe(false);
    }
    expect(slider('遗忘门偏置').disabled).toBe(true); // a plain RNN has no gate
    const init = screen.getByRole('combobox', { name: '初始化' });
    expect(within(init).getByRole('option', { name: '正交初始化' })).toBeTruthy();
    for (const name of ['单元', '损失', '输入'])
      expect(screen.getByRole('combobox', { name })).toBeTruthy();
    expect(screen.getByRole('spinbutton', { name: '随机种子' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '下一个种子' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: '比较 RNN、LSTM 和 GRU' })).toBeTruthy();
    expect(screen.getByText(/谱范数（最大奇异值）/)).toBeTruthy();
    for (const title of ['RNN：梯度消失', 'RNN：梯度爆炸', 'LSTM：遗忘门打开', 'GRU：更新门打开']) {
      expect(screen.getByRole('button', { name: title })).toBeTruthy();
    }
  });

  it('titles its charts in Chinese and says the gradient vanished, then exploded, in Chinese', async () => {
    const { store } = renderLabIn('zh', preset('vanishing'));
    expect(screen.getByRole('img', { name: /^各时间步的梯度范数/ })).toBeTruthy();
    expect(screen.getByRole('img', { name: /^原因何在：每往回一步的因子/ })).toBeTruthy();
    expect(screen.getByRole('img', { name: /^权重梯度从何而来/ })).toBeTruthy();
    // The compare runs land after a paint; the whole lab is a large tree, so query its section.
    await waitFor(() => expect(document.querySelector('.lab-compare-lines')).toBeTruthy());
    const compare = screen.getByRole('region', { name: '同一输入下的 RNN、LSTM 和 GRU' });
    const figure = { name: 'RNN、LSTM 和 GRU：各时间步的梯度范数' };
    expect(within(compare).getByRole('figure', figure)).toBeTruthy();
    expect(sentence()).toMatch(/^到达 t = 0 的梯度是 t = 49 处的 .* 倍：梯度已经消失。$/);
    const paragraph = (re: RegExp) =>
      screen.getByText((_, el) => el?.tagName === 'P' && re.test(el.textContent ?? ''));
    expect(paragraph(/^阴影区域：低于 10⁻⁶ × ‖∂L\/∂h_49‖ 为梯度消失，高于 10³ ×/)).toBeTruthy();
    expect(paragraph(/^普通 RNN 没有门：每一步都计算 ht = tanh\(/)).toBeTruthy();
    expect(paragraph(/^每往回一步，梯度都要乘以实测因子/)).toBeTruthy();
    const lines = document.querySelectorAll('.lab-compare-lines li');
    expect(
      Array.from(lines, (li) => /^(\w+)：到达 t = 0 的/.exec(li.textContent ?? '')?.[1]),
    ).toEqual(['RNN', 'LSTM', 'GRU']);
    act(() => void store.getState().update(preset('exploding')));
    expect(sentence()).toMatch(/^到达 t = 0 的梯度是 t = 49 处的 .* 倍：梯度已经爆炸。$/);
  });

  it('names the gates and states with the standard terms: 遗忘门, 输入门, 输出门, 细胞状态, 隐藏状态; 更新门, 重置门', () => {
    renderLabIn('zh', preset('lstm'));
    for (const name of ['门激活值：遗忘门 f', '门激活值：输入门 i', '门激活值：输出门 o']) {
      expect(screen.getByRole('img', { name: new RegExp(`^${name}`) })).toBeTruthy();
    }
    expect(screen.getAllByRole('img', { name: /^细胞状态 c/ })).toHaveLength(2); // heatmap, lines
    expect(screen.getByRole('img', { name: /^细胞状态 c：所选单元/ })).toBeTruthy();
    expect(screen.getByRole('img', { name: /^隐藏状态 h：所选单元/ })).toBeTruthy();
    expect(screen.getByRole('img', { name: /^原因何在：沿细胞状态路径的遗忘门/ })).toBeTruthy();
    expect(screen.getByText(/每往回一步，∂L\/∂c 都要乘以遗忘门 f_t/)).toBeTruthy();
    expect(screen.getByRole('group', { name: '要绘制的单元' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: '单元 1' })).toBeTruthy();
  });

  it('names the GRU’s gates 更新门 and 重置门, and its bias slider 更新门偏置', () => {
    renderLabIn('zh', preset('gru'));
    expect(screen.getByRole('img', { name: /^门激活值：更新门 z/ })).toBeTruthy();
    expect(screen.getByRole('img', { name: /^门激活值：重置门 r/ })).toBeTruthy();
    expect(slider('遗忘门偏置（GRU：更新门偏置）').disabled).toBe(false);
    expect(screen.getByText('更新门偏置')).toBeTruthy();
  });

  it('switches language without recomputing or losing a setting', () => {
    const { store, setLang } = renderLabIn('zh');
    fireEvent.change(slider('循环权重缩放'), { target: { value: '2.5' } });
    const { trace, grads } = store.getState();
    const zh = sentence();
    setLang('en');
    expect(slider('Recurrent weight scale').value).toBe('2.5');
    expect(store.getState().trace).toBe(trace);
    expect(store.getState().grads).toBe(grads);
    expect(sentence()).toMatch(/^The gradient reaching t = 0 is /);
    setLang('zh');
    expect(slider('循环权重缩放').value).toBe('2.5');
    expect(sentence()).toBe(zh);
  });

  it('words a refused seed in Chinese, and in English after a switch', () => {
    const { setLang } = renderLabIn('zh');
    fireEvent.change(screen.getByRole('spinbutton', { name: '随机种子' }), {
      target: { value: '-1' },
    });
    expect(screen.getByRole('alert').textContent).toBe(
      '随机种子必须在 0 到 4294967295 之间；当前为 -1。',
    );
    setLang('en');
    expect(screen.getByRole('alert').textContent).toBe(
      'Seed must be between 0 and 4294967295; got -1.',
    );
  });
});
