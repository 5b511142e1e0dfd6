import { Alert, Button, Group, Paper } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../shared/components/LoadingState';
import { useSession } from '../../auth';
import { CollaborativeEditor } from './CollaborativeEditor';
import { LeaveDialog } from './LeaveDialog';
import { PresenceList } from './PresenceList';
import { SyncStatusPill } from './SyncStatusPill';
import { useCollabSession } from './useCollabSession';
import { useLeaveGuard } from './useLeaveGuard';
import { userColor } from './userColor';
import './editor.css';

export interface GuidelineEditorProps {
  guidelineId: string;
  title: string;
  /** The person may write (GraphQL `Guideline.editable`); otherwise the text opens read-only. */
  editable: boolean;
  /** Published guidelines are read-only for everybody (said so in the notice). */
  published: boolean;
}

/**
 * The co-edited text of a guideline with who is here and whether the edits are saved. Its own chunk:
 * everything of tiptap and Yjs loads with it, never with the list or the first page.
 */
export default function GuidelineEditor({ guidelineId, title, editable, published }: GuidelineEditorProps) {
  const { t } = useTranslation();
  const { user } = useSession();
  const userId = user?.id ?? '';
  const { session, sync, closed, unsaved } = useCollabSession(guidelineId, userId);
  const leaving = useLeaveGuard(unsaved);
  const awarenessUser = useMemo(
    () => ({ id: userId, name: user?.displayName ?? '', color: userColor(userId) }),
    [userId, user?.displayName],
  );
  // A refusal other than a full document would be repeated on every attempt: nothing typed could arrive.
  const refused = closed !== null && closed.retryAfterMs === undefined;
  const readOnly = !editable || closed?.reason === 'READ_ONLY';

  return (
    <Paper
      withBorder
      className="guideline-editor"
      component="section"
      aria-label={t('guidelines.editor.label')}
    >
      <Group justify="space-between" wrap="wrap" gap="sm" className="guideline-editor__bar">
        {session ? <PresenceList awareness={session.provider.awareness} /> : <span />}
        <SyncStatusPill sync={sync} />
      </Group>
      {closed ? (
        <Alert color={refused ? 'red' : 'orange'} variant="light" role="alert" m="sm">
          {t(`guidelines.editor.closed.${closed.messageKey}`)}
          {closed.reason === 'OUTDATED_SCHEMA' ? (
            <Button size="compact-sm" variant="default" ml="sm" onClick={() => window.location.reload()}>
              {t('guidelines.editor.reload')}
            </Button>
          ) : null}
        </Alert>
      ) : null}
      {readOnly && closed?.reason !== 'READ_ONLY' ? (
        <Alert variant="light" color="gray" m="sm">
          {published ? t('guidelines.editor.readOnly') : t('guidelines.editor.readOnlyRights')}
        </Alert>
      ) : null}
      {session ? (
        <CollaborativeEditor
          guidelineId={guidelineId}
          session={session}
          user={awarenessUser}
          editable={!readOnly && !refused}
          label={t('guidelines.editor.textLabel', { title })}
        />
      ) : (
        <LoadingState />
      )}
      <LeaveDialog opened={leaving.pending !== null} onStay={leaving.stay} onLeave={leaving.leave} />
    </Paper>
  );
}
