// Helper process for neo4j-local.int.test.ts: starts a local server with its data in the dir
// given as the first argument, prints "ready <uri> <java pid>", then waits until it is killed,
// so the test can SIGKILL it and watch the server stop by itself.
import { startLocalNeo4j } from '../../scripts/neo4j-local/launcher.js';

const server = await startLocalNeo4j({ dataDir: process.argv[2] });
process.stdout.write(`ready ${server.uri} ${server.pid}\n`);
setInterval(() => undefined, 60_000);
