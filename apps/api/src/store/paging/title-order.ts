import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { SortDirection } from '../../common/pagination/sort-direction.js';

export type TitleOrderField = 'TITLE' | 'CREATED_AT' | 'UPDATED_AT';

export const TitleOrderFieldEnum = {
  TITLE: 'TITLE',
  CREATED_AT: 'CREATED_AT',
  UPDATED_AT: 'UPDATED_AT',
} as const satisfies {
  [F in TitleOrderField]: F;
};
registerEnumType(TitleOrderFieldEnum, {
  name: 'TitleOrderField',
  description: 'TITLE sorts in German order (Ä with A, ß as ss, case ignored)',
});

export interface TitleOrder {
  field: TitleOrderField;
  direction: 'ASC' | 'DESC';
}

export const DEFAULT_TITLE_ORDER: TitleOrder = { field: 'TITLE', direction: 'ASC' };

@InputType({ description: 'Order of challenges, solution approaches, good practices and guidelines' })
export class TitleOrderInput {
  @Field(() => TitleOrderFieldEnum, { defaultValue: 'TITLE' })
  field: TitleOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection;
}
