import type { CaseMember } from '@iep/core/contract';
import { AUDIO_GRANT_HINT, AUDIO_GRANT_LABEL } from '../lib/sharing-text';

/**
 * The owner's switch for one advocate: may they download recordings and clips (core's memberMay)? A checkbox
 * with the switch role, so a screen reader says "on" or "off"; the page confirms each change in its status line.
 */
export function AudioGrantSwitch({
  member,
  busy,
  onChange,
}: {
  member: CaseMember;
  busy: boolean;
  onChange: (member: CaseMember, granted: boolean) => void;
}) {
  const id = `audio-${member.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  return (
    <div className="audio-grant">
      <div className="checkbox">
        <input
          id={id}
          type="checkbox"
          role="switch"
          checked={member.audioGranted}
          disabled={busy}
          aria-describedby={`${id}-hint`}
          onChange={(e) => onChange(member, e.target.checked)}
        />
        <label htmlFor={id}>
          {AUDIO_GRANT_LABEL}
          <span className="visually-hidden"> ({member.name})</span>
        </label>
      </div>
      <p id={`${id}-hint`} className="hint">
        {AUDIO_GRANT_HINT}
      </p>
    </div>
  );
}
