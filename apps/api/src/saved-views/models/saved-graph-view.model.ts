import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.js';
import { AuditedModel } from '../../store/audited.model.js';

@ObjectType('SavedGraphViewSummary', {
  description: 'A saved graph view as a list shows it; open it by id (savedGraphView) for its state.',
})
export class SavedGraphViewSummaryModel extends AuditedModel {
  @Field()
  name: string;

  @Field({ description: 'Readable by every signed-in account' })
  shared: boolean;

  @Field(() => String, { nullable: true, description: "The owner's display name (null: a deleted account)" })
  ownerName: string | null;

  @Field({ description: 'The reader may rename, change, share and delete it (its owner, or an admin)' })
  editable: boolean;

  @Field(() => Int, { description: 'Characters of its state' })
  stateSize: number;
}

@ObjectType('SavedGraphView', {
  description: 'A saved graph view with its state; owner = createdBy.',
})
export class SavedGraphViewModel extends SavedGraphViewSummaryModel {
  @Field({ description: 'The JSON object the web saved, exactly as saved' })
  state: string;
}

export const SavedGraphViewConnection = ConnectionType(SavedGraphViewSummaryModel, 'SavedGraphViewSummary');
