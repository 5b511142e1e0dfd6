import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.js';

/**
 * Akteur / Partnerorganisation. Related lists (categories, action fields, regions, contact persons,
 * solution approaches) are resolved per request in batches by the modules that own them.
 */
@ObjectType('Actor', {
  description: 'An organisation or service of the network (Akteur / Partnerorganisation).',
})
export class ActorModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'http(s) address' })
  website: string | null;

  @Field(() => String, { nullable: true, description: 'Contact mailbox of the organisation' })
  email: string | null;

  @Field({ description: 'Works statewide (landesweit) rather than in particular regions' })
  statewide: boolean;

  @Field({ description: 'ISO 8601 timestamp' })
  createdAt: string;

  @Field({ description: 'ISO 8601 timestamp' })
  updatedAt: string;

  @Field(() => ID, { nullable: true, description: 'Id of the account that created it' })
  createdBy: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the account that changed it last' })
  updatedBy: string | null;
}

export const ActorConnection = ConnectionType(ActorModel, 'Actor');
