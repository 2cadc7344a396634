import type { PublicClip } from '@iep/core/contract';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { ApiError } from '../../../api/client';
import { PageHeading } from '../../../components/PageHeading';
import { linksApi } from '../api/links';
import { ClipPlayer } from '../components/ClipPlayer';
import { dayText } from '../lib/link-words';

type State =
  | { kind: 'loading' }
  | { kind: 'clip'; clip: PublicClip }
  | { kind: 'passphrase'; message: string }
  | { kind: 'gone'; message: string };

/** Shows what opening the link gave: the clip, the passphrase form (401, or 403 with its message), or why not. */
function shownFrom(opening: Promise<PublicClip>, setState: (state: State) => void): Promise<void> {
  return opening.then(
    (clip) => setState({ kind: 'clip', clip }),
    (e: unknown) => {
      const error =
        e instanceof ApiError ? e : new ApiError(0, 'Something went wrong. Please reload the page.');
      if (error.status === 401 || error.status === 403)
        setState({ kind: 'passphrase', message: error.status === 403 ? error.message : '' });
      else setState({ kind: 'gone', message: error.message });
    },
  );
}

/** The page a clip link opens, signed out: the clip, its words and read-aloud; nothing else of the case. */
export function PublicClipPage() {
  const { linkId = '' } = useParams();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [passphrase, setPassphrase] = useState('');
  const [checking, setChecking] = useState(false);

  // Opening counts a play: once per page load (and once per right passphrase).
  useEffect(() => {
    void shownFrom(linksApi.open(linkId), setState);
  }, [linkId]);

  if (state.kind === 'loading') return <p role="status">Opening the link…</p>;
  if (state.kind === 'gone')
    return (
      <>
        <PageHeading>This link does not work</PageHeading>
        <p>{state.message}</p>
      </>
    );
  if (state.kind === 'passphrase')
    return (
      <>
        <PageHeading>This link has a passphrase</PageHeading>
        <p>Type the passphrase you were given to listen.</p>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setChecking(true);
            void shownFrom(linksApi.open(linkId, passphrase), setState).finally(() => setChecking(false));
          }}
        >
          <div className="field">
            <label htmlFor="link-passphrase">Passphrase</label>
            <input
              id="link-passphrase"
              type="password"
              autoComplete="off"
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
            />
          </div>
          {state.message ? (
            <p className="notice error" role="alert">
              {state.message}
            </p>
          ) : null}
          <button type="submit" disabled={checking || passphrase === ''}>
            {checking ? 'Checking…' : 'Open'}
          </button>
        </form>
      </>
    );
  const { clip } = state;
  return (
    <>
      <PageHeading>{clip.title}</PageHeading>
      <p>A part of a school meeting, shared with you. This link works until {dayText(clip.expiresAt)}.</p>
      <ClipPlayer clip={clip} />
    </>
  );
}
