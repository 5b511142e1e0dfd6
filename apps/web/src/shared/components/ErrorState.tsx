import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeProblem, isNotFound } from '../errors/apiError';
import { useProblemText } from '../errors/useProblemText';

interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}

/**
 * A failed request never leaves a blank page: say what happened and offer to try again (not when
 * the record does not exist: that stays so).
 */
export function ErrorState({ error, onRetry, title }: ErrorStateProps) {
  const { t } = useTranslation();
  const { problemText } = useProblemText();
  const problem = describeProblem(error);
  return (
    <Alert color="red" variant="light" title={title ?? t('errors.title')} role="alert" my="md">
      <Text size="sm">{problemText(problem)}</Text>
      {onRetry && !isNotFound(error) ? (
        <Group mt="sm">
          <Button size="xs" variant="default" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        </Group>
      ) : null}
    </Alert>
  );
}
