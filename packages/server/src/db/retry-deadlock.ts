// PostgreSQL breaks a deadlock by failing one of the two transactions (40P01) and expects the caller to try it
// again. The known cause (a cascading delete of a case or recording meeting the transcript work that writes the
// same child rows, such as the items extracted right after a transcript finishes) is removed by design: that work
// takes its locks in the delete's order first (lock-order.ts). This stays as a safety net for a cause not yet
// known: trying the delete again is safe, and better than an error 500 for the parent who pressed Delete. SQLite
// has one writer and never deadlocks.

const DEADLOCK = '40P01';
const TRIES = 4;

export async function retryOnDeadlock<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if ((error as { code?: unknown }).code !== DEADLOCK || attempt >= TRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
    }
  }
}
