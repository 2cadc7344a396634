// Special School District of St. Louis County (missouri-rules.md §8): SSD serves the 22 partner districts of
// St. Louis County. When the case's district is one of them, requests and notices go to both the district and SSD.
// The list comes from a joint closure notice (St. Louis American, Mar. 23, 2020) [SECONDARY]; St. Louis Public
// Schools is not a partner.

export interface SsdPartner {
  /** The district's usual short name, as we show it. */
  name: string;
  /** Normalized forms that mean this district. */
  keys: readonly string[];
}

export const SSD_PARTNER_DISTRICTS: readonly SsdPartner[] = [
  { name: 'Affton', keys: ['affton'] },
  { name: 'Bayless', keys: ['bayless'] },
  { name: 'Brentwood', keys: ['brentwood'] },
  { name: 'Clayton', keys: ['clayton'] },
  { name: 'Ferguson-Florissant', keys: ['ferguson florissant'] },
  { name: 'Hancock Place', keys: ['hancock place'] },
  { name: 'Hazelwood', keys: ['hazelwood'] },
  { name: 'Jennings', keys: ['jennings'] },
  { name: 'Kirkwood', keys: ['kirkwood'] },
  { name: 'Ladue', keys: ['ladue'] },
  { name: 'Lindbergh', keys: ['lindbergh'] },
  { name: 'Maplewood-Richmond Heights', keys: ['maplewood richmond heights', 'mrh'] },
  { name: 'Mehlville', keys: ['mehlville'] },
  { name: 'Normandy', keys: ['normandy', 'normandy collaborative'] },
  { name: 'Parkway', keys: ['parkway'] },
  { name: 'Pattonville', keys: ['pattonville'] },
  { name: 'Ritenour', keys: ['ritenour'] },
  { name: 'Riverview Gardens', keys: ['riverview gardens'] },
  { name: 'Rockwood', keys: ['rockwood'] },
  { name: 'University City', keys: ['university city', 'u city'] },
  { name: 'Valley Park', keys: ['valley park'] },
  { name: 'Webster Groves', keys: ['webster groves'] },
];

export const SSD_NAME = 'Special School District of St. Louis County';

// Words that districts add around their name ("School District of Clayton", "Parkway C-2", "Rockwood R-VI").
const FILLER = new Set([
  'the',
  'school',
  'schools',
  'district',
  'districts',
  'public',
  'of',
  'sd',
  'consolidated',
  'county',
  'st',
  'saint',
  'louis',
  'mo',
  'missouri',
  'collaborative',
]);
const DISTRICT_CODE = /^(r|c)\d+$|^(r|c)[ivx]+$|^\d+$/;

/** Lower-cases, splits on anything that is not a letter or digit, and drops filler words and district codes. */
export function normalizeDistrictName(raw: string): string {
  const words = raw
    .toLowerCase()
    .replace(/\b([rc])-(\w+)\b/g, '$1$2')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0 && !FILLER.has(w) && !DISTRICT_CODE.test(w));
  return words.join(' ');
}

/** The SSD partner district this name refers to, or null (an unknown district is allowed; it is just not SSD). */
export function findSsdPartner(districtName: string): SsdPartner | null {
  const normalized = normalizeDistrictName(districtName);
  if (normalized === '') return null;
  return (
    SSD_PARTNER_DISTRICTS.find((d) => d.keys.some((key) => normalizeDistrictName(key) === normalized)) ?? null
  );
}
