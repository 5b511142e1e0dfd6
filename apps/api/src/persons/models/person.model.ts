import { Field, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.js';
import { AuditedModel } from '../../store/audited.model.js';

@ObjectType('Person', {
  description:
    'Ansprechperson: a contact person of one or more actors. Personal data (DSGVO): keep it to what the network needs.',
})
export class PersonModel extends AuditedModel {
  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'Funktion, e.g. "Beraterin Anerkennung"' })
  function: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;
}

export const PersonConnection = ConnectionType(PersonModel, 'Person');
