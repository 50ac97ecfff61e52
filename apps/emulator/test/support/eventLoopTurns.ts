// How many turns of the event loop other callbacks got while some work ran: a build done in steps lets
// several through, one done at once lets none.
export async function eventLoopTurnsDuring(work: () => Promise<unknown> | undefined): Promise<number> {
  let turns = 0;
  let counting = true;
  const count = () => {
    turns++;
    if (counting) setImmediate(count);
  };
  setImmediate(count);
  await work();
  counting = false;
  return turns;
}
