import { expect, it } from 'vitest';
import { pruneUnchanged } from '../src/pruneUnchanged.js';

it('drops from/to pairs that are equal, and the parents they leave empty, keeping real changes', () => {
  const diff = {
    paths: { modified: { '/a': { schema: { XML: { from: { name: 'result' }, to: { name: 'result' } } } }, '/b': { description: { from: 'x', to: 'y' } } } },
  };
  expect(pruneUnchanged(diff)).toEqual({ paths: { modified: { '/b': { description: { from: 'x', to: 'y' } } } } });
});
