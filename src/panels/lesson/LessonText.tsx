import { Fragment } from 'react';
import { useLang, useMessages } from '../../i18n';
import type { LessonStep } from '../../lessons/types';
import { lessonMessages } from './messages';

/** A paragraph with `inline code` between backticks. */
export function Prose({ text }: { readonly text: string }) {
  const parts = text.split('`');
  return (
    <p>
      {parts.map((part, i) =>
        i % 2 === 1 ? <code key={i}>{part}</code> : <Fragment key={i}>{part}</Fragment>,
      )}
    </p>
  );
}

interface LessonTextProps {
  readonly step: LessonStep;
  /** Whether the step's task has happened (ignored without a task). */
  readonly done: boolean;
  /** The id of the step's heading (the panels are labelled by it). */
  readonly headingId: string;
}

/** A step's title, body, code and task, in the UI language. */
export function LessonText({ step, done, headingId }: LessonTextProps) {
  const lang = useLang();
  const t = useMessages(lessonMessages);
  const { task } = step;
  return (
    <div className="lesson-text">
      <h3 id={headingId} tabIndex={-1}>
        {step.title[lang]}
      </h3>
      {step.body.map((p, i) => (
        <Prose key={i} text={p[lang]} />
      ))}
      {step.code !== undefined && (
        <pre className="lesson-code" translate="no">
          <code>{step.code}</code>
        </pre>
      )}
      {task && (
        <div className="lesson-task" data-done={done}>
          <h4>{t.tryThis}</h4>
          <Prose text={task.prompt[lang]} />
          <p className="lesson-task-state" role="status" aria-live="polite">
            {done ? `✓ ${t.done}` : t.notYet}
          </p>
        </div>
      )}
    </div>
  );
}
