import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Switch, Text, Title } from '@mantine/core';
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ErrorState } from '../../../shared/components/ErrorState';
import { CommentInput, type CommentText } from './CommentInput';
import { commentRanges, showCommentThreads } from './commentHighlights';
import { CommentThread, commentElementId } from './CommentThread';
import { DRAFT_ID, type CommentDraft } from './draft';
import { CREATE_COMMENT, GUIDELINE_COMMENTS, REOPEN_COMMENT_THREAD, RESOLVE_COMMENT_THREAD } from './graphql';
import { orderThreads, threadAt } from './threadOrder';
import './comments.css';

/**
 * Others' comments arrive by asking again every few seconds while the page is open: it needs nothing
 * but the query, survives reconnects and sleeping tabs, and costs one small read per person.
 */
export const COMMENTS_POLL_MS = 5000;

interface CommentsPanelProps {
  editor: Editor;
  guidelineId: string;
  /** The comment being written on the selected text, if any. */
  draft: CommentDraft | null;
  /** Asked to comment without a selection: say what to do. */
  needsSelection: boolean;
  onStartComment: () => void;
  onDraftDone: () => void;
}

/** The threads of the guideline beside its text, in the order of the text. */
export function CommentsPanel({
  editor,
  guidelineId,
  draft,
  needsSelection,
  onStartComment,
  onDraftDone,
}: CommentsPanelProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const location = useLocation();
  const { data, error, refetch } = useQuery(GUIDELINE_COMMENTS, {
    variables: { guidelineId },
    pollInterval: COMMENTS_POLL_MS,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: false,
  });
  const [createComment] = useMutation(CREATE_COMMENT);
  const [resolveThread] = useMutation(RESOLVE_COMMENT_THREAD);
  const [reopenThread] = useMutation(REOPEN_COMMENT_THREAD);
  const [showResolved, setShowResolved] = useState(false);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>();
  const threads = useMemo(() => data?.guidelineComments ?? [], [data]);

  // The editor marks the text of the open threads (a resolved one while it is shown and chosen) and
  // the draft's, and reports where each thread's text is now.
  useEffect(() => {
    if (editor.isDestroyed) return;
    const anchored = threads.map((thread) => ({
      id: thread.id,
      anchor: thread.anchor ?? null,
      marked: !thread.resolved || (showResolved && thread.id === activeId),
    }));
    if (draft) anchored.push({ id: DRAFT_ID, anchor: draft.anchor, marked: true });
    showCommentThreads(editor.view, { threads: anchored });
  }, [editor, threads, draft, showResolved, activeId]);
  useEffect(() => {
    if (!editor.isDestroyed) showCommentThreads(editor.view, { activeId });
  }, [editor, activeId]);
  const ranges = useEditorState({ editor, selector: ({ editor: current }) => commentRanges(current.state) });

  // The caret in commented text marks its thread here.
  useEffect(() => {
    const follow = () => {
      const at = threadAt(commentRanges(editor.state), editor.state.selection.from);
      if (at && at !== DRAFT_ID) setActiveId(at);
    };
    editor.on('selectionUpdate', follow);
    return () => {
      editor.off('selectionUpdate', follow);
    };
  }, [editor]);

  // Someone else's new comment may have mentioned me: the bell asks at once instead of within a minute.
  const commentCount = threads.reduce((sum, thread) => sum + 1 + thread.replies.length, 0);
  const lastCount = useRef<number | null>(null);
  useEffect(() => {
    if (!data) return;
    if (lastCount.current !== null && commentCount > lastCount.current)
      void client.refetchQueries({ include: ['UnreadNotificationCount'] });
    lastCount.current = commentCount;
  }, [client, data, commentCount]);

  // A notification's link (#kommentar-<id>) opens its thread.
  const openedHash = useRef<string | null>(null);
  useEffect(() => {
    const id = location.hash.startsWith('#kommentar-') ? location.hash.slice('#kommentar-'.length) : null;
    if (!id || openedHash.current === location.hash || threads.length === 0) return;
    const thread = threads.find((each) => each.id === id || each.replies.some((reply) => reply.id === id));
    if (!thread) return;
    openedHash.current = location.hash;
    if (thread.resolved) setShowResolved(true);
    setActiveId(thread.id);
    requestAnimationFrame(() => {
      const element = document.getElementById(commentElementId(id));
      element?.scrollIntoView({ block: 'center' });
    });
  }, [location.hash, threads]);

  const shown = orderThreads(threads, ranges, showResolved);
  const resolvedCount = threads.filter((thread) => thread.resolved).length;

  const goToText = (threadId: string) => {
    setActiveId(threadId);
    const range = commentRanges(editor.state)[threadId];
    if (range) editor.chain().focus().setTextSelection(range).scrollIntoView().run();
  };

  const send = async (text: CommentText, replyToId?: string) => {
    await createComment({
      variables: {
        input: {
          guidelineId,
          body: text.body,
          mentionedUserIds: text.mentionedUserIds,
          ...(replyToId ? { replyToId } : { anchor: draft?.anchor, quote: draft?.quote }),
        },
      },
    });
    await refetch();
  };

  const setResolved = async (threadId: string, resolved: boolean) => {
    setActionError(undefined);
    try {
      await (resolved ? resolveThread : reopenThread)({ variables: { id: threadId } });
      await refetch();
    } catch (failure) {
      setActionError(failure);
    }
  };

  return (
    <aside className="guideline-comments" aria-labelledby="guideline-comments-title">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Title order={2} size="h4" id="guideline-comments-title">
          {t('guidelineComments.title')}
        </Title>
        <Button size="compact-sm" variant="light" onClick={onStartComment}>
          {t('guidelineComments.comment')}
        </Button>
      </Group>
      <div aria-live="polite">
        {needsSelection && !draft ? (
          <Text size="sm" c="dimmed" mt="xs">
            {t('guidelineComments.selectFirst')}
          </Text>
        ) : null}
      </div>
      {draft ? (
        <section
          className="comment-thread comment-thread--draft"
          aria-label={t('guidelineComments.newLabel')}
        >
          <div className="comment-thread__quote">„{draft.quote}“</div>
          <CommentInput
            label={t('guidelineComments.newLabel')}
            submitLabel={t('guidelineComments.send')}
            onSubmit={async (text) => {
              await send(text);
              onDraftDone();
            }}
            onCancel={() => {
              onDraftDone();
              editor.commands.focus();
            }}
          />
        </section>
      ) : null}
      <Switch
        mt="sm"
        size="sm"
        checked={showResolved}
        onChange={(event) => setShowResolved(event.currentTarget.checked)}
        label={t('guidelineComments.showResolved', { count: resolvedCount })}
      />
      {error && !data ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {actionError ? <ErrorState error={actionError} /> : null}
      {shown.length > 0 ? (
        <ol className="guideline-comments__list" aria-label={t('guidelineComments.listLabel')}>
          {shown.map((thread) => (
            <CommentThread
              key={thread.id}
              thread={thread}
              active={thread.id === activeId}
              onGoToText={() => goToText(thread.id)}
              onReply={(text) => send(text, thread.id)}
              onResolve={(resolved) => setResolved(thread.id, resolved)}
            />
          ))}
        </ol>
      ) : data ? (
        <Text size="sm" c="dimmed" mt="sm">
          {threads.length > 0 ? t('guidelineComments.allResolved') : t('guidelineComments.empty')}
        </Text>
      ) : null}
    </aside>
  );
}
