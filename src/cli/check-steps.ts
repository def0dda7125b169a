// One verdict per step of `check`; any `fail` makes the command exit 1.
export type StepStatus = 'ok' | 'warn' | 'fail';

export interface Step {
  step: string;
  status: StepStatus;
  detail: string;
}

export const ok = (step: string, detail: string): Step => ({ step, status: 'ok', detail });
export const warn = (step: string, detail: string): Step => ({ step, status: 'warn', detail });
export const fail = (step: string, detail: string): Step => ({ step, status: 'fail', detail });

export function failed(steps: Step[]): boolean {
  return steps.some((s) => s.status === 'fail');
}
