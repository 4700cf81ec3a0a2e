import { useId } from 'react';
import { useMessages } from '../../i18n';
import { TRAINING_RUNS, type LessonWorld } from '../../lessons/types';
import { lessonMessages } from './messages';

import { RUN_NAMES } from './runs';

/** Lesson 4's comparison: what each of the student's three runs reached. */
export function TrainingResults({ runs }: { readonly runs: LessonWorld['runs'] }) {
  const t = useMessages(lessonMessages);
  const id = useId();
  return (
    <section className="panel lesson-table" aria-labelledby={id}>
      <h3 id={id}>{t.results}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.network}</th>
            <th scope="col">{t.updates}</th>
            <th scope="col">{t.accuracy}</th>
            <th scope="col">{t.reached}</th>
          </tr>
        </thead>
        <tbody>
          {TRAINING_RUNS.map((run) => {
            const r = runs[run];
            const trained = r !== undefined && r.updates > 0;
            return (
              <tr key={run} data-run={run}>
                <th scope="row">{RUN_NAMES[run]}</th>
                {trained ? (
                  <>
                    <td>{r.updates}</td>
                    <td>{r.accuracy === null ? '—' : `${(100 * r.accuracy).toFixed(1)}%`}</td>
                    <td>{r.reachedAt ?? t.never}</td>
                  </>
                ) : (
                  <td colSpan={3}>{t.notTrained}</td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
