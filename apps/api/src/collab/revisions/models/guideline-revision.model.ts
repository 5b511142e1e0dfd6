import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../../common/pagination/connection.js';

@ObjectType('GuidelineRevision', {
  description:
    'A snapshot of a guideline’s text (Zwischenstand): automatic while people write (after ten minutes of editing, when the last person leaves, before a restore) or named by a person.',
})
export class GuidelineRevisionModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  guidelineId: string;

  @Field({ description: 'ISO 8601 timestamp' })
  at: string;

  @Field(() => String, { nullable: true, description: 'Given by a person; null for an automatic snapshot' })
  name: string | null;

  @Field(() => [String], {
    description: 'Display names of those whose edits went into it since the revision before',
  })
  authorNames: string[];

  @Field(() => String, { nullable: true, description: 'Who named it' })
  createdByName: string | null;
}

@ObjectType('GuidelineRevisionContent', { description: 'A revision with its text.' })
export class GuidelineRevisionContentModel extends GuidelineRevisionModel {
  @Field({ description: 'Plain text, one block a line (what a comparison with the current text reads)' })
  text: string;

  @Field({ description: 'HTML of the body (escaped, links only to safe addresses), to show it read-only' })
  html: string;
}

export const GuidelineRevisionConnection = ConnectionType(GuidelineRevisionModel, 'GuidelineRevision');
