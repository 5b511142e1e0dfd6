// The single-iteration function of graphology-layout-forceatlas2 (a CommonJS file of the package,
// which declares types only for its entry point). Node matrix: 10 floats per node (x, y, dx, dy,
// old dx, old dy, mass, convergence, size, fixed); edge matrix: 3 per edge (source, target, weight),
// where source and target are offsets into the node matrix.
declare module 'graphology-layout-forceatlas2/iterate.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  export default function iterate(
    settings: Required<ForceAtlas2Settings>,
    nodes: Float32Array,
    edges: Float32Array,
  ): void;
}
