import { useId } from 'react';
import { useMessages } from '../../i18n';
import { controlsMessages } from './messages';
import { selectSetSpeed, selectSpeed, useGateScope } from '../../store';

/** The speeds offered, in sub-steps per second. */
export const SPEEDS = [0.5, 1, 2, 4, 8, 16] as const;

/** The "Speed" choice: how many sub-steps Play shows per second. */
export function SpeedPicker() {
  const id = useId();
  const t = useMessages(controlsMessages);
  const speed = useGateScope(selectSpeed);
  const setSpeed = useGateScope(selectSetSpeed);
  const options: readonly number[] = SPEEDS.includes(speed as never) ? SPEEDS : [...SPEEDS, speed];
  return (
    <div className="field speed">
      <label htmlFor={id}>{t.speed}</label>
      <select id={id} value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
        {options.map((v) => (
          <option key={v} value={v}>
            {t.speedOption(v)}
          </option>
        ))}
      </select>
    </div>
  );
}
