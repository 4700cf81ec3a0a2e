import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LangProvider } from '../../../src/i18n';
import { UrlNotice, noticeText } from '../../../src/panels/share/UrlNotice';
import { readUrl } from '../../../src/store/url';

describe('the URL notice in Chinese', () => {
  it('words each reason in Chinese from its data, the English kept on the item', () => {
    const { notices } = readUrl('?hidden=abc&foo=1&t=99&panels=diagram,nope');
    expect(notices.map((n) => noticeText(n, 'zh'))).toEqual([
      '已忽略 hidden=abc：不是 1 到 128 之间的整数',
      '已忽略 foo=1：未知参数',
      '已忽略 panels=nope：未知的面板（可用：controls, timeline, diagram, formula, editor, settings, table, gates, states, gradient, compare）',
      '已忽略 t=99：超出了最后一个时间步（t=11；t 从 0 开始计数）',
    ]);
    expect(notices[0].reason).toBe('not a whole number from 1 to 128');
  });

  it('shows its title and button in Chinese', () => {
    render(
      <LangProvider lang="zh">
        <UrlNotice notices={readUrl('?cell=cnn').notices} onDismiss={() => {}} />
      </LangProvider>,
    );
    expect(screen.getByText('链接中的部分设置已被忽略，改用默认值。')).toBeTruthy();
    expect(screen.getByRole('listitem').textContent).toBe(
      '已忽略 cell=cnn：不是 lstm, gru, rnn 之一',
    );
    expect(screen.getByRole('button', { name: '关闭提示' })).toBeTruthy();
  });

  it('words settings refused together in Chinese (the store’s reason, as data)', () => {
    const { notices } = readUrl('?seq=text');
    expect(notices.map((n) => noticeText(n, 'zh'))).toEqual([
      '已忽略 seq=text：这些设置无法一起使用：序列是空的：请至少给出一步。',
    ]);
    expect(notices[0].reason).toBe('The sequence is empty: give it at least one step.');
  });
});
