// The comparison's other side: @neo4j/graphql served by a plain Apollo Server in its own process,
// reading the same Neo4j as our API. No auth and no query limits: the library as its docs set it up.
// Usage: NEO4J_URI=bolt://127.0.0.1:7697 PORT=3191 node tools/bench/api/peer-server.ts
// With DEBUG=@neo4j/graphql:* it logs every Cypher statement it runs (to PROFILE them).
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const uri = process.env.NEO4J_URI;
const port = Number(process.env.PORT || 3101);
if (!uri) {
  console.error('peer-server: NEO4J_URI is required');
  process.exit(2);
}

const typeDefs = readFileSync(path.join(import.meta.dirname, 'peer-type-defs.graphql'), 'utf8');
// The same driver settings as our API's Neo4jService, so pool size is not what differs.
const driver = neo4j.driver(uri, undefined, {
  disableLosslessIntegers: true,
  maxConnectionPoolSize: 50,
  connectionAcquisitionTimeout: 20_000,
});
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema, introspection: false });
const { url } = await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
console.log(`PEER_READY ${url}`);

const stop = async (): Promise<void> => {
  await server.stop();
  await driver.close();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
