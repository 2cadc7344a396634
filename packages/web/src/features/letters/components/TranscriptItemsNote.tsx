/** Tells the parent that items they confirmed in the transcript are already in the letter. */
export function TranscriptItemsNote({ count }: { count: number }) {
  if (count <= 0) return null;
  return (
    <p className="notice transcript-items-note">
      {count === 1
        ? '1 item from the meeting transcript is included.'
        : `${count} items from the meeting transcript are included.`}{' '}
      These are the promises, refusals and agreements you confirmed there.
    </p>
  );
}
