// `scope "<scopes>"`: the scope validator (checkScopes), as the ScopeValidator component calls it.
import {checkScopes} from '../../../../src/lib/scopes';
import type {CommandContext} from '../context';
import {locate} from '../context';
import type {CommandReport} from '../output/report';

export function runScope(ctx: CommandContext): CommandReport {
  const text = ctx.positionals.join(' ');
  const result = checkScopes(text);
  return {
    command: 'scope',
    findings: locate(result.findings, undefined),
    ...(result.suggestion !== undefined ? {json: {suggestion: result.suggestion}} : {}),
  };
}
