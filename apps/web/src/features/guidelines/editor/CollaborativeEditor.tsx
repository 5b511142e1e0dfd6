import { useApolloClient } from '@apollo/client/react';
import { createEditorExtensions, YJS_FRAGMENT } from '@netzwerkstatt/editor';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { CommentHighlights } from '../comments/commentHighlights';
import { CommentsPanel } from '../comments/CommentsPanel';
import { draftOfSelection, type CommentDraft } from '../comments/draft';
import { BlockMenu } from './blockMenu';
import { DeletedMentions } from './deletedMentions';
import type { CollabSession } from './collabSession';
import { EditorToolbar } from './EditorToolbar';
import { LinkDialog } from './LinkDialog';
import { mentionSuggestions, withMentionLinks } from './mentions';
import type { AwarenessUser } from './presence';
import { ShortcutHelp } from './ShortcutHelp';
import { useDeletedMentions } from './useDeletedMentions';

interface CollaborativeEditorProps {
  guidelineId: string;
  session: CollabSession;
  user: AwarenessUser;
  editable: boolean;
  /** The text's accessible name. */
  label: string;
}

/**
 * The guideline's text bound to the session's Y.Doc: the shared schema plus Collaboration (undo and redo
 * are Yjs's, per person) and CollaborationCaret (everyone's caret and selection with their name). It never
 * gets initial content: the server seeds a new document once.
 */
export function CollaborativeEditor({
  guidelineId,
  session,
  user,
  editable,
  label,
}: CollaborativeEditorProps) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [linkOpen, setLinkOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [draft, setDraft] = useState<CommentDraft | null>(null);
  const [needsSelection, setNeedsSelection] = useState(false);
  const attributes = {
    id: 'guideline-text',
    class: 'guideline-text',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': label,
    'aria-readonly': String(!editable),
  };

  const editor = useEditor(
    {
      extensions: [
        ...withMentionLinks(createEditorExtensions({ mention: mentionSuggestions(client) })),
        Collaboration.configure({ document: session.doc, field: YJS_FRAGMENT }),
        CollaborationCaret.configure({ provider: session.provider, user }),
        BlockMenu,
        CommentHighlights,
        DeletedMentions,
      ],
      editable,
      editorProps: { attributes },
    },
    [session],
  );

  useEffect(() => {
    editor.setEditable(editable);
    editor.setOptions({ editorProps: { attributes } });
    // `attributes` follows `editable` and `label`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, editable, label]);

  useEffect(() => {
    if (!editor.isDestroyed) editor.commands.updateUser(user);
  }, [editor, user]);

  useDeletedMentions(editor);

  // Comments need no write right: a reader comments too.
  const startComment = () => {
    const next = draftOfSelection(editor.state);
    setNeedsSelection(!next);
    if (next) setDraft(next);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key === '/') {
      event.preventDefault();
      setHelpOpen(true);
    }
    // Strg+Alt+M (⌘⌥M), from the text or the toolbar; AltGr+M types „µ“ and stays a character.
    if (
      isCommentShortcut(event) &&
      (event.target as Element).closest('.guideline-text, .guideline-toolbar') !== null
    ) {
      event.preventDefault();
      startComment();
    }
  };

  // A mention is a link to the thing's page; follow it inside the app (a modified click opens a tab).
  const onClick = (event: MouseEvent) => {
    const link = (event.target as Element).closest('a.guideline-mention');
    const href = link?.getAttribute('href');
    if (!href || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    navigate(href);
  };

  return (
    // The wrapper only catches what bubbles from the toolbar and the text, both keyboard-operable.
    <div className="guideline-editor__body" onKeyDown={onKeyDown} onClick={onClick}>
      <div className="guideline-editor__main">
        {editable ? (
          <EditorToolbar
            editor={editor}
            onLink={() => setLinkOpen(true)}
            onHelp={() => setHelpOpen(true)}
            onComment={startComment}
          />
        ) : null}
        <EditorContent editor={editor} />
      </div>
      <CommentsPanel
        editor={editor}
        guidelineId={guidelineId}
        draft={draft}
        needsSelection={needsSelection}
        onStartComment={startComment}
        onDraftDone={() => {
          setDraft(null);
          setNeedsSelection(false);
        }}
      />
      <LinkDialog editor={editor} opened={linkOpen} onClose={() => setLinkOpen(false)} />
      <ShortcutHelp opened={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}

function isCommentShortcut(event: KeyboardEvent): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    event.altKey &&
    !event.shiftKey &&
    event.code === 'KeyM' &&
    !event.getModifierState('AltGraph')
  );
}
