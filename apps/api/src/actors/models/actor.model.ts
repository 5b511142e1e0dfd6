import { Field, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.js';
import { AuditedModel } from '../../store/audited.model.js';

/**
 * Akteur / Partnerorganisation. Related lists (categories, action fields, regions, contact persons,
 * solution approaches) are resolved per request in batches by the modules that own them.
 */
@ObjectType('Actor', {
  description: 'An organisation or service of the network (Akteur / Partnerorganisation).',
})
export class ActorModel extends AuditedModel {
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
}

export const ActorConnection = ConnectionType(ActorModel, 'Actor');
