// `explain "<error text>" | <file> | -`: the error explainer (explainError), as the ErrorExplainer component calls
// it. An argument that names an existing file is read as that file; anything else is the text itself.
import {explainError} from '../../../../src/lib/errors';
import type {CommandContext} from '../context';
import {locate} from '../context';
import {isFile, readInput} from '../input';
import type {CommandReport} from '../output/report';

export async function runExplain(ctx: CommandContext): Promise<CommandReport> {
  const [first] = ctx.positionals;
  let text: string;
  let file: string | undefined;
  if (ctx.positionals.length === 1 && first !== undefined && (first === '-' || (await isFile(first, ctx.io)))) {
    const input = await readInput(first, ctx.io, ctx.texts.language);
    text = input.text;
    file = input.source;
  } else {
    text = ctx.positionals.join(' ');
  }
  const result = explainError(text);
  return {command: 'explain', findings: locate(result.findings, file)};
}
