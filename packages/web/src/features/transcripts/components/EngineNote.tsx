/** How far to trust the words: the engine's own accuracy note, said plainly at the top of the transcript. */
export function EngineNote({ engine, note }: { engine: string | null; note: string }) {
  return (
    <div className="notice warning engine-note">
      <h2>How exact is this transcript?</h2>
      <p>
        {engine ? `Made by ${engine}. ` : ''}
        {note}
      </p>
      <p>Machines mishear words. Before you quote a part, click it and listen.</p>
    </div>
  );
}
