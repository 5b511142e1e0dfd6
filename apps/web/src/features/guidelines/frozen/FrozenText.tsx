import { Typography } from '@mantine/core';
import { useMemo } from 'react';
import { labelTaskItems } from './taskLabels';

/**
 * A guideline's text as it was frozen (a published version, a revision): HTML rendered by the server from
 * the editor schema — every text escaped, links only to safe addresses — with checklist boxes named.
 */
export function FrozenText({ html }: { html: string }) {
  const labelled = useMemo(() => labelTaskItems(html), [html]);
  return (
    <Typography>
      <div dangerouslySetInnerHTML={{ __html: labelled }} />
    </Typography>
  );
}
