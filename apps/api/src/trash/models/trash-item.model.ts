import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.js';

@ObjectType('TrashItem', {
  description: 'A record in the Papierkorb: out of every list, search and count until restored or purged.',
})
export class TrashItemModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The kind of record, e.g. Challenge or Actor' })
  entityType: string;

  @Field({ description: 'Its title or name' })
  title: string;

  @Field({ description: 'ISO 8601 timestamp' })
  deletedAt: string;

  @Field(() => ID, { nullable: true })
  deletedBy: string | null;

  @Field(() => String, { nullable: true, description: 'Null when the account no longer exists' })
  deletedByName: string | null;

  @Field({ description: 'ISO 8601 timestamp: when it is deleted for good' })
  purgeAfter: string;
}

export const TrashItemConnection = ConnectionType(TrashItemModel, 'TrashItem');
