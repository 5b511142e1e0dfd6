import { ArgsType, Field, ID } from '@nestjs/graphql';

@ArgsType()
export class LinkPersonArgs {
  @Field(() => ID)
  personId: string;

  @Field(() => ID)
  actorId: string;

  @Field(() => String, { nullable: true, description: 'Role at the actor; linking again changes it' })
  role?: string | null;
}

@ArgsType()
export class UnlinkPersonArgs {
  @Field(() => ID)
  personId: string;

  @Field(() => ID)
  actorId: string;
}
