import { Button, Grid, Paper, Stack, Tabs, Text } from '@mantine/core';
import type { EntityType } from '@netzwerkstatt/domain';
import { MultiDirectedGraph } from 'graphology';
import type Sigma from 'sigma';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../shared/components/PageHeader';
import { useExplorerHistory } from '../hooks/useExplorerHistory';
import { useGraphLoader, PATH_MAX_HOPS, type LoadResult } from '../hooks/useGraphLoader';
import { useGraphTexts } from '../hooks/useGraphTexts';
import { useForceAtlas2 } from '../layout/useForceAtlas2';
import { visibleSubgraph, type ExplorerNode } from '../model/explorer';
import { computeMetrics, groupColor } from '../model/metrics';
import { describeGraph } from '../model/summary';
import { applyCircular, applyNoverlap, applyProcessChain } from '../layout/staticLayouts';
import { syncGraph, type PositionMemory } from '../sigma/syncGraph';
import { DetailsPanel } from './DetailsPanel';
import { GraphCanvas } from './GraphCanvas';
import { GraphTable } from './GraphTable';
import { HistoryBar } from './HistoryBar';
import { LayoutControls } from './LayoutControls';
import { ExportButtons } from '../export/ExportButtons';
import { FacetFilters } from './FacetFilters';
import { MatrixViews } from '../matrix/MatrixViews';
import { Legend } from './Legend';
import { MetricsPanel, type ColorBy, type SizeBy } from './MetricsPanel';
import type { Neighbour } from './NeighbourList';
import { PathPanel } from './PathPanel';
import { SearchAdd } from './SearchAdd';
import { TypeFilter } from './TypeFilter';

/** The URL parameter with the ids to open the graph with: /graph?knoten=<id>,<id>. */
export const NODES_PARAM = 'knoten';

