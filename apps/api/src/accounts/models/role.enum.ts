import { registerEnumType } from '@nestjs/graphql';
import { ROLES, type Role } from '@netzwerkstatt/domain';

/** The domain's roles as a GraphQL enum, so a wrong role is refused by the schema itself. */
export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as { [R in Role]: R };

registerEnumType(RoleEnum, {
  name: 'Role',
  description:
    'member: read, create, edit content; analyst: member + analysis; steering: member + statuses, ' +
    'priorities, mandates, meetings; admin: everything, plus accounts and roles',
});
