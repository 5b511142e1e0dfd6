import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('GuidelineVersion', {
  description: 'A published version (Fassung) of a guideline: its text frozen with number and date (Stand).',
})
export class GuidelineVersionModel {
  @Field(() => ID)
  guidelineId: string;

  @Field(() => Int, { description: '1, 2, … per guideline; the guideline’s version label is the latest' })
  number: number;

  @Field({ description: 'The guideline’s title when it was published' })
  title: string;

  @Field({ description: 'ISO 8601 timestamp: the version’s date (Stand)' })
  publishedAt: string;

  @Field(() => String, { nullable: true, description: 'Who published it (null for a removed account)' })
  publishedByName: string | null;
}

@ObjectType('GuidelineVersionContent', { description: 'A published version with its frozen text.' })
export class GuidelineVersionContentModel extends GuidelineVersionModel {
  @Field({ description: 'Plain text, one block a line' })
  text: string;

  @Field({ description: 'HTML of the body (escaped, links only to safe addresses), to show it read-only' })
  html: string;
}
