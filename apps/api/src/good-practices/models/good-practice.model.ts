import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.js';
import { AuditedModel } from '../../store/audited.model.js';

@ObjectType('GoodPractice', {
  description: 'Beispiel guter Praxis (action goal 4): evidence that a solution approach works.',
})
export class GoodPracticeModel extends AuditedModel {
  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'http(s) address of a report or project page' })
  url: string | null;

  @Field(() => Int, { nullable: true, description: 'Year the practice started or was documented' })
  year: number | null;
}

export const GoodPracticeConnection = ConnectionType(GoodPracticeModel, 'GoodPractice');
