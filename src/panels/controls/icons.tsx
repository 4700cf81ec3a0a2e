/** Transport icons, 16 × 16, drawn in currentColor; decorative (the button's text names it). */
const PATHS: Record<string, string> = {
  reset: 'M3 3h2v10H3zM14 3v10L6 8z',
  previousTimeStep: 'M8 3v10L1 8zM15 3v10L8 8z',
  stepBack: 'M12 3v10L5 8z',
  play: 'M4 2.5v11L14 8z',
  pause: 'M3.5 3h3v10h-3zM9.5 3h3v10h-3z',
  stepForward: 'M4 3v10l7-5z',
  nextTimeStep: 'M1 3v10l7-5zM8 3v10l7-5z',
  help: 'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zm0 10.2a.9.9 0 1 1 0-1.8.9.9 0 0 1 0 1.8zm1.1-3.6c-.5.3-.6.5-.6 1H7.3c0-1 .3-1.5 1-2 .5-.3.8-.6.8-1 0-.5-.4-.8-1-.8s-1 .3-1.1.9L5.8 6c.2-1.3 1.2-2 2.3-2 1.3 0 2.3.8 2.3 1.9 0 .9-.5 1.5-1.3 2.2z',
};

export function Icon({ name }: { name: string }) {
  const d = PATHS[name];
  if (!d) return null;
  return (
    <svg
      className="icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path d={d} fill="currentColor" />
    </svg>
  );
}
