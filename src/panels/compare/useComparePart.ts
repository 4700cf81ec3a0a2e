import { useState } from 'react';
import { selectCompareRuns, type LabAsyncState } from '../../store/labAsync';
import { useOnScreen, useWhileVisible } from '../useWhileVisible';
import { useLab } from '../labControls/LabProvider';
import { usePartOnScreen } from '../labControls/usePartOnScreen';
import type { LabPart } from '../../workers/labController';

/**
 * A part of the compare view (`part` names it): watches whether it is on screen and tells the
 * lab's controller, so that the compare runs wait while no part can be seen. Returns the
 * callback ref for the part's element and the runs the part shows: the newest while it is on
 * screen; off screen, while another part is on, the runs it showed until the drag pauses (see
 * `useWhileVisible`; the runs are copies, so nothing overwrites what it holds).
 */
export function useComparePart(
  part: Exclude<LabPart, 'bounds'>,
  on: boolean,
): [(el: HTMLElement | null) => void, LabAsyncState['compare']] {
  const [box, setBox] = useState<HTMLElement | null>(null);
  const onScreen = useOnScreen(box);
  usePartOnScreen(part, on && box ? onScreen : null);
  return [setBox, useWhileVisible(useLab(selectCompareRuns), onScreen)];
}
