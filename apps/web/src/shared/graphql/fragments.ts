import { graphql } from '../../graphql/generated';

// Selections that many documents share. A document uses one by its name (`...PageInfoParts`); nothing
// imports this module: codegen reads it for the types, and the document compiler
// (apps/web/vite-graphql-documents.ts) copies a fragment's definition into each document that spreads it.

/** Where a keyset-paged connection goes on. */
export const PAGE_INFO_PARTS = graphql(`
  fragment PageInfoParts on PageInfo {
    hasNextPage
    endCursor
  }
`);

/** An action field as lists and pages name it ("3. Name" in the person's language). */
export const ACTION_FIELD_REF = graphql(`
  fragment ActionFieldRef on ActionField {
    id
    position
    name
    nameEn
  }
`);
