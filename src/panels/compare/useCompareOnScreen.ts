import { useEffect, useState } from 'react';
import { useOnScreen } from '../useWhileVisible';
import { useLabController } from '../labControls/LabProvider';

/**
 * Watches a part of the compare view (`part` names it) and tells the lab's controller whether it
 * is on screen, so that the compare runs wait while no part can be seen. Returns the callback
 * ref for the part's element, and whether it is on screen (a part off screen while another is
 * on keeps the runs it shows until the drag pauses: see `useWhileVisible`).
 */
export function useCompareOnScreen(
  part: string,
  on: boolean,
): [(el: HTMLElement | null) => void, boolean] {
  const [box, setBox] = useState<HTMLElement | null>(null);
  const onScreen = useOnScreen(box);
  const controller = useLabController();
  useEffect(
    () => controller.compareOnScreen(part, on && box ? onScreen : null),
    [controller, part, on, box, onScreen],
  );
  useEffect(() => () => controller.compareOnScreen(part, null), [controller, part]);
  return [setBox, onScreen];
}
