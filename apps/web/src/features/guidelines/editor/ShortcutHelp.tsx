import { Kbd, Modal, Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { EDITOR_ACTIONS } from './editorActions';
import { keyboardKind, shortcutKeys } from './shortcuts';

/** Typed characters that do something, beside the key combinations of the actions. */
const TYPED = [
  { id: 'blockMenu', keys: '/' },
  { id: 'mentionPeople', keys: '@' },
  { id: 'mentionTopics', keys: '#' },
  { id: 'tableCell', keys: 'Tab' },
  { id: 'comment', keys: 'Mod-Alt-m' },
  { id: 'help', keys: 'Mod-/' },
];

/** The keyboard shortcuts of the editor, as this keyboard names them. */
export function ShortcutHelp({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'de';
  const kind = keyboardKind();
  const rows = [
    ...Object.values(EDITOR_ACTIONS)
      .filter(
        (action): action is typeof action & { keys: string } => 'keys' in action && Boolean(action.keys),
      )
      .map((action) => ({
        id: action.id,
        label: t(`guidelines.editor.actions.${action.id}`),
        keys: action.keys,
      })),
    ...TYPED.map((typed) => ({
      id: typed.id,
      label: t(`guidelines.editor.help.typed.${typed.id}`),
      keys: typed.keys,
    })),
  ];
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('guidelines.editor.help.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
    >
      <Text size="sm" mb="sm">
        {t('guidelines.editor.help.intro')}
      </Text>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('guidelines.editor.help.action')}</Table.Th>
            <Table.Th>{t('guidelines.editor.help.keys')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td>{row.label}</Table.Td>
              <Table.Td>
                {shortcutKeys(row.keys, kind, language).map((key, index) => (
                  <Fragment key={index}>
                    {index > 0 ? ' + ' : null}
                    <Kbd>{key}</Kbd>
                  </Fragment>
                ))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
