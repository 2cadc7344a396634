import fs from 'node:fs';

// Memory of the whole pipeline: this Node process plus its children (ffmpeg, pocketsphinx), read from /proc.

export interface Rss {
  nodeMb: number;
  childrenMb: number;
  totalMb: number;
}

/** RSS now, of this process and of its direct children (VmRSS summed). */
export function rssNow(): Rss {
  const node = process.memoryUsage().rss / 1e6;
  let children = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = fs.readFileSync(`/proc/${entry}/status`, 'utf8');
      if (!new RegExp(`^PPid:\\s+${process.pid}$`, 'm').test(status)) continue;
      const rss = /^VmRSS:\s+(\d+) kB$/m.exec(status);
      if (rss?.[1]) children += Number(rss[1]) / 1000;
    } catch {
      // Ended meanwhile.
    }
  }
  return { nodeMb: node, childrenMb: children, totalMb: node + children };
}
