import { Field, InputType } from '@nestjs/graphql';

@InputType({
  description: 'A partial update: a field left out stays as it is; null clears an optional text.',
})
export class UpdatePersonInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  function?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}
