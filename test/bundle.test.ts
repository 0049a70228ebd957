import { parse } from 'acorn';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../src/core/version';

/** Every global Apps Script calls: triggers, menu items and the Run list. */
const ENTRY_POINTS = [
  'onOpen',
  'onEdit',
  'onFormSubmit',
  'setupWorkbook',
  'validateWorkbook',
  'generateReport',
  'syncForms',
  'reconcileResponses',
  'fillExampleData',
  'showHelpDialog',
];

const code = readFileSync('dist/Code.js', 'utf8');

describe('dist/Code.js (built by npm run build / npm test)', () => {
  it('parses as a classic ES2020 script: no import/export, no class fields or `??=` (ES2021+)', () => {
    expect(() => parse(code, { ecmaVersion: 2020, sourceType: 'script' })).not.toThrow();
  });

  it('declares every entry point as a real top-level function', () => {
    const program = parse(code, { ecmaVersion: 2020, sourceType: 'script' }) as unknown as {
      body: { type: string; id?: { name: string } }[];
    };
    const declared = program.body.filter((n) => n.type === 'FunctionDeclaration').map((n) => n.id!.name);
    for (const name of ENTRY_POINTS) expect(declared).toContain(name);
  });

  it('loads in a context holding only console, reaching nothing Node-only', () => {
    const logged: unknown[] = [];
    const context = vm.createContext({ console: { log: (...a: unknown[]) => logged.push(a), warn() {}, error() {} } });
    vm.runInContext(code, context, { filename: 'Code.js' });
    for (const name of ENTRY_POINTS) expect(typeof context[name], name).toBe('function');
    expect(context.require).toBeUndefined();
    expect(context.process).toBeUndefined();
    expect(logged).toEqual([]);
  });

  it('mentions no Node module', () => {
    expect(code).not.toMatch(/require\(["']/);
    expect(code).not.toMatch(/from ["']node:/);
  });

  it('ships appsscript.json: V8, Bangkok, the Docs advanced service, explicit scopes', () => {
    const manifest = JSON.parse(readFileSync('dist/appsscript.json', 'utf8'));
    expect(manifest).toMatchObject({ runtimeVersion: 'V8', timeZone: 'Asia/Bangkok' });
    expect(manifest.dependencies.enabledAdvancedServices).toContainEqual({
      userSymbol: 'Docs',
      serviceId: 'docs',
      version: 'v1',
    });
    expect(manifest.oauthScopes.length).toBeGreaterThan(0);
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/spreadsheets');
  });

  it('shows the package version in Help', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});
