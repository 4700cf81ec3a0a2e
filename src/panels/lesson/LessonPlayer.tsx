import { useId } from 'react';
import { useLang, useMessages } from '../../i18n';
import type { Lesson } from '../../lessons/types';
import { LessonText } from './LessonText';
import { lessonMessages } from './messages';
import { StepList } from './StepList';

interface LessonPlayerProps {
  readonly lesson: Lesson;
  /** The current step, 1-based. */
  readonly step: number;
  readonly go: (step: number) => void;
  readonly close: () => void;
  /** Whether the current step's task has happened. */
  readonly done: boolean;
  /** The id given to the step's heading. */
  readonly headingId: string;
  /** Leaves out the step list and the way back to all lessons (a narrow embed). */
  readonly compact?: boolean;
}

/** A lesson's text column: its title, where it stands, the step's text and the way on. */
export function LessonPlayer({
  lesson,
  step,
  go,
  close,
  done,
  headingId,
  compact = false,
}: LessonPlayerProps) {
  const lang = useLang();
  const t = useMessages(lessonMessages);
  const id = useId();
  const total = lesson.steps.length;
  const current = lesson.steps[step - 1];
  return (
    <aside className="lesson-side" aria-labelledby={`${id}-title`}>
      <div className="lesson-head">
        {!compact && (
          <button type="button" className="lesson-back" onClick={close}>
            ← {t.allLessons}
          </button>
        )}
        <h2 id={`${id}-title`}>{lesson.title[lang]}</h2>
        <p className="lesson-where">{t.stepOf(step, total)}</p>
        <p className="visually-hidden" aria-live="polite">
          {`${t.stepOf(step, total)}: ${current.title[lang]}`}
        </p>
      </div>
      <LessonText step={current} done={done} headingId={headingId} />
      <div className="lesson-nav">
        <button type="button" onClick={() => go(step - 1)} disabled={step <= 1}>
          ← {t.previous}
        </button>
        <button type="button" onClick={() => go(step + 1)} disabled={step >= total}>
          {t.next} →
        </button>
      </div>
      <p className="lesson-keys">{t.keysHint}</p>
      {!compact && <StepList lesson={lesson} step={step} go={go} />}
    </aside>
  );
}
