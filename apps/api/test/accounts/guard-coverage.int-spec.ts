import { Resolver as ResolverClass, Query } from '@nestjs/graphql';
import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { ROLES } from '@netzwerkstatt/domain';
import { ACCESS_KEY } from '../../src/auth/access.decorator.js';
import { startTestApp, TestApp } from '../support/test-app.js';
import { SIGN_IN, createAccount, errorCode, post } from '../support/accounts.js';

// Metadata keys @nestjs/graphql puts on resolver methods (graphql.constants: RESOLVER_TYPE/NAME_METADATA).
const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';
const ALLOWED = new Set<unknown>(['public', ...ROLES]);

interface Operation {
  type: 'Query' | 'Mutation';
  name: string;
  access: unknown;
  where: string;
}

/** Every Query and Mutation handler of the given resolver instances, with the access each declares. */
function operationsOf(instances: object[], scanner: MetadataScanner): Operation[] {
  const operations: Operation[] = [];
  for (const instance of instances) {
    const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
    for (const method of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[method] as object;
      const type = Reflect.getMetadata(RESOLVER_TYPE, handler) as string | undefined;
      if (type !== 'Query' && type !== 'Mutation') continue;
      operations.push({
        type,
        name: (Reflect.getMetadata(RESOLVER_NAME, handler) as string | undefined) ?? method,
        access:
          Reflect.getMetadata(ACCESS_KEY, handler) ?? Reflect.getMetadata(ACCESS_KEY, instance.constructor),
        where: `${instance.constructor.name}.${method}`,
      });
    }
  }
  return operations;
}

function undeclared(operations: Operation[]): string[] {
  return operations.filter((operation) => !ALLOWED.has(operation.access)).map((operation) => operation.where);
}

describe('every Query and Mutation declares who may call it', () => {
  let t: TestApp;
  let operations: Operation[];
  beforeAll(async () => {
    t = await startTestApp();
    // Built from the container directly: the app does not import DiscoveryModule itself.
    const instances = new DiscoveryService(t.app.get(ModulesContainer))
      .getProviders()
      .map((wrapper) => wrapper.instance as object | undefined)
      .filter((instance): instance is object => !!instance && typeof instance === 'object');
    operations = operationsOf(instances, new MetadataScanner());
  });
  afterAll(() => t.close());

  it('finds a resolver method carrying @Public or @RequireRole for each field of Query and Mutation', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const fields = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((name) => `Query.${name}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((name) => `Mutation.${name}`),
    ];
    expect(fields).toEqual(
      expect.arrayContaining(['Query.me', 'Query.users', 'Mutation.signIn', 'Mutation.createUser']),
    );
    const declared = new Set(
      operations.filter((op) => ALLOWED.has(op.access)).map((op) => `${op.type}.${op.name}`),
    );
    expect(fields.filter((field) => !declared.has(field))).toEqual([]);
    expect(undeclared(operations)).toEqual([]);
  });

  it('would notice a query without an access decorator', () => {
    @ResolverClass()
    class Forgotten {
      @Query(() => String)
      secret() {
        return 'x';
      }
    }
    expect(undeclared(operationsOf([new Forgotten()], new MetadataScanner()))).toEqual(['Forgotten.secret']);
  });

  it('keeps account administration for admins and sign-in public', () => {
    const access = Object.fromEntries(operations.map((op) => [op.name, op.access]));
    expect(access).toMatchObject({
      signIn: 'public',
      signOut: 'public',
      me: 'public',
      setupFirstAdmin: 'public',
      users: 'admin',
      createUser: 'admin',
      setUserRole: 'admin',
      disableUser: 'admin',
      enableUser: 'admin',
      changePassword: 'member',
      myData: 'member',
      deleteMyAccount: 'member',
      mySessions: 'member',
      createApiToken: 'member',
      revokeSession: 'member',
      invitations: 'admin',
      inviteUser: 'admin',
      resendInvitation: 'admin',
      revokeInvitation: 'admin',
      invitationPreview: 'public',
      acceptInvitation: 'public',
      issuePasswordReset: 'admin',
      passwordResetPreview: 'public',
      resetPassword: 'public',
    });
  });

  it('answers an anonymous request to a member query with UNAUTHENTICATED', async () => {
    const result = await t.gql('{ history(entityId: "x") { totalCount } }');
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
    expect(result.errors![0].extensions!.messages).toEqual({
      de: 'Bitte melden Sie sich an.',
      en: 'Please sign in.',
    });
  });

  it('answers a member calling an admin mutation with FORBIDDEN and changes nothing', async () => {
    const member = await t.tokenFor('member');
    const target = await createAccount(t);
    const result = await t.gql(
      `mutation ($id: ID!) { disableUser(id: $id) { id } }`,
      { id: target.id },
      member,
    );
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(result.errors![0].extensions!.messages).toEqual({
      de: 'Dafür fehlt Ihnen die Berechtigung.',
      en: 'You are not allowed to do this.',
    });
    const signIn = await post(t, SIGN_IN, { email: target.email, password: target.password });
    expect(signIn.body.errors).toBeUndefined();
  });
});
