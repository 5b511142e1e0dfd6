import { Injectable } from '@nestjs/common';
import {
  ENTITY_LABELS,
  FIELD_LABELS,
  InputCheck,
  LIMITS,
  REFUSALS,
  checkCommentBody,
  checkId,
  checkIds,
  forbidden,
  notFound,
} from '@netzwerkstatt/domain';
import type { RequestUser } from '../auth/request-user.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { WritePath } from '../store/write/write-path.js';
import { COMMENT_CONCEPT } from './comment.concept.js';
import type { CommentRecord, CommentThreadRecord, MentionableAccount } from './comment.types.js';
import { CommentsRepository } from './comments.repository.js';
import { CreateCommentInput } from './dto/create-comment.input.js';
import { UpdateCommentInput } from './dto/update-comment.input.js';

/** Two relative positions encode to a few dozen bytes; this leaves room and keeps garbage out. */
const ANCHOR_MAX = 2_000;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const MENTION_SUGGESTIONS = 10;

@Injectable()
export class CommentsService {
  constructor(
    private readonly repository: CommentsRepository,
    private readonly writes: WritePath,
    private readonly notifications: NotificationsService,
  ) {
    writes.register(COMMENT_CONCEPT);
  }

  threads(guidelineId: string, includeResolved: boolean): Promise<CommentThreadRecord[]> {
    checkId(new InputCheck(), 'guidelineId', guidelineId).done();
    return this.repository.threads(guidelineId, includeResolved);
  }

  mentionable(text: string): Promise<MentionableAccount[]> {
    new InputCheck().optionalText('text', FIELD_LABELS.name, text, LIMITS.name).done();
    return this.repository.mentionable(text.trim(), MENTION_SUGGESTIONS);
  }

  async create(input: CreateCommentInput, user: RequestUser): Promise<CommentRecord> {
    const check = new InputCheck();
    checkId(check, 'guidelineId', input.guidelineId);
    checkCommentBody(check, input.body);
    checkAnchor(check, input.anchor);
    check.optionalText('quote', FIELD_LABELS.quote, input.quote, LIMITS.description);
    if (input.replyToId !== undefined && input.replyToId !== null)
      checkId(check, 'replyToId', input.replyToId);
    checkIds(check, 'mentionedUserIds', input.mentionedUserIds);
    check.done();
    let guidelineId = input.guidelineId;
    let replyToId: string | null = null;
    if (input.replyToId) {
      // A reply joins the thread of what it answers, on the same guideline.
      const parent = await this.found(input.replyToId);
      replyToId = parent.replyToId ?? parent.id;
      guidelineId = parent.guidelineId ?? guidelineId;
    }
    const values = {
      body: input.body.trim(),
      anchor: replyToId ? null : (input.anchor ?? null),
      quote: replyToId ? null : input.quote?.trim() || null,
      resolved: false,
      resolvedAt: null,
      resolvedBy: null,
      guidelineId,
      replyToId,
    };
    return this.writes.create<CommentRecord>(COMMENT_CONCEPT, values, user, {
      clientId: input.id,
      after: (tx, id) =>
        this.notifications
          .mentioned(tx, {
            guidelineId,
            commentId: id,
            actorId: user.id,
            userIds: input.mentionedUserIds ?? [],
          })
          .then(() => undefined),
    });
  }

  /** The author's own text only; the write path checks the revision and records the change. */
  async update(
    id: string,
    expectedRevision: number,
    input: UpdateCommentInput,
    user: RequestUser,
  ): Promise<CommentRecord> {
    const check = new InputCheck();
    checkCommentBody(check, input.body);
    checkIds(check, 'mentionedUserIds', input.mentionedUserIds);
    check.done();
    const current = await this.found(id);
    if (current.createdBy !== user.id) throw forbidden();
    return this.writes.update<CommentRecord>(
      COMMENT_CONCEPT,
      id,
      expectedRevision,
      user,
      () => ({ body: input.body.trim() }),
      {
        after: async (tx, changed) => {
          if (changed.includes('body') && current.guidelineId)
            await this.notifications.mentioned(tx, {
              guidelineId: current.guidelineId,
              commentId: id,
              actorId: user.id,
              userIds: input.mentionedUserIds ?? [],
            });
        },
      },
    );
  }

  /** Any member resolves or reopens a thread; a reply's id stands for its thread. */
  async setResolved(id: string, resolved: boolean, user: RequestUser): Promise<CommentRecord> {
    checkId(new InputCheck(), 'id', id).done();
    const comment = await this.found(id);
    const thread = comment.replyToId ? await this.found(comment.replyToId) : comment;
    return this.writes.update<CommentRecord>(COMMENT_CONCEPT, thread.id, thread.revision, user, (current) => {
      if (Boolean(current.resolved) === resolved) return {};
      return resolved
        ? { resolved: true, resolvedAt: new Date().toISOString(), resolvedBy: user.id }
        : { resolved: false, resolvedAt: null, resolvedBy: null };
    });
  }

  /** To the Papierkorb: one's own comment, or any by the steering group (WRITE_POLICY `delete`). */
  async delete(id: string, user: RequestUser): Promise<string> {
    await this.writes.delete(COMMENT_CONCEPT, id, user);
    return id;
  }

  private async found(id: string): Promise<CommentRecord> {
    const comment = await this.repository.findById(id);
    if (!comment) throw notFound(ENTITY_LABELS.Comment.singular, id);
    return comment;
  }
}

function checkAnchor(check: InputCheck, anchor: string | null | undefined): void {
  if (anchor === undefined || anchor === null) return;
  check.custom(
    'anchor',
    typeof anchor === 'string' && anchor.length <= ANCHOR_MAX && BASE64.test(anchor),
    REFUSALS.invalid(),
  );
}
