import { Stack, Text, UnstyledButton } from '@mantine/core';
import { useRef, type KeyboardEvent } from 'react';
import type { ExplorerEdge, ExplorerNode } from '../model/explorer';
import { typeColor } from '../model/style';
import { useGraphTexts } from '../hooks/useGraphTexts';

export interface Neighbour {
  node: ExplorerNode;
  edge: ExplorerEdge;
}

interface NeighbourListProps {
  focus: ExplorerNode;
  neighbours: Neighbour[];
  onSelect: (id: string) => void;
}

/**
 * Keyboard navigation through the graph: the selected node's neighbours as buttons; arrow keys move
 * between them, Enter makes one the selected node (shown in the drawing) and lists its neighbours.
 */
export function NeighbourList({ focus, neighbours, onSelect }: NeighbourListProps) {
  const { t, typeName, relationshipName } = useGraphTexts();
  const list = useRef<HTMLUListElement>(null);

  const move = (event: KeyboardEvent<HTMLUListElement>) => {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? buttons.length - 1
          : event.key === 'ArrowDown'
            ? Math.min(index + 1, buttons.length - 1)
            : Math.max(index - 1, 0);
    event.preventDefault();
    buttons[next]?.focus();
  };

  const go = (id: string) => {
    onSelect(id);
    // The list shows the new node's neighbours; the keyboard stays in it.
    requestAnimationFrame(() => list.current?.querySelector<HTMLButtonElement>('button')?.focus());
  };

  if (neighbours.length === 0) return <Text size="sm">{t('graph.details.noNeighbours')}</Text>;
  return (
    <ul
      ref={list}
      onKeyDown={move}
      aria-label={t('graph.details.neighbours')}
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {neighbours.map(({ node, edge }) => {
        const relationship =
          edge.from === focus.id ? relationshipName(edge.type) : `← ${relationshipName(edge.type)}`;
        return (
          <li key={`${node.id}-${edge.key}`}>
            <UnstyledButton className="graph-neighbour" onClick={() => go(node.id)} w="100%" py={4} px={6}>
              <Stack gap={0}>
                <Text size="sm">
                  <span aria-hidden style={{ color: typeColor(node.type) }}>
                    ●{' '}
                  </span>
                  {node.label}
                </Text>
                <Text size="xs" c="dimmed">
                  {relationship} · {typeName(node.type)}
                </Text>
              </Stack>
            </UnstyledButton>
          </li>
        );
      })}
    </ul>
  );
}
