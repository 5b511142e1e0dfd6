import { registerEnumType } from '@nestjs/graphql';
import { ENTITY_TYPES, type EntityType } from '@netzwerkstatt/domain';

/** The domain's kinds of nodes as a GraphQL enum, so a wrong type is refused by the schema itself. */
export const EntityTypeEnum = Object.fromEntries(ENTITY_TYPES.map((type) => [type, type])) as {
  [T in EntityType]: T;
};

registerEnumType(EntityTypeEnum, {
  name: 'EntityType',
  description: 'A kind of node in the network graph (accounts, sessions and history are not part of it).',
});
