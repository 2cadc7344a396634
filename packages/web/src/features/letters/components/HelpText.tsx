/** The question's help, closed by default so the screen stays short; native details works by keyboard. */
export function HelpText({ id, help }: { id: string; help: string }) {
  if (!help) return null;
  return (
    <details className="help-text">
      <summary>What does this mean?</summary>
      <p id={id}>{help}</p>
    </details>
  );
}
