import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ImportIssue', { description: 'A problem with one cell (or the whole row) of an import file.' })
export class ImportIssueModel {
  @Field(() => Int, { description: 'Row number in the file (the header is row 1), as sent' })
  line: number;

  @Field({
    description:
      'The column: name, description, website, email, categories, actionFields, regions, statewide; row for the whole row',
  })
  field: string;

  @Field({ description: 'Stable machine-readable key, e.g. REQUIRED, UNKNOWN_CATEGORY, DUPLICATE_NAME' })
  reason: string;

  @Field()
  messageDe: string;

  @Field()
  messageEn: string;
}

@ObjectType('ActorImportCheck', { description: 'The outcome of checking import rows; nothing is written.' })
export class ActorImportCheckModel {
  @Field(() => Int)
  rows: number;

  @Field(() => Int, { description: 'Rows without any issue' })
  validRows: number;

  @Field(() => [ImportIssueModel], { description: 'By line, then column order' })
  issues: ImportIssueModel[];
}

@ObjectType('ActorImportResult', { description: 'The actors an import created, in file order.' })
export class ActorImportResultModel {
  @Field(() => Int)
  imported: number;

  @Field(() => [ID])
  actorIds: string[];
}
