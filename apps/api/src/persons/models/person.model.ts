import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.js';

@ObjectType('Person', {
  description:
    'Ansprechperson: a contact person of one or more actors. Personal data (DSGVO): keep it to what the network needs.',
})
export class PersonModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'Funktion, e.g. "Beraterin Anerkennung"' })
  function: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field({ description: 'ISO 8601 timestamp' })
  createdAt: string;

  @Field({ description: 'ISO 8601 timestamp' })
  updatedAt: string;

  @Field(() => ID, { nullable: true })
  createdBy: string | null;

  @Field(() => ID, { nullable: true })
  updatedBy: string | null;
}

export const PersonConnection = ConnectionType(PersonModel, 'Person');
