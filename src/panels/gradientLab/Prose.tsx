/**
 * A sentence with each norm ‖…‖ kept on one line: browsers may break a line after the "/" of
 * ∂L/∂h, which splits a symbol in two.
 */
export function Prose({ text, className }: { text: string; className?: string }) {
  const parts = text.split(/(‖[^‖]*‖)/);
  return (
    <p className={className}>
      {parts.map((part, k) =>
        k % 2 === 1 ? (
          <span key={k} className="lab-nowrap">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </p>
  );
}
