import { describe, expect, it } from 'vitest';
import { actionLabelKey, entityTypeLabelKey } from './audit-labels.ts';

// The server's source as text, read at test time: whatever it records must have a label here.
const serverSources = import.meta.glob<string>(['../../../../server/src/**/*.ts', '!**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/**
 * Actions the server builds from a template literal, by the text before `${`, with every value they can take.
 * A new template fails the test until its values are listed here (and labelled).
 */
const COMPUTED_ACTIONS: Record<string, string[]> = {
  // participations/checkin.service.ts: `checkin.${request.kind}`, a CheckKind.
  'checkin.': ['checkin.in', 'checkin.out'],
  // participations/signup.service.ts recordDecision(): called with 'confirmed', 'declined' and 'cancelled'.
  'participations.': ['participations.confirmed', 'participations.declined', 'participations.cancelled'],
  // service-hours/service-hours.service.ts decide(): `service_hours.${body.decision}`, 'approve' | 'decline'.
  'service_hours.': ['service_hours.approve', 'service_hours.decline'],
  // recognition/star-awards.service.ts step(): publicised → publicise, granted → grant, revoked → revoke.
  'stars.': ['stars.publicise', 'stars.grant', 'stars.revoke'],
};

// `action:` and `entityType:` written other than as a literal, and why the literals scanned cover them.
const PASSED_ON = new Set([
  'string', // the types of an audit entry and of its table
  'entry.action', // audit/record-audit.ts: recordAudit stores what its callers pass
  'entry.entityType',
  'change.action', // users/replace-password.ts: typed as a union of the literals its callers pass
]);

const DOTTED_LITERAL = /'([a-z_]+\.[a-z_]+)'/g;

interface Found {
  actions: Map<string, string>;
  entityTypes: Map<string, string>;
  unknown: string[];
}

/** Every action and entity type the server source records, each with a file that records it. */
function scan(): Found {
  const found: Found = { actions: new Map(), entityTypes: new Map(), unknown: [] };
  for (const [path, source] of Object.entries(serverSources)) {
    const file = path.replace(/^(\.\.\/)+/, 'apps/');
    for (const [, written = ''] of source.matchAll(/\baction:\s*([^,;}]+)/g)) {
      const expression = written.trim();
      const template = /^`([a-z_]+\.)\$\{/.exec(expression);
      const literals = [...expression.matchAll(DOTTED_LITERAL)].map(([, action = '']) => action);
      if (template) {
        const values = COMPUTED_ACTIONS[template[1] ?? ''];
        if (values) for (const action of values) found.actions.set(action, file);
        else found.unknown.push(`${file}: action ${expression}`);
      } else if (literals.length > 0) {
        for (const action of literals) found.actions.set(action, file);
      } else if (!/^'[^']*'$/.test(expression) && !PASSED_ON.has(expression)) {
        // A lone undotted literal is no audit action (cli/restore.ts plans 'write', 'keep', 'missing').
        found.unknown.push(`${file}: action ${expression}`);
      }
    }
    for (const [, written = ''] of source.matchAll(/\bentityType:\s*([^,;}]+)/g)) {
      const expression = written.trim();
      const literal = /^'([a-z_]+)'$/.exec(expression);
      if (literal) found.entityTypes.set(literal[1] ?? '', file);
      else if (!PASSED_ON.has(expression)) found.unknown.push(`${file}: entityType ${expression}`);
    }
  }
  return found;
}

describe('audit labels for what the server records', () => {
  const found = scan();

  it('reads the server source', () => {
    expect(Object.keys(serverSources).length).toBeGreaterThan(50);
    expect(Object.keys(serverSources).some((file) => file.endsWith('.test.ts'))).toBe(false);
    expect(found.actions.get('auth.login')).toMatch(/auth\.service\.ts$/);
    expect(found.actions.get('volunteers.approve')).toMatch(/volunteer-status\.service\.ts$/);
    expect(found.entityTypes.get('service_hours_entry')).toBeDefined();
  });

  it('knows every way the server writes an action or entity type', () => {
    expect(found.unknown, 'list the values of these in COMPUTED_ACTIONS, or explain them in PASSED_ON').toEqual([]);
  });

  it('labels every action the server records', () => {
    const unlabelled = [...found.actions].filter(([action]) => actionLabelKey(action) === null);
    expect(unlabelled.map(([action, file]) => `${action} (${file})`)).toEqual([]);
  });

  it('labels every entity type the server records', () => {
    const unlabelled = [...found.entityTypes].filter(([entityType]) => entityTypeLabelKey(entityType) === null);
    expect(unlabelled.map(([entityType, file]) => `${entityType} (${file})`)).toEqual([]);
  });
});
