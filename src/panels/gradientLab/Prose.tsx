/**
 * Symbols that must not be split across lines: a norm ‖…‖ (browsers may break after the "/" of
 * ∂L/∂h) and a number in scientific notation like 7.1 × 10³.
 */
const UNBREAKABLE = /(‖[^‖]*‖|\d+(?:\.\d+)? × 10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)/;

/**
 * Text with its symbols and numbers each kept on one line (Chinese text breaks between any two
 * characters, so "1.4 × 10⁻¹¹" would otherwise split there too).
 */
export function ProseText({ text }: { text: string }) {
  return text.split(UNBREAKABLE).map((part, k) =>
    k % 2 === 1 ? (
      <span key={k} className="lab-nowrap">
        {part}
      </span>
    ) : (
      part
    ),
  );
}

/** A sentence with its symbols and numbers each kept on one line. */
export function Prose({ text, className }: { text: string; className?: string }) {
  return (
    <p className={className}>
      <ProseText text={text} />
    </p>
  );
}
