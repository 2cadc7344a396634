import type { PublicClip } from '@iep/core/contract';
import { ReadAloud } from '../../../components/ReadAloud';
import { wordsToRead } from '../lib/link-words';

/** A shared clip: its audio, its words (who said what), and a button that reads the words aloud. */
export function ClipPlayer({ clip, headingLevel = 2 }: { clip: PublicClip; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="clip-player" aria-label={clip.title}>
      <Heading>Listen</Heading>
      <audio controls preload="metadata" src={clip.audioUrl}>
        <a href={clip.audioUrl}>Download the part of the meeting</a>
      </audio>
      <Heading>The words</Heading>
      {clip.words.length === 0 ? (
        <p>There are no words written down for this part.</p>
      ) : (
        <ul className="plain-list clip-words">
          {clip.words.map((w, i) => (
            <li key={i}>
              <strong>{w.speaker}:</strong> {w.text}
            </li>
          ))}
        </ul>
      )}
      <ReadAloud text={wordsToRead(clip.title, clip.words)} label={`the words of “${clip.title}”`} />
    </section>
  );
}
