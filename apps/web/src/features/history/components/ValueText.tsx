import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shorten } from '../changes';

/** A recorded value; a long text is shortened, with a button to show all of it. */
export function ValueText({ text }: { text: string }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const short = shorten(text);
  const long = short !== text;
  return (
    <>
      <Text component="span" size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {all || !long ? text : short}
      </Text>
      {long ? (
        <Button
          variant="subtle"
          size="compact-xs"
          ml={4}
          aria-expanded={all}
          onClick={() => setAll((shown) => !shown)}
        >
          {all ? t('history.showLess') : t('history.showAll')}
        </Button>
      ) : null}
    </>
  );
}
