import { Field, InputType, Int } from '@nestjs/graphql';

/**
 * One data row of an actor CSV file, each cell as the file has it. The server resolves category,
 * action-field and region names, so the rules and the vocabulary live in one place.
 */
@InputType('ActorImportRowInput')
export class ActorImportRowInput {
  @Field(() => Int, { description: 'Row number in the file (the header is row 1); named in messages' })
  line: number;

  @Field(() => String, { nullable: true, description: 'Name (required)' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Beschreibung' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Website: http(s) address' })
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'E-Mail' })
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Kategorien: names or keys of actor categories, separated by | or ,',
  })
  categories?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Handlungsfelder: names (German or English), keys or positions 1–9, separated by | or ,',
  })
  actionFields?: string | null;

  @Field(() => String, { nullable: true, description: 'Regionen: names or keys, separated by | or ,' })
  regions?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Landesweit: ja/nein (also x, 1/0, true/false); empty: nein',
  })
  statewide?: string | null;
}
