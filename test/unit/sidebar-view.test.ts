import { describe, expect, it } from 'vitest';
import { markAnswered, signalLabels, viewRows } from '../../components/sidebar/view';
import type { PostSnapshot } from '../../lib/sites/post';
import type { Classified } from '../../lib/classify/engine';
import { xPost } from './post-builder';

function classified(id: string): Classified {
  return {
    id,
    code: 'orange',
    categories: ['question'],
    sentiment: { label: 'neutral', score: 0.6 },
    intensity: 0,
    signals: { pii: [], vip: false, newAccount: false, repeatPoster: false, alreadyAnswered: false, language: 'en' },
    reasons: ['asks a question'],
    dueAt: null,
  };
}

describe('markAnswered', () => {
  it('shows "Answered" on the posts the brand replied to and leaves the rest and the input alone', () => {
    const triage = new Map([['1', classified('1')], ['2', classified('2')]]);
    const marked = markAnswered(triage, new Set(['1', '3']));
    expect(signalLabels(marked.get('1') as Classified)).toContain('Answered');
    expect(signalLabels(marked.get('2') as Classified)).not.toContain('Answered');
    expect(marked.has('3')).toBe(false);
    expect(triage.get('1')?.signals.alreadyAnswered).toBe(false);
  });

  it('returns the same map when nothing is answered, so the list does not re-render for nothing', () => {
    const triage = new Map([['1', classified('1')]]);
    expect(markAnswered(triage, new Set())).toBe(triage);
  });
});

describe('viewRows', () => {
  const snapshot = (id: string, handle: string): PostSnapshot => xPost({ id, handle, permalink: '' });

  it('marks the brand’s own posts, whatever the case or "@" of the handle', () => {
    const rows = viewRows([snapshot('1', 'AcmeAir_Help'), snapshot('2', 'dana')], new Map(), { codes: new Set(), category: null, sort: 'page' }, ['@acmeair_help']);
    expect(rows.map((row) => row.own)).toEqual([true, false]);
  });
});
