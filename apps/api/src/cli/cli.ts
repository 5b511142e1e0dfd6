import 'reflect-metadata';
import { runCli } from './commands.js';

// Account administration without the web app: `npm run cli -- user:create --email … --name … --role …`.
runCli(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
}).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
