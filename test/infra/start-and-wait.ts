// Helper process for neo4j-local.int.test.ts: starts a local server, prints the java pid, then
// waits forever (data in the dir given as the first argument, which the test removes) so the test can SIGKILL this process and watch the server stop by itself.
import { startLocalNeo4j } from '../../scripts/neo4j-local/launcher.js';

const server = await startLocalNeo4j({ dataDir: process.argv[2] });
process.stdout.write(`pid ${server.pid}\n`);
setInterval(() => undefined, 60_000);
