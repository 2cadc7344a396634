import { IANAZone, Zone, type ZoneOffsetFormat, type ZoneOffsetOptions } from 'luxon';

// Time zones for meeting times. Luxon asks Intl for a zone's offset on every conversion, which dominated the
// planner's run time (10,000 plans must take under a second). Offsets only change at transitions, which fall on
// quarter hours in current tz data, so a zone that remembers its offset per quarter hour gives the same answers.

const QUARTER_HOUR_MS = 15 * 60 * 1000;
const MAX_REMEMBERED = 50_000;

class RememberingZone extends Zone {
  private readonly inner: IANAZone;
  private readonly offsets = new Map<number, number>();

  constructor(name: string) {
    super();
    this.inner = IANAZone.create(name);
  }

  override get type(): string {
    return 'iana';
  }

  override get name(): string {
    return this.inner.name;
  }

  override get isUniversal(): boolean {
    return false;
  }

  override get isValid(): boolean {
    return this.inner.isValid;
  }

  override offsetName(ts: number, options: ZoneOffsetOptions): string | null {
    return this.inner.offsetName(ts, options);
  }

  override formatOffset(ts: number, format: ZoneOffsetFormat): string {
    return this.inner.formatOffset(ts, format);
  }

  override offset(ts: number): number {
    const key = Math.floor(ts / QUARTER_HOUR_MS);
    let minutes = this.offsets.get(key);
    if (minutes === undefined) {
      minutes = this.inner.offset(ts);
      if (this.offsets.size >= MAX_REMEMBERED) this.offsets.clear();
      this.offsets.set(key, minutes);
    }
    return minutes;
  }

  override equals(other: Zone): boolean {
    return other.type === 'iana' && other.name === this.name;
  }
}

const zones = new Map<string, RememberingZone>();

/** True when the name is an IANA time zone this runtime knows (America/Chicago). */
export function isKnownTimeZone(name: string): boolean {
  return name !== '' && IANAZone.create(name).isValid;
}

/** A luxon zone for the name, shared and fast; check the name with isKnownTimeZone first. */
export function timeZone(name: string): Zone {
  let zone = zones.get(name);
  if (zone === undefined) {
    zone = new RememberingZone(name);
    zones.set(name, zone);
  }
  return zone;
}
