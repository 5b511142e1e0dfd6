import { CLIENT_ID } from '../../store/write/write-args.js';
import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({
  description: 'A new contact person, optionally linked to the actor they work for in the same step.',
})
export class CreatePersonInput {
  @Field(() => ID, { nullable: true, description: CLIENT_ID })
  id?: string | null;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  function?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => ID, { nullable: true, description: 'Actor the person works for' })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'Role at that actor' })
  role?: string | null;
}
