import { useApolloClient } from '@apollo/client/react';
import { Button, Group } from '@mantine/core';
import { LIMITS } from '@netzwerkstatt/domain';
import { Extension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../shared/components/ErrorState';
import { mentionedAccounts, personMentions } from './personMentions';

export interface CommentText {
  body: string;
  mentionedUserIds: string[];
}

interface CommentInputProps {
  /** The text box's accessible name. */
  label: string;
  submitLabel: string;
  /** Resolves once the comment is stored; a failure is shown and the text kept. */
  onSubmit: (text: CommentText) => Promise<void>;
  onCancel: () => void;
}

/**
 * The text of a comment or reply: plain paragraphs and `@Person` mentions. Strg+Enter sends, Escape
 * cancels (after closing the suggestions, if open).
 */
export function CommentInput({ label, submitLabel, onSubmit, onCancel }: CommentInputProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [error, setError] = useState<unknown>();
  const [sending, setSending] = useState(false);
  const submitRef = useRef<() => void>(() => undefined);

  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        blockquote: false,
        bold: false,
        bulletList: false,
        code: false,
        codeBlock: false,
        hardBreak: false,
        heading: false,
        horizontalRule: false,
        italic: false,
        link: false,
        listItem: false,
        listKeymap: false,
        orderedList: false,
        strike: false,
        trailingNode: false,
        underline: false,
      }),
      personMentions(client),
      Extension.create({
        name: 'sendComment',
        addKeyboardShortcuts: () => ({
          'Mod-Enter': () => {
            submitRef.current();
            return true;
          },
        }),
      }),
    ],
    editorProps: {
      attributes: {
        class: 'comment-input',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
      },
    },
    autofocus: 'end',
  });
  const text = useEditorState({
    editor,
    selector: ({ editor: current }) => current.getText({ blockSeparator: '\n' }).trim(),
  });

  const submit = async () => {
    const body = editor.getText({ blockSeparator: '\n' }).trim();
    if (!body || sending) return;
    setSending(true);
    setError(undefined);
    try {
      await onSubmit({ body, mentionedUserIds: mentionedAccounts(editor.getJSON()) });
      editor.commands.clearContent();
    } catch (failure) {
      setError(failure);
    } finally {
      setSending(false);
    }
  };
  submitRef.current = () => void submit();

  const onKeyDown = (event: KeyboardEvent) => {
    // The suggestions take Escape first (and mark it handled).
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      onCancel();
    }
  };

  const tooLong = text.length > LIMITS.description;
  return (
    // Keys bubble here from the text box only.
    <div className="comment-composer" onKeyDown={onKeyDown}>
      <EditorContent editor={editor} />
      {tooLong ? (
        <p className="comment-composer__hint" role="alert">
          {t('guidelineComments.tooLong', { max: LIMITS.description })}
        </p>
      ) : null}
      <Group gap="xs" mt="xs">
        <Button size="xs" onClick={() => void submit()} loading={sending} disabled={!text || tooLong}>
          {submitLabel}
        </Button>
        <Button size="xs" variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </Group>
      <div aria-live="polite">{error ? <ErrorState error={error} /> : null}</div>
    </div>
  );
}
