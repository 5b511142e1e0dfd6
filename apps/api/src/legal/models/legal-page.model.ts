import { Field, ObjectType } from '@nestjs/graphql';
import { LegalPageKeyEnum, type LegalPageKey } from './legal-page-key.enum.js';

@ObjectType('LegalPage', {
  description:
    'A public page with legal text (Impressum, Datenschutz, Barrierefreiheit) in German and English, ' +
    'written as plain text with simple Markdown (headings, lists, emphasis, links); never HTML.',
})
export class LegalPageModel {
  @Field(() => LegalPageKeyEnum)
  key: LegalPageKey;

  @Field({ description: 'German text (simple Markdown)' })
  textDe: string;

  @Field({ description: 'English text (simple Markdown)' })
  textEn: string;

  @Field({ description: 'True while the operator has not saved a text yet and the default is shown' })
  isDefault: boolean;

  @Field(() => String, { nullable: true, description: 'ISO 8601 timestamp of the last change' })
  updatedAt: string | null;
}