/** /graph — the graph explorer: search, add, expand, filter, paths, layout, table and keyboard views. */
export function GraphPage() {
  const { t, typeName } = useGraphTexts();
  const [message, setMessage] = useState('');
  const announceStep = useCallback(
    (kind: 'undone' | 'redone', step: string) =>
      setMessage(t(`graph.history.${kind}`, { step: t(`graph.history.steps.${step}`) })),
    [t],
  );
  const { state, dispatch, undo, redo, canUndo, canRedo } = useExplorerHistory(announceStep);
  const { add, addCell, addRegionCell, shortestPath, busy } = useGraphLoader(state, dispatch);
  const graph = useMemo(() => new MultiDirectedGraph(), []);
  const memory = useRef<PositionMemory>(new Map());
  const sigma = useRef<Sigma | null>(null);
  const layout = useForceAtlas2(graph);
  const [autoLayout, setAutoLayout] = useState(true);
  const [labelDensity, setLabelDensity] = useState(1);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [tab, setTab] = useState<string | null>('graph');
  const [metricsOn, setMetricsOn] = useState(false);
  const [sizeBy, setSizeBy] = useState<SizeBy>('type');
  const [colorBy, setColorBy] = useState<ColorBy>('type');
  const [communityNames, setCommunityNames] = useState<Record<number, string>>({});

  const view = useMemo(() => visibleSubgraph(state), [state]);
  const focus = focusId ? view.nodes.find((node) => node.id === focusId) : undefined;
  const neighbours: Neighbour[] = useMemo(() => {
    if (!focus) return [];
    const byId = new Map(view.nodes.map((node) => [node.id, node]));
    return view.edges
      .filter((edge) => edge.from === focus.id || edge.to === focus.id)
      .flatMap((edge) => {
        const node = byId.get(edge.from === focus.id ? edge.to : edge.from);
        return node && node.id !== focus.id ? [{ edge, node }] : [];
      })
      .sort((a, b) => a.node.label.localeCompare(b.node.label, 'de'));
  }, [focus, view]);
  const degrees = useMemo(() => {
    const counts = new Map<string, number>();
    for (const edge of view.edges) {
      counts.set(edge.from, (counts.get(edge.from) ?? 0) + 1);
      counts.set(edge.to, (counts.get(edge.to) ?? 0) + 1);
    }
    return counts;
  }, [view]);

  const metrics = useMemo(
    () =>
      metricsOn || sizeBy !== 'type' || colorBy !== 'type' ? computeMetrics(view.nodes, view.edges) : null,
    [metricsOn, sizeBy, colorBy, view],
  );
  const appearance = useMemo(() => {
    const sizeOf =
      metrics && sizeBy === 'degree'
        ? (node: ExplorerNode) => Math.min(14, 2 * Math.sqrt(metrics.degree.get(node.id) ?? 0))
        : metrics && sizeBy === 'betweenness'
          ? (node: ExplorerNode) => 14 * Math.sqrt(metrics.betweenness.get(node.id) ?? 0)
          : undefined;
    const groups =
      metrics && colorBy !== 'type'
        ? colorBy === 'community'
          ? metrics.community
          : metrics.component
        : null;
    const colorOf = groups ? (node: ExplorerNode) => groupColor(groups.get(node.id) ?? 0) : undefined;
    return { focusId, path: state.path, sizeOf, colorOf };
  }, [metrics, sizeBy, colorBy, focusId, state.path]);

  const { start: startLayout, stop: stopLayout } = layout;
  useEffect(() => {
    const added = syncGraph(graph, view.nodes, view.edges, appearance, memory.current);
    if (added.length > 0 && autoLayout) startLayout();
  }, [graph, view, appearance, autoLayout, startLayout]);

  const arrange = useCallback(
    (kind: 'circular' | 'processChain' | 'noverlap') => {
      stopLayout();
      if (kind === 'circular') applyCircular(graph);
      else if (kind === 'noverlap') applyNoverlap(graph);
      else applyProcessChain(graph, (id) => state.nodes[id]?.position ?? null);
      void sigma.current?.getCamera().animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: 300 });
    },
    [graph, state.nodes, stopLayout],
  );

  const report = useCallback(
    (result: LoadResult, names?: { from: string; to: string }) => {
      if (result.kind === 'added')
        setMessage(
          [
            result.count > 0
              ? t('graph.announce.added', { count: result.count })
              : t('graph.announce.nothingNew'),
          ]
            .concat(result.truncated ? [t('graph.announce.truncated')] : [])
            .join(' '),
        );
      else if (result.kind === 'cell') {
        const names = { category: result.cell.categoryName, field: result.cell.fieldName };
        setMessage(
          result.shown < result.count
            ? t('graph.matrix.openedPart', { ...names, shown: result.shown, count: result.count })
            : t('graph.matrix.opened', { ...names, count: result.count }),
        );
      } else if (result.kind === 'regionCell') {
        const names = { field: result.cell.fieldName, region: result.cell.regionName, count: result.count };
        setMessage(
          t(result.count === 0 ? 'graph.matrix.regionOpenedGap' : 'graph.matrix.regionOpened', names),
        );
      } else if (result.kind === 'path') setMessage(t('graph.announce.path', { count: result.length }));
      else if (result.kind === 'noPath')
        setMessage(t('graph.announce.noPath', { ...names, hops: PATH_MAX_HOPS }));
      else setMessage(t('graph.announce.failed'));
    },
    [t],
  );

  const select = useCallback((id: string | null) => {
    setFocusId(id);
    const instance = sigma.current;
    const display = id && instance?.getNodeDisplayData(id);
    if (instance && display)
      void instance.getCamera().animate({ x: display.x, y: display.y }, { duration: 300 });
  }, []);

  const addEntity = useCallback(
    async (id: string, depth: 0 | 1 | 2 = 0, types?: EntityType[]) => {
      const result = await add(id, depth, types);
      report(result);
      if (result.kind === 'added') setFocusId(id);
    },
    [add, report],
  );

  const [params] = useSearchParams();
  const opened = useRef<string | null>(null);
  const initial = params.get(NODES_PARAM);
  useEffect(() => {
    if (!initial || opened.current === initial) return;
    opened.current = initial;
    void (async () => {
      for (const id of initial.split(',').filter(Boolean).slice(0, 20)) await addEntity(id, 1);
    })();
  }, [initial, addEntity]);

  const present = useMemo(() => {
    const counts = new Map<string, number>();
    for (const node of Object.values(state.nodes)) counts.set(node.type, (counts.get(node.type) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  }, [state.nodes]);
  const nodesById = useMemo(() => new Map(view.nodes.map((node) => [node.id, node])), [view.nodes]);
  const hiddenCount = Object.values(state.nodes).filter((node) => node.hidden).length;
  const summary = describeGraph(
    view.nodes,
    view.edges,
    focus,
    neighbours.map((n) => n.node),
    t,
    typeName,
  );
  const onSigma = useCallback((instance: Sigma | null) => {
    sigma.current = instance;
  }, []);
  const handlers = useMemo(
    () => ({ onClickNode: (id: string) => setFocusId(id), onClickStage: () => setFocusId(null) }),
    [],
  );

  return (
    <>
      <PageHeader title={t('graph.title')} description={t('graph.intro')} />
      <Text role="status" size="sm" mb="xs" data-testid="graph-message" mih={20}>
        {message}
      </Text>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="sm">
            <HistoryBar
              canUndo={canUndo}
              canRedo={canRedo}
              canClear={Object.keys(state.nodes).length > 0}
              onUndo={undo}
              onRedo={redo}
              onClear={() => dispatch({ type: 'clear' })}
            />
            <Tabs value={tab} onChange={setTab} keepMounted>
              <Tabs.List aria-label={t('graph.tabs.label')}>
                <Tabs.Tab value="graph">{t('graph.tabs.graph')}</Tabs.Tab>
                <Tabs.Tab value="table">{t('graph.tabs.table')}</Tabs.Tab>
                <Tabs.Tab value="matrix">{t('graph.matrix.tab')}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="graph" pt="sm">
                <GraphCanvas
                  graph={graph}
                  nodeCount={view.nodes.length}
                  edgeCount={view.edges.length}
                  summaryId="graph-summary"
                  labelDensity={labelDensity}
                  handlers={handlers}
                  onSigma={onSigma}
                />
              </Tabs.Panel>
              <Tabs.Panel value="matrix" pt="sm">
                {tab === 'matrix' ? (
                  <MatrixViews
                    onOpenCategoryCell={(cell) =>
                      void addCell(cell).then((result) => {
                        report(result);
                        setTab('graph');
                      })
                    }
                    onOpenRegionCell={(cell) =>
                      void addRegionCell(cell).then((result) => {
                        report(result);
                        setTab('graph');
                      })
                    }
                  />
                ) : null}
              </Tabs.Panel>
              <Tabs.Panel value="table" pt="sm">
                <GraphTable
                  nodes={view.nodes}
                  edges={view.edges}
                  degree={(id) => degrees.get(id) ?? 0}
                  onSelect={select}
                />
              </Tabs.Panel>
            </Tabs>
            <Text id="graph-summary" size="sm" aria-live="polite" data-testid="graph-summary">
              {summary}
            </Text>
            <LayoutControls
              status={layout.status}
              canRun={view.nodes.length > 1}
              auto={autoLayout}
              labelDensity={labelDensity}
              onRun={layout.start}
              onStop={layout.stop}
              onAutoChange={setAutoLayout}
              onLabelDensityChange={setLabelDensity}
              onArrange={arrange}
            />
            <ExportButtons graph={graph} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <Paper withBorder p="sm">
              <SearchAdd
                isShown={(id) => !!state.nodes[id] && !state.nodes[id].hidden}
                onAdd={(id) => void addEntity(id)}
                busy={busy}
              />
            </Paper>
            <Paper withBorder p="sm">
              <DetailsPanel
                node={focus}
                neighbours={neighbours}
                busy={busy}
                onSelect={select}
                onExpand={(id, depth, types) => void addEntity(id, depth, types)}
                onHide={(id) => {
                  dispatch({ type: 'hide', ids: [id] });
                  setFocusId(null);
                }}
                onPin={(id, pinned) => dispatch({ type: 'pin', id, pinned })}
                onCollapse={(id) => dispatch({ type: 'collapse', id })}
                onRemove={(id) => {
                  dispatch({ type: 'remove', ids: [id] });
                  setFocusId(null);
                }}
              />
              {hiddenCount > 0 ? (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  mt="xs"
                  onClick={() => dispatch({ type: 'showHidden' })}
                >
                  {t('graph.details.showHidden', { count: hiddenCount })}
                </Button>
              ) : null}
            </Paper>
            <Paper withBorder p="sm">
              <PathPanel
                state={state}
                busy={busy}
                onFind={(fromId, toId) =>
                  void shortestPath(fromId, toId).then((result) =>
                    report(result, {
                      from: state.nodes[fromId]?.label ?? '',
                      to: state.nodes[toId]?.label ?? '',
                    }),
                  )
                }
                onClear={() => dispatch({ type: 'clearPath' })}
              />
            </Paper>
            <Paper withBorder p="sm">
              <TypeFilter
                present={present}
                hiddenTypes={state.hiddenTypes}
                onChange={(hiddenTypes) => dispatch({ type: 'filterTypes', hiddenTypes })}
              />
              <FacetFilters
                facets={state.facets}
                onChange={(facets) => dispatch({ type: 'filterFacets', facets })}
              />
            </Paper>
            <Paper withBorder p="sm">
              <Legend
                types={present.map(([type]) => type)}
                groups={
                  metrics && colorBy !== 'type'
                    ? {
                        kind: colorBy,
                        count: colorBy === 'community' ? metrics.communityCount : metrics.componentCount,
                        names: colorBy === 'community' ? communityNames : {},
                      }
                    : null
                }
              />
            </Paper>
            <Paper withBorder p="sm">
              <MetricsPanel
                metrics={metrics}
                nodes={nodesById}
                sizeBy={sizeBy}
                colorBy={colorBy}
                communityNames={communityNames}
                onSizeBy={setSizeBy}
                onColorBy={setColorBy}
                onCompute={() => setMetricsOn(true)}
                onNameCommunity={(community, name) =>
                  setCommunityNames((names) => ({ ...names, [community]: name }))
                }
                onSelect={select}
              />
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
