import { Field, ObjectType } from '@nestjs/graphql';
import { ActorModel } from '../../actors/models/actor.model.js';
import { PersonModel } from './person.model.js';

@ObjectType('ActorContact', { description: 'A contact person of an actor, with the role there.' })
export class ActorContactModel {
  @Field(() => String, { nullable: true, description: 'Role at the actor, e.g. "Ansprechperson Ausbildung"' })
  role: string | null;

  @Field(() => PersonModel)
  person: PersonModel;
}

@ObjectType('PersonAffiliation', { description: 'An actor a person works for, with the role there.' })
export class PersonAffiliationModel {
  @Field(() => String, { nullable: true })
  role: string | null;

  @Field(() => ActorModel)
  actor: ActorModel;
}
