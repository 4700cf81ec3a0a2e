/**
 * Symbols that must not be split across lines: a norm ‖…‖ (browsers may break after the "/" of
 * ∂L/∂h) and a number in scientific notation like 7.1 × 10³.
 */
const UNBREAKABLE = /(‖[^‖]*‖|\d+(?:\.\d+)? × 10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)/;

/** A sentence with its symbols and numbers each kept on one line. */
export function Prose({ text, className }: { text: string; className?: string }) {
  const parts = text.split(UNBREAKABLE);
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
