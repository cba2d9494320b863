/** Runs a CLI's main and exits with its code; a bad setting prints its message, anything else "Error: …". */
import { ConfigError } from '../config.js';

export function runMain(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err instanceof ConfigError ? err.message : `Error: ${(err as Error).message}`);
      process.exit(1);
    },
  );
}
