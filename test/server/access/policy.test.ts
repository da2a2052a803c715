import { describe, expect, it } from 'vitest';
import { ACTIONS, decide, type Action, type Relation } from '@server/access/policy';

const RELATIONS: Relation[] = ['owner', 'linked_coach', 'invitee', 'none'];
const allowed = (action: Action, role: 'leader' | 'coach' = 'coach') => RELATIONS.filter((r) => decide(action, role, r).ok);

describe('policy decisions', () => {
  it('lets only the owner practise, and refuses everyone else with 404, coaches included', () => {
    expect(allowed('session:practise')).toEqual(['owner']);
    expect(decide('session:practise', 'coach', 'linked_coach')).toEqual({ ok: false, status: 404 });
  });

  it('lets only the owner delete a session, coaches included', () => {
    expect(allowed('session:delete')).toEqual(['owner']);
  });

  it('lets the owner and a linked coach read and comment; only the coach judges, and the owner learns it is not theirs (403)', () => {
    expect(allowed('session:read')).toEqual(['owner', 'linked_coach']);
    expect(allowed('session:comment')).toEqual(['owner', 'linked_coach']);
    expect(allowed('session:judge')).toEqual(['linked_coach']);
    expect(decide('session:judge', 'leader', 'owner')).toEqual({ ok: false, status: 403 });
    expect(decide('session:judge', 'coach', 'none')).toEqual({ ok: false, status: 404 });
  });

  it('keeps coach-only actions for the coach role, and self/public for anyone', () => {
    expect(decide('coach', 'leader', 'none')).toEqual({ ok: false, status: 403 });
    expect(decide('coach', 'coach', 'none')).toEqual({ ok: true });
    expect(decide('self', 'leader', 'none')).toEqual({ ok: true });
  });

  it('refuses a relation of none for every resource action with 404', () => {
    for (const action of Object.keys(ACTIONS) as Action[]) {
      if (ACTIONS[action].resource === 'none') continue;
      expect(decide(action, 'coach', 'none'), action).toEqual({ ok: false, status: 404 });
    }
  });
});
