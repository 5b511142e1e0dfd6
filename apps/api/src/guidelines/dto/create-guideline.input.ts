import { CLIENT_ID } from '../../store/write/write-args.js';
import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({ description: 'A new guideline; it starts as a draft.' })
export class CreateGuidelineInput {
  @Field(() => ID, { nullable: true, description: CLIENT_ID })
  id?: string | null;

  @Field()
  title: string;

  @Field(() => String, { nullable: true, description: 'Free-form version label, at most 50 characters' })
  version?: string | null;

  @Field(() => ID, { nullable: true, description: 'The action field it serves' })
  actionFieldId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A template (guidelineTemplates) to start from; the server seeds the text from it once',
  })
  templateId?: string | null;
}
