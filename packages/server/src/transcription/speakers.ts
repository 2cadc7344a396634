import { agnes, type Cluster } from 'ml-hclust';
import { debuglog } from 'node:util';
import type { ModelManifest } from './models/model-types.js';
import { SAMPLE_RATE } from './pcm.js';
import { sherpa } from './sherpa-addon.js';
import { installedModels, modelProblem, speakerConfig } from './sherpa-models.js';
import { basicVoiceEmbedding } from './voice-features.js';

// Who spoke when: one voice embedding per segment, then agglomerative clustering of all of them at the end. With
// the number of people known (the roster) the tree is cut into that many groups; otherwise at the clearest split.
// A speaker model's embeddings are compared by angle (cosine, average linkage), as such models are trained. The
// basic voice features with a known count are put on one scale per meeting (each feature's spread over the
// meeting's segments) and grouped by Ward's method on straight-line distance: on four synthetic six-voice meetings
// that took purity from 70% to 83% on average (scripts/bench/transcription-compare.ts reports it). For a long meeting a sample is clustered and the rest joins the nearest
// group, so memory stays flat (the distance matrix grows with the square of the number of segments).

const log = debuglog('iep-transcription');

/** Up to this many segments are clustered directly (ml-hclust takes about 2.5 s for 1,000 here). */
export const CLUSTER_SAMPLE = 1000;
/** Embeddings this short are the basic voice features (29 numbers); speaker models give 192 and more. */
const BASIC_DIMENSIONS = 32;
/** Most speakers guessed when the count is not known. */
const MAX_GUESSED_SPEAKERS = 8;
/**
 * When the count is not known, the number of groups is the one whose split is clearest (highest mean silhouette);
 * below this, the voices are not clearly apart and it is one speaker. Few dimensions (the basic voice features)
 * show false structure easily: eight sentences of one espeak voice split by their words at 0.52, while a low and
 * a high voice split at 0.68. Speaker-model embeddings (192 and more dimensions) look random at 0.05.
 */
export function minSilhouette(dimensions: number): number {
  return dimensions <= BASIC_DIMENSIONS ? 0.6 : 0.3;
}

export interface VoiceEmbedder {
  /** True with a speaker model, false with the basic voice features. */
  speakerModel: boolean;
  label: string;
  embed(samples: Float32Array): number[] | null;
}

export function basicEmbedder(): VoiceEmbedder {
  return { speakerModel: false, label: 'basic voice grouping', embed: basicVoiceEmbedding };
}

function sherpaEmbedder(modelsDir: string, manifest: ModelManifest): VoiceEmbedder {
  const extractor = new (sherpa().SpeakerEmbeddingExtractor)(speakerConfig(modelsDir, manifest));
  return {
    speakerModel: true,
    label: manifest.name,
    embed(samples) {
      const stream = extractor.createStream();
      stream.acceptWaveform({ samples, sampleRate: SAMPLE_RATE });
      stream.inputFinished();
      if (!extractor.isReady(stream)) return null;
      return Array.from(extractor.compute(stream, false), (v) => Math.round(v * 1e5) / 1e5);
    },
  };
}

/** The installed speaker model that loads, else the basic voice features. */
export async function openVoiceEmbedder(modelsDir: string): Promise<VoiceEmbedder> {
  for (const manifest of installedModels(modelsDir, 'speaker')) {
    const problem = await modelProblem(modelsDir, manifest);
    if (!problem) return sherpaEmbedder(modelsDir, manifest);
    log('speaker model %s not used: %s', manifest.name, problem);
  }
  return basicEmbedder();
}

/** Whether a usable speaker model is installed (for EngineInfo.speakerModel). */
export async function hasSpeakerModel(modelsDir: string): Promise<boolean> {
  for (const manifest of installedModels(modelsDir, 'speaker'))
    if (!(await modelProblem(modelsDir, manifest))) return true;
  return false;
}

function euclideanDistance(a: number[], b: number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += ((a[i] ?? 0) - (b[i] ?? 0)) ** 2;
  return Math.sqrt(sum);
}

function cosineDistance(a: number[], b: number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  if (na === 0 || nb === 0) return 1;
  return 1 - dot / Math.sqrt(na * nb);
}

/**
 * Centers the embeddings on their mean, so that what all the voices share (the room, the microphone, the language)
 * drops out and the angle between two embeddings shows how their voices differ. The scale of each dimension is
 * left as the embedder made it (a speaker model's own, or the weights of the basic voice features).
 */
function center(vectors: number[][]): number[][] {
  const dims = vectors[0]?.length ?? 0;
  const mean = new Array<number>(dims).fill(0);
  for (const v of vectors)
    for (let d = 0; d < dims; d++) mean[d] = (mean[d] ?? 0) + (v[d] ?? 0) / vectors.length;
  return vectors.map((v) => v.map((x, d) => x - (mean[d] ?? 0)));
}

/** Each feature as standard scores over these segments (a feature that never changes stays 0). */
function standardize(vectors: number[][]): number[][] {
  const centered = center(vectors);
  const dims = centered[0]?.length ?? 0;
  const spread = new Array<number>(dims).fill(0);
  for (const v of centered) for (let d = 0; d < dims; d++) spread[d] = (spread[d] ?? 0) + (v[d] ?? 0) ** 2;
  const scale = spread.map((sum) => {
    const sd = Math.sqrt(sum / centered.length);
    return sd > 1e-9 ? 1 / sd : 0;
  });
  return centered.map((v) => v.map((x, d) => x * (scale[d] ?? 0)));
}

