import { ORDER_STATUSES, type OrderStatus } from '@bangfu/contracts';
import { canTransition, ORDER_PROCESS } from './order-process';

describe('the order process', () => {
  it('allows exactly the lifecycle of API.md, plus late payment and the way back from a partial refund', () => {
    const allowed = ORDER_STATUSES.flatMap((from) => ORDER_STATUSES.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`));
    expect(allowed.sort()).toEqual(
      [
        'pending_payment→paid',
        'pending_payment→cancelled',
        'paid→shipped',
        'paid→refunding',
        'shipped→completed',
        'shipped→refunding',
        'refunding→refunded',
        'refunding→paid',
        'refunding→shipped',
        'cancelled→paid',
        'cancelled→refunding',
      ].sort(),
    );
  });

  it('ends in completed and refunded', () => {
    const final = (Object.keys(ORDER_PROCESS) as OrderStatus[]).filter((s) => ORDER_PROCESS[s].length === 0);
    expect(final.sort()).toEqual(['completed', 'refunded']);
  });

  it('reaches every status from pending_payment', () => {
    const seen = new Set<OrderStatus>(['pending_payment']);
    const queue: OrderStatus[] = ['pending_payment'];
    for (let status = queue.shift(); status; status = queue.shift()) {
      for (const next of ORDER_PROCESS[status].filter((s) => !seen.has(s))) {
        seen.add(next);
        queue.push(next);
      }
    }
    expect([...seen].sort()).toEqual([...ORDER_STATUSES].sort());
  });
});
