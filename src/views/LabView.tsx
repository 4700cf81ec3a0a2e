/** The gradient lab: settings that shape the gradient, and the plots that show it. */
export function LabView() {
  return <div className="lab" />;
}
