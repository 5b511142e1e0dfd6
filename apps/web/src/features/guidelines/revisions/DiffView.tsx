import { Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DiffPart, TextDiff } from './diff';
import './diff.css';

function Part({ part }: { part: DiffPart }) {
  const { t } = useTranslation();
  if (part.kind === 'added')
    return (
      <ins>
        <VisuallyHidden>{t('guidelineRevisions.diff.added')} </VisuallyHidden>
        {part.text}
      </ins>
    );
  if (part.kind === 'removed')
    return (
      <del>
        <VisuallyHidden>{t('guidelineRevisions.diff.removed')} </VisuallyHidden>
        {part.text}
      </del>
    );
  return <>{part.text}</>;
}

/**
 * A revision compared with the current text, block by block: additions underlined on green, removals
 * struck through on red, each also named for screen readers (<ins>/<del> with a hidden word).
 */
export function DiffView({ diff }: { diff: TextDiff }) {
  const { t } = useTranslation();
  if (diff.added === 0 && diff.removed === 0 && diff.blocks.every((block) => block.kind === 'same'))
    return <Text>{t('guidelineRevisions.diff.same')}</Text>;
  return (
    <Stack gap="sm">
      <Text size="sm" className="text-diff__legend">
        {t('guidelineRevisions.diff.legend')} <ins>{t('guidelineRevisions.diff.legendAdded')}</ins>,{' '}
        <del>{t('guidelineRevisions.diff.legendRemoved')}</del>
      </Text>
      <Text size="sm" fw={600}>
        {t('guidelineRevisions.diff.summary', { added: diff.added, removed: diff.removed })}
      </Text>
      <div className="text-diff" role="region" aria-label={t('guidelineRevisions.diff.label')}>
        {diff.blocks.map((block, index) => (
          <p key={index} className="text-diff__block">
            {block.parts.map((part, at) => (
              <Part key={at} part={part} />
            ))}
          </p>
        ))}
      </div>
    </Stack>
  );
}
