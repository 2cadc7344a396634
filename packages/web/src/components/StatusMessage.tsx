/** A polite live region that is always in the page, so screen readers announce each new message. */
export function StatusMessage({ message }: { message: string }) {
  return (
    <p role="status" className={message ? 'status-message' : 'status-message empty'}>
      {message}
    </p>
  );
}
