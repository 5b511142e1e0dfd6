import { createApp, listen } from './bootstrap.js';

async function main(): Promise<void> {
  const app = await createApp();
  await listen(app);
}

main().catch((error: unknown) => {
  // Boot failures (bad configuration, unreachable database) end the process with one readable message.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
