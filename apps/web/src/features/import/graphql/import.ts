import { graphql } from '../../../graphql/generated';

export const VALIDATE_ACTOR_IMPORT = graphql(`
  query ValidateActorImport($rows: [ActorImportRowInput!]!) {
    validateActorImport(rows: $rows) {
      rows
      validRows
      issues {
        line
        field
        reason
        messageDe
        messageEn
      }
    }
  }
`);

export const IMPORT_ACTORS = graphql(`
  mutation ImportActors($rows: [ActorImportRowInput!]!) {
    importActors(rows: $rows) {
      imported
      actorIds
    }
  }
`);
