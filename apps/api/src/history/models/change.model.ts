import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from '../../common/scalars/json.scalar.js';
import { ConnectionType } from '../../common/pagination/connection.js';

@ObjectType('Change', { description: 'One recorded change of an entity: who, when, what.' })
export class ChangeModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'ISO 8601 timestamp' })
  at: string;

  @Field(() => ID)
  entityId: string;

  @Field()
  entityType: string;

  @Field({ description: 'create, update, delete (to the Papierkorb), restore, purge, link or unlink' })
  action: string;

  @Field(() => ID)
  userId: string;

  @Field(() => String, {
    nullable: true,
    description: 'Null when the account no longer exists (former member).',
  })
  userName: string | null;

  @Field(() => GraphQLJSON, { description: 'Per field: { from, to }' })
  changes: unknown;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'For link/unlink: the other end and the relation',
  })
  related: unknown;
}

export const ChangeConnection = ConnectionType(ChangeModel, 'Change');
