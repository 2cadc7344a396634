// Whether this machine can reach the model publisher: one short HEAD request for the recommended model's file,
// made only when a page asks (never in the background), and never when model downloads are turned off. Its
// Content-Length gives the download's real size for "about N MB".

export interface Reachability {
  reachable: boolean;
  /** The file's size as the publisher says it, when it does. */
  bytes: number | null;
  /** A plain reason when it cannot be reached. */
  reason: string | null;
}

export async function probePublisher(
  url: string,
  options: { fetch?: typeof fetch; timeoutMs?: number } = {},
): Promise<Reachability> {
  const fetchImpl = options.fetch ?? fetch;
  try {
    const response = await fetchImpl(url, {
      method: 'HEAD',
      redirect: 'follow',
      signal: AbortSignal.timeout(options.timeoutMs ?? 4000),
    });
    if (!response.ok)
      return {
        reachable: false,
        bytes: null,
        reason: `The model publisher answered, but does not offer the file now (${response.status}).`,
      };
    return { reachable: true, bytes: Number(response.headers.get('content-length')) || null, reason: null };
  } catch {
    return {
      reachable: false,
      bytes: null,
      reason: 'This computer cannot reach the model publisher (no internet, or it is blocked).',
    };
  }
}
