import { useLang, useMessages } from '../../i18n';
import type { Lesson } from '../../lessons/types';
import { lessonMessages } from './messages';

interface StepListProps {
  readonly lesson: Lesson;
  /** The current step, 1-based. */
  readonly step: number;
  readonly go: (step: number) => void;
}

/** Every step of the lesson, for a direct jump; the current one marked. */
export function StepList({ lesson, step, go }: StepListProps) {
  const lang = useLang();
  const t = useMessages(lessonMessages);
  return (
    <nav className="lesson-steps" aria-label={t.steps}>
      <ol>
        {lesson.steps.map((s, i) => (
          <li key={s.id}>
            <button
              type="button"
              aria-current={i + 1 === step ? 'step' : undefined}
              onClick={() => go(i + 1)}
            >
              {s.title[lang]}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
