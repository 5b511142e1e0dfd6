import { Field, ID, InputType } from '@nestjs/graphql';
import { CLIENT_ID } from '../../store/write/write-args.js';

@InputType({ description: 'A guideline’s current text, kept as a template for new guidelines.' })
export class SaveGuidelineAsTemplateInput {
  @Field(() => ID, { nullable: true, description: CLIENT_ID })
  id?: string | null;

  @Field(() => ID)
  guidelineId: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description?: string | null;
}
