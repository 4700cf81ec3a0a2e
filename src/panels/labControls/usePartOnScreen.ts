import { useEffect } from 'react';
import type { LabPart } from '../../workers/labController';
import { useLabController } from './LabProvider';

/**
 * Tells the lab's controller whether `part` is on screen (null: not shown at all), as it
 * changes, and that it is gone when the component unmounts (see LabController.partOnScreen).
 */
export function usePartOnScreen(part: LabPart, onScreen: boolean | null): void {
  const controller = useLabController();
  useEffect(() => controller.partOnScreen(part, onScreen), [controller, part, onScreen]);
  useEffect(() => () => controller.partOnScreen(part, null), [controller, part]);
}
