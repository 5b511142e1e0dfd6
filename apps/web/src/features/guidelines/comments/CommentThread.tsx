import { Badge, Button, Group, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuidelineCommentsQuery } from '../../../graphql/generated/graphql';
import { formatDateTime } from '../../../shared/format';
import { CommentInput, type CommentText } from './CommentInput';
import type { PlacedThread } from './threadOrder';

export type Thread = GuidelineCommentsQuery['guidelineComments'][number];
type Comment = Pick<Thread, 'id' | 'body' | 'authorName' | 'createdAt'>;

/** The element id of a comment (a thread or a reply): notifications link to it. */
export const commentElementId = (id: string) => `kommentar-${id}`;

interface CommentThreadProps {
  thread: PlacedThread<Thread>;
  active: boolean;
  onGoToText: () => void;
  onReply: (text: CommentText) => Promise<void>;
  onResolve: (resolved: boolean) => Promise<void>;
}

function CommentBody({ comment }: { comment: Comment }) {
  const { t } = useTranslation();
  return (
    <div className="comment" id={commentElementId(comment.id)}>
      <Group gap={6} wrap="wrap">
        <Text size="sm" fw={600}>
          {comment.authorName ?? t('guidelineComments.unknownAuthor')}
        </Text>
        <Text size="xs" c="dimmed" component="time" dateTime={comment.createdAt}>
          {formatDateTime(comment.createdAt)}
        </Text>
      </Group>
      <Text size="sm" className="comment__body">
        {comment.body}
      </Text>
    </div>
  );
}

/** One thread in the panel: the commented words (a way to them), the comments, replying, resolving. */
export function CommentThread({ thread, active, onGoToText, onReply, onResolve }: CommentThreadProps) {
  const { t } = useTranslation();
  const [replying, setReplying] = useState(false);
  const [busy, setBusy] = useState(false);
  const quote = thread.quote ?? '';

  const resolve = async (resolved: boolean) => {
    setBusy(true);
    try {
      await onResolve(resolved);
    } finally {
      setBusy(false);
    }
  };

  return (
    <li
      className="comment-thread"
      data-active={active || undefined}
      data-resolved={thread.resolved || undefined}
      aria-current={active || undefined}
    >
      {thread.range ? (
        <button type="button" className="comment-thread__quote" onClick={onGoToText}>
          <VisuallyHidden>{t('guidelineComments.goToText')} </VisuallyHidden>„{quote}“
        </button>
      ) : (
        <div className="comment-thread__quote comment-thread__quote--removed">
          <Badge color="gray" variant="light" size="sm">
            {t('guidelineComments.textRemoved')}
          </Badge>{' '}
          <del>„{quote}“</del>
        </div>
      )}
      <CommentBody comment={thread} />
      {thread.replies.map((reply) => (
        <CommentBody key={reply.id} comment={reply} />
      ))}
      {thread.resolved ? (
        <Text size="xs" c="dimmed" mt={4}>
          {thread.resolvedByName
            ? t('guidelineComments.resolvedBy', {
                name: thread.resolvedByName,
                date: formatDateTime(thread.resolvedAt ?? ''),
              })
            : t('guidelineComments.resolved')}
        </Text>
      ) : null}
      {replying ? (
        <CommentInput
          label={t('guidelineComments.replyLabel', { name: thread.authorName ?? '' })}
          submitLabel={t('guidelineComments.sendReply')}
          onSubmit={async (text) => {
            await onReply(text);
            setReplying(false);
          }}
          onCancel={() => setReplying(false)}
        />
      ) : (
        <Group gap="xs" mt="xs">
          <Button size="compact-sm" variant="default" onClick={() => setReplying(true)}>
            {t('guidelineComments.reply')}
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            loading={busy}
            onClick={() => void resolve(!thread.resolved)}
          >
            {thread.resolved ? t('guidelineComments.reopen') : t('guidelineComments.resolve')}
          </Button>
        </Group>
      )}
    </li>
  );
}
