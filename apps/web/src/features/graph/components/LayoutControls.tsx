import { Button, Checkbox, Group, Progress, Slider, Stack, Text } from '@mantine/core';
import type { LayoutStatus } from '../layout/useForceAtlas2';
import { useGraphTexts } from '../hooks/useGraphTexts';

interface LayoutControlsProps {
  status: LayoutStatus;
  canRun: boolean;
  auto: boolean;
  labelDensity: number;
  onRun: () => void;
  onStop: () => void;
  onAutoChange: (auto: boolean) => void;
  onLabelDensityChange: (density: number) => void;
  onArrange: (kind: 'circular' | 'processChain' | 'noverlap') => void;
}

/** ForceAtlas2 with its progress and a stop button; it also stops by itself once positions settle. */
export function LayoutControls(props: LayoutControlsProps) {
  const { t } = useGraphTexts();
  const { status } = props;
  const percent = Math.round(status.progress * 100);
  return (
    <Stack gap="xs">
      <Group gap="xs">
        {status.running ? (
          <Button size="xs" color="red" variant="light" onClick={props.onStop}>
            {t('graph.layout.stop')}
          </Button>
        ) : (
          <Button size="xs" variant="light" disabled={!props.canRun} onClick={props.onRun}>
            {t('graph.layout.run')}
          </Button>
        )}
        {(['circular', 'processChain', 'noverlap'] as const).map((kind) => (
          <Button
            key={kind}
            size="xs"
            variant="default"
            disabled={!props.canRun}
            onClick={() => props.onArrange(kind)}
          >
            {t(`graph.layout.${kind}`)}
          </Button>
        ))}
        <Checkbox
          size="xs"
          label={t('graph.layout.auto')}
          checked={props.auto}
          onChange={(event) => props.onAutoChange(event.currentTarget.checked)}
        />
      </Group>
      {status.running ? (
        <Progress value={percent} size="sm" aria-label={t('graph.layout.progress', { percent })} />
      ) : null}
      <Text size="xs" role="status" data-testid="layout-status">
        {status.running
          ? t('graph.layout.progress', { percent })
          : status.end
            ? t(`graph.layout.${status.end}`)
            : ''}
      </Text>
      <div>
        <Text size="xs" id="graph-label-density">
          {t('graph.layout.labelDensity')}
        </Text>
        <Slider
          size="xs"
          min={0.1}
          max={3}
          step={0.1}
          value={props.labelDensity}
          onChange={props.onLabelDensityChange}
          thumbProps={{ 'aria-labelledby': 'graph-label-density' }}
        />
      </div>
    </Stack>
  );
}
