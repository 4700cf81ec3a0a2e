import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LangProvider, type Lang } from '../../../src/i18n';
import type { LessonPlace, LessonRequest } from '../../../src/lessons/ids';
import { createGateScopeStore } from '../../../src/store';
import type { WidgetPlace } from '../../../src/store/url';
import { LessonsView } from '../../../src/views/LessonsView';
import { stubCanvas } from '../../charts/chartTestKit';

/** Where the view last asked to go. */
const seen: { place: LessonPlace | null } = { place: null };

function Harness({ start, lang = 'en' }: { start: LessonPlace; lang?: Lang }) {
  const [store] = useState(() => createGateScopeStore());
  const [p, setP] = useState(start);
  const go = (q: LessonPlace) => {
    seen.place = q;
    setP(q);
  };
  return (
    <LangProvider lang={lang}>
      <LessonsView store={store} place={p} setPlace={go} />
    </LangProvider>
  );
}

const heading = () => screen.getByRole('heading', { level: 3 }).textContent;

describe('LessonsView', () => {
  beforeEach(() => {
    stubCanvas();
    localStorage.clear();
    seen.place = null;
  });
  afterEach(() => localStorage.clear());

  it('lists the five lessons; opening one shows its first step with focus on it', () => {
    render(<Harness start={{ lesson: '', step: 1 }} />);
    const buttons = screen.getAllByRole('button').filter((b) => b.dataset.lesson);
    expect(buttons.map((b) => b.dataset.lesson)).toHaveLength(5);
    expect(buttons[2].textContent).toContain('GRU in four steps');
    expect(buttons[2].textContent).toContain('Not started');
    fireEvent.click(buttons[2]);
    expect(seen.place).toEqual({ lesson: 'gru-four-steps', step: 1 });
    expect(heading()).toBe('1. Update gate');
    expect(document.activeElement?.textContent).toBe('1. Update gate');
    expect(screen.getByText('Step 1 of 5')).toBeTruthy();
  });

  it('Next, Previous, Page Down / Page Up and the step list move between steps, clamped', () => {
    render(<Harness start={{ lesson: 'gru-four-steps', step: 1 }} />);
    const prev = screen.getByRole('button', { name: '← Previous' });
    expect(prev.hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Next →' }));
    expect(seen.place?.step).toBe(2);
    expect(heading()).toBe('2. Reset gate');
    fireEvent.keyDown(document.body, { key: 'PageDown' });
    expect(seen.place?.step).toBe(3);
    fireEvent.keyDown(document.body, { key: 'PageUp' });
    expect(seen.place?.step).toBe(2);
    // A modified Page Down is the browser's (e.g. Ctrl+PageDown switches tabs).
    fireEvent.keyDown(document.body, { key: 'PageDown', ctrlKey: true });
    expect(seen.place?.step).toBe(2);
    const list = screen.getByRole('navigation', { name: 'Steps' });
    fireEvent.click(list.querySelectorAll('button')[4]);
    expect(seen.place?.step).toBe(5);
    expect(list.querySelectorAll('button')[4].getAttribute('aria-current')).toBe('step');
    fireEvent.keyDown(document.body, { key: 'PageDown' });
    expect(seen.place?.step).toBe(5);
    expect(screen.getByRole('button', { name: 'Next →' }).hasAttribute('disabled')).toBe(true);
  });

  it('leaves Page Down to a focused slider or field', () => {
    render(<Harness start={{ lesson: 'gru-four-steps', step: 5 }} />);
    fireEvent.keyDown(screen.getByRole('slider', { name: 'Hidden size' }), { key: 'PageUp' });
    expect(seen.place).toBeNull();
    fireEvent.keyDown(document.body, { key: 'PageUp' });
    expect(seen.place?.step).toBe(4);
  });

  it('checks the task live and says Done!', () => {
    render(<Harness start={{ lesson: 'gru-four-steps', step: 5 }} />);
    expect(screen.getByRole('status').textContent).toBe('Not yet');
    const total = (cell: string) =>
      document.querySelector(`[data-total="${cell}"]`)?.textContent ?? '';
    expect([total('lstm'), total('gru')]).toEqual(['112', '84']);
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Hidden size' }), {
      target: { value: '8' },
    });
    expect(screen.getByRole('status').textContent).toBe('✓ Done!');
    expect([total('lstm'), total('gru')]).toEqual(['352', '264']);
  });

  it('keeps the furthest step of each lesson and shows it in the list', () => {
    const { unmount } = render(<Harness start={{ lesson: 'lstm-six-steps', step: 1 }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Next →' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next →' }));
    fireEvent.click(screen.getByRole('button', { name: '← Previous' }));
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: '← All lessons' }));
    });
    expect(seen.place).toEqual({ lesson: '', step: 1 });
    const lstm = () =>
      screen.getAllByRole('button').find((b) => b.dataset.lesson === 'lstm-six-steps')!;
    expect(lstm().textContent).toContain('3 / 7');
    unmount();
    render(<Harness start={{ lesson: '', step: 1 }} />);
    expect(lstm().textContent).toContain('3 / 7');
    expect(JSON.parse(localStorage.getItem('gatescope.lessons.progress')!)).toEqual({
      'lstm-six-steps': 3,
    });
  });

  it('speaks Chinese when the page does', () => {
    render(<Harness start={{ lesson: 'lstm-six-steps', step: 1 }} lang="zh" />);
    expect(heading()).toBe('1. 遗忘门');
    expect(screen.getByText('第 1 步，共 7 步')).toBeTruthy();
    expect(screen.getByRole('button', { name: '下一步 →' })).toBeTruthy();
  });

  it('lays a link’s changes over the step’s setup, and reports where the step starts', () => {
    const store = createGateScopeStore();
    const applied: [LessonPlace, WidgetPlace][] = [];
    const place = { lesson: 'gru-four-steps', step: 5, deviations: { hiddenSize: 8, t: 2 } };
    render(
      <LessonsView
        store={store}
        place={place as LessonRequest}
        setPlace={() => {}}
        onApplied={(p, start) => applied.push([p, start])}
      />,
    );
    expect(store.getState().settings.hiddenSize).toBe(8);
    expect(store.getState().cursor.t).toBe(2);
    expect(applied).toHaveLength(1);
    expect(applied[0][0]).toEqual({ lesson: 'gru-four-steps', step: 5 });
    // The start is the step's own setup, without the link's changes.
    expect(applied[0][1].settings.hiddenSize).toBe(4);
    expect(applied[0][1].cursor.t).toBe(0);
    // The task reads the widget as the link left it.
    expect(screen.getByRole('status').textContent).toBe('✓ Done!');
  });

  it('ignores a link’s cursor or unit past the end of the step’s run, and names them', () => {
    const store = createGateScopeStore();
    const ignored: string[] = [];
    let startT = -1;
    // The step's run has 12 steps of 6 sub-steps, 4 units (hidden=8 makes it 8 units).
    const place = {
      lesson: 'lstm-six-steps',
      step: 2,
      deviations: { t: 99, unit: 7, hiddenSize: 8, sub: 5 },
    };
    render(
      <LessonsView
        store={store}
        place={place as LessonRequest}
        setPlace={() => {}}
        onApplied={(_p, start, _title, items) => {
          startT = start.cursor.t;
          ignored.push(...items.map((n) => `${n.param}=${n.raw}: ${n.reason}`));
        }}
      />,
    );
    expect(ignored).toEqual(['t=99: past the last time step (t=11; t counts from 0)']);
    // t is the step's own (t = 3); the link's other changes (unit 7 of 8, sub-step 5) stand.
    expect(startT).toBe(3);
    const s = store.getState();
    expect([s.cursor.t, s.cursor.sub, s.unit, s.settings.hiddenSize]).toEqual([3, 5, 7, 8]);
  });
});
