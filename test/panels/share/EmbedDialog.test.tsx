import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LangProvider, type Lang } from '../../../src/i18n';
import { EmbedDialog, type EmbedLesson } from '../../../src/panels/share/EmbedDialog';
import type { PanelId } from '../../../src/store/url';

/** The embed URL the page would give: the panels for a widget, or a fixed lesson link. */
const widgetUrl = (panels: readonly PanelId[]) =>
  `https://example.org/?embed=1&panels=${panels.join(',')}`;
const LESSON_URL = 'https://example.org/?embed=1&lesson=lstm-six-steps&step=3&hidden=8';

function open(lang: Lang, lesson?: EmbedLesson) {
  const embedUrl = lesson ? () => LESSON_URL : widgetUrl;
  render(
    <LangProvider lang={lang}>
      <EmbedDialog
        open
        onClose={() => {}}
        initialPanels={['diagram']}
        embedUrl={embedUrl}
        lesson={lesson}
      />
    </LangProvider>,
  );
  const dialog = screen.getByRole('dialog');
  const snippet = within(dialog).getByRole('textbox') as HTMLTextAreaElement;
  const preview = dialog.querySelector('iframe') as HTMLIFrameElement;
  return { dialog, snippet, preview };
}

const LESSON: EmbedLesson = { title: 'LSTM in six steps', step: 3, steps: 7 };

describe('EmbedDialog', () => {
  it('for a widget: ticking a panel changes the snippet and the preview together', () => {
    const { dialog, snippet, preview } = open('en');
    expect(within(dialog).getByRole('group', { name: 'Panels' })).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Formula' }));
    expect(preview.getAttribute('src')).toBe(widgetUrl(['diagram', 'formula']));
    expect(snippet.value).toContain('panels=diagram,formula');
    expect(snippet.value).toContain('title="GateScope: Cell diagram, Formula"');
  });

  it('for a lesson: no panel choice; it says which lesson and step, and embeds exactly that', () => {
    const { dialog, snippet, preview } = open('en', LESSON);
    expect(within(dialog).queryByRole('group', { name: 'Panels' })).toBeNull();
    expect(within(dialog).queryAllByRole('checkbox')).toHaveLength(0);
    expect(dialog.textContent).toContain('runs “LSTM in six steps” from step 3 of 7');
    expect(preview.getAttribute('src')).toBe(LESSON_URL);
    expect(snippet.value).toBe(
      '<iframe src="https://example.org/?embed=1&amp;lesson=lstm-six-steps&amp;step=3&amp;hidden=8" ' +
        'width="480" height="360" title="GateScope: LSTM in six steps" ' +
        'style="border: 0; max-width: 100%" loading="lazy"></iframe>',
    );
    // The size still applies to a lesson.
    fireEvent.change(within(dialog).getByRole('spinbutton', { name: 'Width (px)' }), {
      target: { value: '640' },
    });
    expect(snippet.value).toContain('width="640"');
    expect(preview.getAttribute('width')).toBe('640');
  });

  it('for a lesson in Chinese: the note is Chinese, with the lesson’s Chinese title', () => {
    const { dialog, snippet } = open('zh', { title: 'LSTM 的六个步骤', step: 3, steps: 7 });
    expect(within(dialog).queryAllByRole('checkbox')).toHaveLength(0);
    const note = dialog.querySelector('.dialog-note')?.textContent ?? '';
    expect(note).toContain('从第 3 步（共 7 步）开始运行“LSTM 的六个步骤”');
    // No English words but the lesson title's LSTM (a name) and the pixel sizes.
    expect(note.replace(/LSTM/g, '').match(/[A-Za-z]{2,}/g)).toBeNull();
    expect(snippet.value).toContain('title="GateScope: LSTM 的六个步骤"');
  });
});
