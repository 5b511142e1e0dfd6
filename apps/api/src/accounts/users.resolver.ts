import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Role } from '@netzwerkstatt/domain';
import { RequireRole } from '../auth/access.decorator.js';
import { TotalCountSelected } from '../common/pagination/total-count.js';
import { CurrentUser, type RequestUser } from '../auth/request-user.js';
import { connectionComplexity } from '../graphql/query-limits.js';
import { AccountsService } from './accounts.service.js';
import { CreateUserInput } from './dto/create-user.input.js';
import { AccountConnection, AccountModel } from './models/account.model.js';
import { RoleEnum } from './models/role.enum.js';

/** Account administration; admins only. */
@Resolver()
export class UsersResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Query(() => AccountConnection, {
    description: 'All accounts by display name.',
    complexity: connectionComplexity,
  })
  @RequireRole('admin')
  users(
    @TotalCountSelected() withCount: boolean,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.accounts.list(first, after, withCount);
  }

  @Mutation(() => AccountModel, {
    description: 'The person must change the password the admin chose at first sign-in.',
  })
  @RequireRole('admin')
  createUser(
    @CurrentUser() admin: RequestUser,
    @Args('input') input: CreateUserInput,
  ): Promise<AccountModel> {
    return this.accounts.createUser({ ...input, mustChangePassword: true }, admin.id);
  }

  @Mutation(() => AccountModel, { description: 'The last active admin cannot lose the admin role.' })
  @RequireRole('admin')
  setUserRole(
    @CurrentUser() admin: RequestUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('role', { type: () => RoleEnum }) role: Role,
  ): Promise<AccountModel> {
    return this.accounts.setRole(id, role, admin.id);
  }

  @Mutation(() => AccountModel, {
    description: 'Disables the account and revokes all its sessions and tokens.',
  })
  @RequireRole('admin')
  disableUser(
    @CurrentUser() admin: RequestUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AccountModel> {
    return this.accounts.setDisabled(id, true, admin.id);
  }

  @Mutation(() => AccountModel)
  @RequireRole('admin')
  enableUser(
    @CurrentUser() admin: RequestUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AccountModel> {
    return this.accounts.setDisabled(id, false, admin.id);
  }
}
