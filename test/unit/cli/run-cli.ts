// Runs the command's entry (main) in-process, with its output captured and the clock fixed.
import {main} from '../../../packages/maskinporten-sjekk/src/cli';

export interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runMain(
  argv: readonly string[],
  options: {now?: number; env?: Record<string, string>; stdin?: Uint8Array; cwd?: string} = {},
): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    env: options.env ?? {},
    ...(options.now !== undefined ? {now: () => options.now as number} : {}),
    stdin: async () => options.stdin ?? new Uint8Array(0),
    ...(options.cwd !== undefined ? {cwd: options.cwd} : {}),
  });
  return {code, stdout, stderr};
}
