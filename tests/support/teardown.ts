/**
 * Undoing what a test set up (temp folders, servers, browsers), newest first. Every step runs even
 * when an earlier one fails, so a failed test or a failed close never leaves a temp folder behind;
 * the first failure is thrown once all steps have run.
 */
export class Teardown {
  private steps: (() => unknown)[] = []

  /** Adds a step to run at teardown, before every step added earlier. */
  add(step: () => unknown): void {
    this.steps.push(step)
  }

  /** Runs every step, newest first, and then throws what failed, if anything did. */
  async run(): Promise<void> {
    const steps = this.steps.reverse()
    this.steps = []
    const errors: unknown[] = []
    for (const step of steps) {
      try {
        await step()
      } catch (error) {
        errors.push(error)
      }
    }
    if (errors.length === 1) throw errors[0]
    if (errors.length > 1) throw new AggregateError(errors, 'Several teardown steps failed')
  }
}
