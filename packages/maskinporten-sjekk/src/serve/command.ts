// Placeholder until the serve helper's local Maskinporten is merged (that file replaces this one).
export async function runServe(
  _args: string[],
  io: {stdout: (s: string) => void; stderr: (s: string) => void; lang: 'nb' | 'en'; signal?: AbortSignal},
): Promise<number> {
  io.stderr(io.lang === 'en' ? 'serve is coming\n' : 'serve kommer\n');
  return 2;
}
