import { Field, ID, InputType } from '@nestjs/graphql';
import { CLIENT_ID } from '../../store/write/write-args.js';

@InputType({ description: 'A graph view to keep: its name and state; private unless shared.' })
export class CreateSavedGraphViewInput {
  @Field(() => ID, { nullable: true, description: CLIENT_ID })
  id?: string | null;

  @Field({ description: 'At most 200 characters' })
  name: string;

  @Field({
    description:
      "The view's state as a JSON object (filters, styling, positions, selection, layout, camera), at most 2,000,000 characters",
  })
  state: string;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Readable by every signed-in account (by link or in their list)',
  })
  shared?: boolean | null;
}

@InputType({ description: 'A partial update: a field left out (or null) stays as it is.' })
export class UpdateSavedGraphViewInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  state?: string | null;

  @Field(() => Boolean, { nullable: true })
  shared?: boolean | null;
}
