import { useLang, useMessages } from '../../i18n';
import type { LessonId } from '../../lessons/ids';
import type { Progress } from '../../lessons/progress';
import { LESSONS } from '../../lessons/registry';
import { lessonMessages } from './messages';

interface LessonPickerProps {
  readonly progress: Progress;
  readonly open: (id: LessonId) => void;
}

/** The five lessons, each with how far the student has got ("3 / 6"). */
export function LessonPicker({ progress, open }: LessonPickerProps) {
  const lang = useLang();
  const t = useMessages(lessonMessages);
  return (
    <nav className="lesson-picker" aria-label={t.chooseLesson}>
      <h2 tabIndex={-1}>{t.chooseLesson}</h2>
      <ol>
        {LESSONS.map((lesson) => {
          const seen = progress[lesson.id] ?? 0;
          const total = lesson.steps.length;
          return (
            <li key={lesson.id}>
              <button type="button" data-lesson={lesson.id} onClick={() => open(lesson.id)}>
                <span className="lesson-picker-title">{lesson.title[lang]}</span>
                <span className="lesson-picker-summary">{lesson.summary[lang]}</span>
                <span className="lesson-picker-progress" aria-label={t.progressLabel(seen, total)}>
                  {seen === 0 ? t.notStarted : t.progress(seen, total)}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
