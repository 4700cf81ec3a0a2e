import { useEffect, useState } from 'react';
import { useOnScreen } from '../useWhileVisible';
import { useLabController } from '../labControls/LabProvider';

/**
 * Watches a part of the compare view (`part` names it) and tells the lab's controller whether it
 * is on screen, so that the compare runs wait while no part can be seen. (The runs are copies,
 * so the view need not hold back an older one as useWhileVisible does.) Returns the callback
 * ref for the part's element.
 */
export function useCompareOnScreen(part: string, on: boolean): (el: HTMLElement | null) => void {
  const [box, setBox] = useState<HTMLElement | null>(null);
  const onScreen = useOnScreen(box);
  const controller = useLabController();
  useEffect(
    () => controller.compareOnScreen(part, on && box ? onScreen : null),
    [controller, part, on, box, onScreen],
  );
  useEffect(() => () => controller.compareOnScreen(part, null), [controller, part]);
  return setBox;
}
