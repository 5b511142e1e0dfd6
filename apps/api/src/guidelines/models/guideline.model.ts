import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.js';
import { AuditedModel } from '../../store/audited.model.js';
import { GUIDELINE_STATUSES, type GuidelineStatus } from '../guideline.types.js';

export const GuidelineStatusEnum = Object.fromEntries(GUIDELINE_STATUSES.map((s) => [s, s])) as {
  [S in GuidelineStatus]: S;
};
registerEnumType(GuidelineStatusEnum, {
  name: 'GuidelineStatus',
  description: 'draft → review → published; changed by the steering group',
});

@ObjectType('Guideline', { description: 'Handlungsleitfaden (action goal 3): its metadata.' })
export class GuidelineModel extends AuditedModel {
  @Field()
  title: string;

  @Field(() => GuidelineStatusEnum)
  status: GuidelineStatus;

  @Field(() => String, { nullable: true, description: 'Free-form version label, e.g. "1.2"' })
  version: string | null;

  /** Resolved into `actionField`; not part of the schema. */
  actionFieldId: string | null;
}

export const GuidelineConnection = ConnectionType(GuidelineModel, 'Guideline');
