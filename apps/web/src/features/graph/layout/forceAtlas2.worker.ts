/// <reference lib="webworker" />
// ForceAtlas2 off the main thread: iterations run in slices of about 12 ms, each followed by the
// positions and the progress, and a pause that lets a stop message in. A run ends when the drawing has
// settled, when it is stopped, or when its iteration budget is spent.
import { inferSettings, type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import {
  SETTLED_MOVEMENT,
  type LayoutCommand,
  type LayoutProgress,
  type LayoutStart,
} from './forceAtlas2Protocol';

const DEFAULTS: Required<ForceAtlas2Settings> = {
  linLogMode: false,
  outboundAttractionDistribution: false,
  adjustSizes: false,
  edgeWeightInfluence: 1,
  scalingRatio: 1,
  strongGravityMode: false,
  gravity: 1,
  slowDown: 1,
  barnesHutOptimize: false,
  barnesHutTheta: 0.5,
};
const PPN = 10;
const PPE = 3;
const SLICE_MS = 12;

let run = 0;
let stopRequested = false;

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<LayoutCommand>) => {
  if (event.data.type === 'stop') stopRequested = true;
  else {
    stopRequested = false;
    run += 1;
    void layout(event.data, run);
  }
};

function matrices(start: LayoutStart): { nodes: Float32Array; edges: Float32Array; order: number } {
  const order = start.nodes.length / 4;
  const nodes = new Float32Array(order * PPN);
  for (let i = 0; i < order; i++) {
    const j = i * PPN;
    nodes[j] = start.nodes[i * 4];
    nodes[j + 1] = start.nodes[i * 4 + 1];
    nodes[j + 6] = 1;
    nodes[j + 7] = 1;
    nodes[j + 8] = start.nodes[i * 4 + 2] || 1;
    nodes[j + 9] = start.nodes[i * 4 + 3];
  }
  const size = start.edges.length / 2;
  const edges = new Float32Array(size * PPE);
  for (let e = 0; e < size; e++) {
    const source = start.edges[e * 2] * PPN;
    const target = start.edges[e * 2 + 1] * PPN;
    edges[e * PPE] = source;
    edges[e * PPE + 1] = target;
    edges[e * PPE + 2] = 1;
    nodes[source + 6] += 1;
    nodes[target + 6] += 1;
  }
  return { nodes, edges, order };
}

function positionsOf(nodes: Float32Array, order: number): Float32Array {
  const positions = new Float32Array(order * 2);
  for (let i = 0; i < order; i++) {
    positions[i * 2] = nodes[i * PPN];
    positions[i * 2 + 1] = nodes[i * PPN + 1];
  }
  return positions;
}

function extentOf(nodes: Float32Array, order: number): number {
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity;
  for (let i = 0; i < order; i++) {
    const x = nodes[i * PPN];
    const y = nodes[i * PPN + 1];
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  return Math.max(Math.hypot(maxX - minX, maxY - minY), 1e-9);
}

async function layout(start: LayoutStart, id: number): Promise<void> {
  const { nodes, edges, order } = matrices(start);
  const settings = { ...DEFAULTS, ...inferSettings(order) };
  let iteration = 0;
  for (;;) {
    const before = positionsOf(nodes, order);
    const sliceStart = performance.now();
    let done = 0;
    while (iteration < start.maxIterations && performance.now() - sliceStart < SLICE_MS) {
      iterate(settings, nodes, edges);
      iteration += 1;
      done += 1;
    }
    const positions = positionsOf(nodes, order);
    let movement = 0;
    for (let i = 0; i < positions.length; i++) movement += Math.abs(positions[i] - before[i]);
    const settled =
      order === 0 ||
      movement / Math.max(order, 1) / Math.max(done, 1) / extentOf(nodes, order) < SETTLED_MOVEMENT;
    const end = stopRequested
      ? 'stopped'
      : settled && iteration > 20
        ? 'converged'
        : iteration >= start.maxIterations
          ? 'limit'
          : null;
    const message: LayoutProgress = {
      type: 'progress',
      positions,
      iteration,
      maxIterations: start.maxIterations,
      end,
    };
    scope.postMessage(message, [positions.buffer]);
    if (end) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (id !== run) return;
  }
}
