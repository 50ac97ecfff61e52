// The budget: at most N requests; the one past it is never sent.
import { describe, expect, it } from 'vitest';
import { BudgetSpent, RequestBudget } from '../src/budget/requestBudget.js';

describe('RequestBudget', () => {
  it('grants exactly max requests and counts them', async () => {
    const budget = new RequestBudget(3);
    const granted = [await budget.take(), await budget.take(), await budget.take(), await budget.take()];
    expect(granted).toEqual([true, true, true, false]);
    expect([budget.used, budget.left]).toEqual([3, 0]);
  });

  it('refuses to send once spent, before any connection', async () => {
    const budget = new RequestBudget(1);
    await budget.take();
    await expect(budget.fetch('http://127.0.0.1:1/never')).rejects.toBeInstanceOf(BudgetSpent);
  });
});
