import { describe, expect, it } from 'vitest';
import { defineMessages, preferredLang } from '../../src/i18n';

describe('preferredLang', () => {
  it('takes the first preferred language GateScope speaks', () => {
    expect(preferredLang(['zh-CN', 'en-US'])).toBe('zh');
    expect(preferredLang(['de-DE', 'en-GB', 'zh'])).toBe('en');
    expect(preferredLang(['fr', 'zh-TW'])).toBe('zh');
    expect(preferredLang(['ZH-hans'])).toBe('zh');
  });

  it('falls back to English when it speaks none of them', () => {
    expect(preferredLang([])).toBe('en');
    expect(preferredLang(['fr', 'de'])).toBe('en');
  });
});

describe('defineMessages', () => {
  it('keeps both languages, with messages that take values', () => {
    const m = defineMessages({
      en: { step: 'Step forward', at: (t: number) => `time step ${t}` },
      zh: { step: '前进一步', at: (t) => `第 ${t} 个时间步` },
    });
    expect(m.zh.at(3)).toBe('第 3 个时间步');
    expect(m.en.at(3)).toBe('time step 3');
  });
});
