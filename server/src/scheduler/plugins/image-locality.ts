/**
 * ImageLocality: prefers nodes that already have the pod's images (from `status.images`), scaled
 * by how widely each image is spread, so one node holding an image does not attract every pod.
 */
import type { Handle, ScorePlugin } from '../framework/interface';
import type { NodeInfo, PodInfo } from '../framework/types';
import { mulDiv } from '../intmath';
import { MAX_NODE_SCORE } from '../framework/interface';

export const NAME = 'ImageLocality';
export const WEIGHT = 1;

const MB = 1024 * 1024;
export const MIN_THRESHOLD = 23 * MB;
export const MAX_CONTAINER_THRESHOLD = 1000 * MB;

/** `normalizedImageName`: an image without a tag gets `:latest`. */
export function normalizedImageName(name: string): string {
  return name.lastIndexOf(':') <= name.lastIndexOf('/') ? `${name}:latest` : name;
}

export function sumImageScores(pod: PodInfo, node: NodeInfo, totalNumNodes: number): number {
  let sum = 0;
  for (const image of pod.images) {
    const state = node.imageStates.get(image);
    if (state) sum += Math.trunc(state.size * (state.numNodes / totalNumNodes));
  }
  return sum;
}

export function calculatePriority(sumScores: number, numContainers: number): number {
  const maxThreshold = MAX_CONTAINER_THRESHOLD * numContainers;
  let s = sumScores;
  if (s < MIN_THRESHOLD) s = MIN_THRESHOLD;
  else if (s > maxThreshold) s = maxThreshold;
  return mulDiv(s - MIN_THRESHOLD, MAX_NODE_SCORE, maxThreshold - MIN_THRESHOLD);
}

export function imageLocality(handle: Handle): ScorePlugin {
  return {
    name: NAME,
    weight: WEIGHT,
    score(_state, pod, node) {
      return calculatePriority(sumImageScores(pod, node, handle.cluster.nodes.length), pod.images.length);
    },
  };
}
