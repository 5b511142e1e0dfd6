import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../errors/apiError';
import { useProblemText } from '../errors/useProblemText';

/** The message above a form after a failed submit; field problems are shown at their fields. */
export function FormProblem({ problem }: { problem: ApiProblem | undefined }) {
  const { t } = useTranslation();
  const { problemText } = useProblemText();
  if (!problem) return null;
  const text =
    problem.code === 'BAD_USER_INPUT' && problem.issues.length > 0
      ? t('validation.checkFields')
      : problemText(problem);
  return (
    <Alert color="red" variant="light" role="alert" mb="md">
      {text}
    </Alert>
  );
}
