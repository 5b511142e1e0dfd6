import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.js';

@ObjectType('GuidelineTemplate', {
  description: 'A template (Vorlage) a new guideline can start from: seeded, or saved from a guideline.',
})
export class GuidelineTemplateModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => [String], { description: 'Its top-level headings, in order' })
  sections: string[];

  @Field({ description: 'Whether it came with the workspace rather than from a guideline' })
  seeded: boolean;

  @Field({ description: 'ISO 8601 timestamp' })
  createdAt: string;

  @Field(() => String, { nullable: true, description: 'Who saved it (null for a seeded template)' })
  createdByName: string | null;
}

export const GuidelineTemplateConnection = ConnectionType(GuidelineTemplateModel, 'GuidelineTemplate');
