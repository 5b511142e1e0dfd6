import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import type { Editor } from '@tiptap/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeLinkHref } from './links';

interface LinkDialogProps {
  editor: Editor;
  opened: boolean;
  onClose: () => void;
}

/** Sets, changes or removes the link on the selected text (or the word at the cursor). */
export function LinkDialog({ editor, opened, onClose }: LinkDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('guidelines.editor.link.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {opened ? <LinkForm editor={editor} onClose={onClose} /> : null}
    </Modal>
  );
}

function LinkForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const { t } = useTranslation();
  const current = editor.getAttributes('link').href as string | undefined;
  const [value, setValue] = useState(current ?? '');
  const [error, setError] = useState<string>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const href = normalizeLinkHref(value);
    if (!href) {
      setError(t('guidelines.editor.link.invalid'));
      return;
    }
    const chain = editor.chain().focus().extendMarkRange('link');
    if (editor.state.selection.empty && !current)
      chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] });
    else chain.setLink({ href });
    chain.run();
    onClose();
  };

  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onClose();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('guidelines.editor.link.address')}
          description={t('guidelines.editor.link.hint')}
          value={value}
          onChange={(event) => {
            setValue(event.currentTarget.value);
            setError(undefined);
          }}
          error={error}
          data-autofocus
          autoComplete="url"
        />
        <Group justify="flex-end">
          {current ? (
            <Button variant="default" color="red" onClick={remove}>
              {t('guidelines.editor.link.remove')}
            </Button>
          ) : null}
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit">{t('guidelines.editor.link.apply')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
