import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Session', {
  description: 'A sign-in (browser cookie) or a named API token of the signed-in account.',
})
export class SessionModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'cookie (browser sign-in) or token (API token)' })
  kind: string;

  @Field(() => String, { nullable: true, description: 'The name given to an API token' })
  name: string | null;

  @Field({ description: 'ISO 8601 timestamp' })
  createdAt: string;

  @Field({ description: 'ISO 8601 timestamp' })
  expiresAt: string;

  @Field({ description: 'Whether this is the session the request was made with' })
  current: boolean;
}

@ObjectType('CreatedApiToken')
export class CreatedApiTokenModel {
  @Field({ description: 'Shown once; send it as `Authorization: Bearer <token>`. Only its hash is stored.' })
  token: string;

  @Field(() => SessionModel)
  session: SessionModel;
}
