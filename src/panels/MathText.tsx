/** Text with TeX-style subscripts (`W_hf`, `h_{t−1}`), each rendered as a <sub>. */
export function MathText({ text }: { text: string }) {
  // With a capture group, split puts plain text at even indices and subscripts at odd ones.
  const parts = text.split(/_(\{[^}]*\}|[A-Za-z0-9]+)/);
  return (
    <>
      {parts.map((part, k) =>
        k % 2 === 0 ? part : <sub key={k}>{part.replace(/^\{(.*)\}$/, '$1')}</sub>,
      )}
    </>
  );
}