/** The embeddings of the most common length (a run resumed across versions may hold two kinds). */
function commonLength(embeddings: (number[] | null)[]): number {
  const counts = new Map<number, number>();
  for (const e of embeddings) if (e && e.length > 0) counts.set(e.length, (counts.get(e.length) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [length, count] of counts)
    if (count > bestCount || (count === bestCount && length > best)) {
      best = length;
      bestCount = count;
    }
  return best;
}

function leaves(cluster: Cluster): number[] {
  return cluster.isLeaf ? [cluster.index] : cluster.indices();
}

/** Evenly spaced indices (the same every run: no randomness). */
function sampleIndices(n: number, size: number): number[] {
  if (n <= size) return Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: size }, (_, i) => Math.floor((i * n) / size));
}

/** Group number per item for a cut of the tree into `clusters`. */
function assignment(clusters: Cluster[], n: number): number[] {
  const out = new Array<number>(n).fill(0);
  clusters.forEach((cluster, g) => leaves(cluster).forEach((k) => (out[k] = g)));
  return out;
}

/** Mean silhouette of a grouping (1: tight, well apart groups; near 0: no real structure). */
export function silhouette(distances: number[][], groups: number[]): number {
  const count = Math.max(...groups) + 1;
  let total = 0;
  groups.forEach((g, i) => {
    const sums = new Array<number>(count).fill(0);
    const sizes = new Array<number>(count).fill(0);
    groups.forEach((h, j) => {
      if (i === j) return;
      sums[h] = (sums[h] ?? 0) + (distances[i]?.[j] ?? 0);
      sizes[h] = (sizes[h] ?? 0) + 1;
    });
    if ((sizes[g] ?? 0) === 0) return; // a group of one scores 0
    const a = (sums[g] ?? 0) / (sizes[g] ?? 1);
    let b = Infinity;
    for (let h = 0; h < count; h++)
      if (h !== g && (sizes[h] ?? 0) > 0) b = Math.min(b, (sums[h] ?? 0) / (sizes[h] ?? 1));
    if (b === Infinity) return;
    total += (b - a) / Math.max(a, b, 1e-9);
  });
  return total / groups.length;
}

/**
 * Labels "S1", "S2", ... in order of first appearance, one per embedding; null where there is no embedding.
 * `speakers` (when known) is the number of groups wanted; there are never more groups than embeddings.
 */
export function groupSpeakers(
  embeddings: (number[] | null)[],
  speakers?: number,
  options: { sampleSize?: number } = {},
): (string | null)[] {
  const length = commonLength(embeddings);
  const present = embeddings.flatMap((e, i) => (e && e.length > 0 && e.length === length ? [i] : []));
  const labels: (string | null)[] = embeddings.map(() => null);
  if (present.length === 0) return labels;
  const known = speakers !== undefined && Number.isInteger(speakers) && speakers >= 1 ? speakers : null;
  let groupOf: number[];
  if (known === 1 || (present.length < 3 && !known)) {
    // One speaker, or too few pieces to tell voices apart without a count.
    groupOf = present.map(() => 0);
  } else if (present.length < 3 && known) {
    groupOf = present.map((_, i) => Math.min(i, known - 1));
  } else {
    const raw = present.map((i) => embeddings[i] ?? []);
    const byScale = known !== null && length <= BASIC_DIMENSIONS;
    const vectors = byScale ? standardize(raw) : center(raw);
    const distance = byScale ? euclideanDistance : cosineDistance;
    const sample = sampleIndices(vectors.length, options.sampleSize ?? CLUSTER_SAMPLE);
    const points = sample.map((i) => vectors[i] ?? []);
    const distances = points.map((a) => points.map((b) => distance(a, b)));
    const tree = agnes(distances, { method: byScale ? 'ward' : 'average', isDistanceMatrix: true });
    let clusters: Cluster[];
    if (known) clusters = tree.group(Math.min(known, points.length)).children;
    else {
      clusters = [tree];
      let best = minSilhouette(points[0]?.length ?? 0);
      // A guessed speaker must own a few segments: tiny groups are more often odd segments than people.
      const minSize = Math.max(2, Math.ceil(points.length * 0.05));
      for (let k = 2; k <= Math.min(MAX_GUESSED_SPEAKERS, points.length - 1); k++) {
        const cut = tree.group(k).children;
        if (cut.some((c) => leaves(c).length < minSize)) continue;
        const score = silhouette(distances, assignment(cut, points.length));
        if (score > best) {
          best = score;
          clusters = cut;
        }
      }
    }
    const sampled = assignment(clusters, points.length);
    // Centroids of the sampled groups; segments left out of the sample join the nearest one.
    const centroids = clusters.map((cluster) => {
      const members = leaves(cluster).map((k) => points[k] ?? []);
      const dims = members[0]?.length ?? 0;
      const c = new Array<number>(dims).fill(0);
      for (const m of members)
        for (let d = 0; d < dims; d++) c[d] = (c[d] ?? 0) + (m[d] ?? 0) / members.length;
      return c;
    });
    const position = new Map(sample.map((index, k) => [index, k]));
    groupOf = vectors.map((v, i) => {
      const k = position.get(i);
      if (k !== undefined) return sampled[k] ?? 0;
      let bestGroup = 0;
      let bestDistance = Infinity;
      centroids.forEach((c, g) => {
        const d = distance(v, c);
        if (d < bestDistance) {
          bestDistance = d;
          bestGroup = g;
        }
      });
      return bestGroup;
    });
  }
  // Number the groups in order of first appearance.
  const names = new Map<number, string>();
  present.forEach((index, k) => {
    const g = groupOf[k] ?? 0;
    if (!names.has(g)) names.set(g, `S${names.size + 1}`);
    labels[index] = names.get(g) ?? null;
  });
  return labels;
}
