import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/** The audit fields every node of the graph carries. */
@ObjectType({ isAbstract: true })
export abstract class AuditedModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int, {
    description: 'Counts saved changes (1 after create); an update names the revision it was based on',
  })
  revision: number;

  @Field({ description: 'ISO 8601 timestamp' })
  createdAt: string;

  @Field({ description: 'ISO 8601 timestamp' })
  updatedAt: string;

  @Field(() => ID, { nullable: true, description: 'Id of the account that created it' })
  createdBy: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the account that changed it last' })
  updatedBy: string | null;
}
